import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  connectMarketplace,
  miraklProfile,
  type ChannelActionRequest,
  type ConnectorContext,
  type ParcelLine,
  type StatusPush,
  type TrackingPush,
} from '../../src/index.js';
import { fakeChannelApi, testJournal, type FakeSendOutcome } from '../engine/_channelApi.js';

// A channel that cancels by quantity (Mirakl's rules) under the code of the test channel.
const profile = { ...miraklProfile, code: 'shop' };
const channelRef = { channel: 'shop', channelOrderRef: 'MP-1' };
const ordered: Readonly<Record<string, number>> = { L1: 3, L2: 2, L3: 1 };
const lineIds = Object.keys(ordered);
const parcels: readonly (readonly ParcelLine[])[] = [
  [{ lineId: 'L1', quantity: 1 }],
  [
    { lineId: 'L1', quantity: 1 },
    { lineId: 'L2', quantity: 1 },
  ],
];
const context: ConnectorContext = {
  tenantId: 'shop-1',
  now: '2025-03-01T10:00:00.000Z',
  idempotencyKey: 'outbox-key',
  attempt: 1,
};

type Push =
  | { readonly kind: 'status'; readonly push: StatusPush }
  | {
      readonly kind: 'tracking';
      readonly push: TrackingPush;
    };

type Step =
  | { readonly kind: 'accept' }
  | { readonly kind: 'cancel'; readonly line: number; readonly quantity: number }
  | { readonly kind: 'ship'; readonly parcel: number }
  | { readonly kind: 'repeat'; readonly index: number }
  | { readonly kind: 'fail'; readonly outcome: FakeSendOutcome }
  | { readonly kind: 'crash' }
  | { readonly kind: 'retry' };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.constant({ kind: 'accept' as const }),
  fc.record({
    kind: fc.constant('cancel' as const),
    line: fc.nat({ max: lineIds.length - 1 }),
    quantity: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({ kind: fc.constant('ship' as const), parcel: fc.nat({ max: parcels.length - 1 }) }),
  fc.record({ kind: fc.constant('repeat' as const), index: fc.nat() }),
  fc.record({
    kind: fc.constant('fail' as const),
    outcome: fc.constantFrom<FakeSendOutcome>(
      'unavailable',
      'timeout_acted',
      'timeout_lost',
      'pending',
      'rejected',
    ),
  }),
  fc.constant({ kind: 'crash' as const }),
  fc.constant({ kind: 'retry' as const }),
);

/** Units per line of the cancellations the channel acted on. */
function cancelledByChannel(acted: readonly ChannelActionRequest[]): Map<string, number> {
  const units = new Map<string, number>();
  for (const request of acted) {
    if (request.action !== 'cancel') continue;
    for (const l of request.lines) units.set(l.lineId, (units.get(l.lineId) ?? 0) + l.quantity);
  }
  return units;
}

function count(
  acted: readonly ChannelActionRequest[],
  match: (r: ChannelActionRequest) => boolean,
) {
  return acted.filter(match).length;
}

const isShipOf = (parcel: number) => (r: ChannelActionRequest) =>
  r.action === 'ship' && r.parcelId === `P${String(parcel + 1)}`;

describe('connectMarketplace: channel actions under repeats, failures and crashes', () => {
  test.prop([fc.array(step, { maxLength: 30 })], { numRuns: 1000 })(
    'acts at most once per request, never cancels more than pushed, and loses nothing',
    async (steps) => {
      const fake = fakeChannelApi('shop');
      const journal = testJournal();
      const connector = connectMarketplace({ api: fake.api, profile, journal });
      const cumulative = new Map<string, number>();
      const history: Push[] = [];
      const retries: Push[] = [];
      let accepted = false;
      const shipped = new Set<number>();

      const statusPush = (status: StatusPush['status']): Push => ({
        kind: 'status',
        push: {
          orderId: 'ord-1',
          channelRef,
          status,
          cancelled: [...cumulative].map(([lineId, quantity]) => ({ lineId, quantity })),
        },
      });
      const run = async (push: Push): Promise<void> => {
        let outcome: 'ok' | 'refused' | 'retry';
        try {
          const result =
            push.kind === 'status'
              ? await connector.pushStatus(push.push, context)
              : await connector.pushTracking(push.push, context);
          outcome = result.ok
            ? 'ok'
            : result.error.code === 'connector/rejected'
              ? 'refused'
              : 'retry';
        } catch {
          outcome = 'retry'; // the process crashed: the outbox sends the message again
        }
        const queued = retries.indexOf(push);
        if (queued >= 0) retries.splice(queued, 1);
        if (outcome === 'retry') retries.push(push);
      };
      const checkAtMostOnce = () => {
        expect(count(fake.acted, (r) => r.action === 'accept')).toBeLessThanOrEqual(1);
        for (const p of parcels.keys()) {
          expect(count(fake.acted, isShipOf(p))).toBeLessThanOrEqual(1);
        }
        expect(fake.acted.some((r) => r.action === 'cancel' && r.lines.length === 0)).toBe(false);
        for (const [lineId, units] of cancelledByChannel(fake.acted)) {
          expect(units).toBeLessThanOrEqual(cumulative.get(lineId) ?? 0);
        }
      };

      for (const s of steps) {
        switch (s.kind) {
          case 'accept': {
            accepted = true;
            const push = statusPush('accepted');
            history.push(push);
            await run(push);
            break;
          }
          case 'cancel': {
            const lineId = lineIds[s.line] ?? 'L1';
            const before = cumulative.get(lineId) ?? 0;
            const after = Math.min(ordered[lineId] ?? 0, before + s.quantity);
            if (after === before) break;
            cumulative.set(lineId, after);
            const all = lineIds.every((id) => cumulative.get(id) === ordered[id]);
            const push = statusPush(all ? 'cancelled' : 'in_preparation');
            history.push(push);
            await run(push);
            break;
          }
          case 'ship': {
            shipped.add(s.parcel);
            const push: Push = {
              kind: 'tracking',
              push: {
                orderId: 'ord-1',
                channelRef,
                parcelId: `P${String(s.parcel + 1)}`,
                carrier: { code: 'colissimo' },
                tracking: { number: `6A00000${String(s.parcel)}`, carrierCode: 'colissimo' },
                lines: [...(parcels[s.parcel] ?? [])],
              },
            };
            history.push(push);
            await run(push);
            break;
          }
          case 'repeat': {
            const push = history[s.index % Math.max(1, history.length)];
            if (push !== undefined) await run(push);
            break;
          }
          case 'fail':
            fake.script.push(s.outcome);
            break;
          case 'crash':
            journal.crashNextRecord();
            break;
          case 'retry':
            for (const push of [...retries]) await run(push);
            break;
        }
        checkAtMostOnce();
      }

      // The channel and the process recover: the outbox retries until every message is through.
      fake.script.length = 0;
      journal.stopCrashing();
      for (let round = 0; round < 3 && retries.length > 0; round++) {
        for (const push of [...retries]) await run(push);
      }
      expect(retries).toEqual([]);
      checkAtMostOnce();

      const refused = (match: (r: ChannelActionRequest) => boolean) => fake.refused.some(match);
      if (accepted && !refused((r) => r.action === 'accept')) {
        expect(count(fake.acted, (r) => r.action === 'accept')).toBe(1);
      }
      for (const p of shipped) {
        if (!refused(isShipOf(p))) expect(count(fake.acted, isShipOf(p))).toBe(1);
      }
      if (!refused((r) => r.action === 'cancel')) {
        const sent = cancelledByChannel(fake.acted);
        for (const lineId of lineIds) {
          expect(sent.get(lineId) ?? 0).toBe(cumulative.get(lineId) ?? 0);
        }
      }
    },
  );
});
