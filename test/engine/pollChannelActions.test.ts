import { describe, expect, it } from 'vitest';
import {
  connectMarketplace,
  isOrdokitError,
  lengowProfile,
  pollChannelActions,
  type ChannelActionRequest,
} from '../../src/index.js';
import { fakeChannelApi, testJournal } from './_channelApi.js';
import { ingestFixture, setup, value } from './_support.js';

const now = '2025-03-01T10:00:00.000Z';
const later = '2025-03-01T10:05:00.000Z';

function ship(orderId: string, parcelId: string): ChannelActionRequest {
  return {
    action: 'ship',
    orderId,
    channelRef: { channel: 'lengow', channelOrderRef: `MP-${orderId}` },
    parcelId,
    carrier: { code: 'colissimo' },
    tracking: { number: `6A${parcelId}`, carrierCode: 'colissimo' },
    lines: [{ lineId: 'L1', quantity: 1 }],
  };
}

/** Three actions the fake channel queued (handles H1, H2, H3). */
async function queued(tenantId = 'shop-1') {
  const fake = fakeChannelApi('lengow');
  const journal = testJournal();
  const connector = connectMarketplace({ api: fake.api, profile: lengowProfile, journal });
  fake.script.push('pending', 'pending', 'pending');
  for (const [orderId, parcelId] of [
    ['ord-1', 'P1'],
    ['ord-2', 'P2'],
    ['ord-3', 'P3'],
  ] as const) {
    value(await connector.send(ship(orderId, parcelId), { tenantId, now }));
  }
  return { fake, journal };
}

describe('pollChannelActions', () => {
  it('records what the channel decided and counts what is still pending', async () => {
    const { fake, journal } = await queued();
    fake.results.set('H1', { state: 'done', detail: 'ticket 1 succeed' });
    fake.results.set('H2', { state: 'failed', detail: 'Invalid tracking number' });
    const report = await pollChannelActions({
      api: fake.api,
      journal,
      tenantId: 'shop-1',
      now: later,
    });
    expect(report.settled.map((e) => [e.orderId, e.state, e.detail])).toEqual([
      ['ord-1', 'done', 'ticket 1 succeed'],
      ['ord-2', 'failed', 'Invalid tracking number'],
    ]);
    expect(report.pending).toBe(1);
    expect(report.failures).toEqual([]);
    expect(fake.polled).toEqual(['H1', 'H2', 'H3']);
    expect(journal.entries().map((e) => [e.state, e.updatedAt])).toEqual([
      ['done', later],
      ['failed', later],
      ['pending', later],
    ]);
    // Settled entries are not polled again.
    const again = await pollChannelActions({ api: fake.api, journal, tenantId: 'shop-1', now });
    expect(again).toEqual({ settled: [], pending: 1, failures: [] });
    expect(fake.polled).toEqual(['H1', 'H2', 'H3', 'H3']);
  });

  it('polls at most `limit` entries, and only the tenant given', async () => {
    const { fake, journal } = await queued();
    const report = await pollChannelActions({
      api: fake.api,
      journal,
      tenantId: 'shop-1',
      now: later,
      limit: 2,
    });
    expect(report.pending).toBe(2);
    expect(fake.polled).toEqual(['H1', 'H2']);
    const other = await pollChannelActions({ api: fake.api, journal, tenantId: 'shop-2', now });
    expect(other).toEqual({ settled: [], pending: 0, failures: [] });
  });

  it('reports a failed call; stops at an unavailable channel', async () => {
    const { fake, journal } = await queued();
    fake.results.set('H2', { state: 'done' });
    fake.pollFailures.push('timeout');
    const first = await pollChannelActions({ api: fake.api, journal, tenantId: 'shop-1', now });
    expect(first.failures).toEqual([{ code: 'connector/timeout', target: 'lengow' }]);
    expect(first.settled.map((e) => e.orderId)).toEqual(['ord-2']);
    expect(first.pending).toBe(2);
    fake.pollFailures.push('unavailable');
    const second = await pollChannelActions({ api: fake.api, journal, tenantId: 'shop-1', now });
    expect(second.failures.map((f) => f.code)).toEqual(['connector/unavailable']);
    expect(second.pending).toBe(2);
    expect(fake.polled).toHaveLength(4);
  });

  it('throws engine/config_invalid for a limit that is not a positive integer', async () => {
    const { fake, journal } = await queued();
    await expect(
      pollChannelActions({ api: fake.api, journal, tenantId: 'shop-1', now, limit: 0 }),
    ).rejects.toSatisfy((e: unknown) => isOrdokitError(e) && e.code === 'engine/config_invalid');
  });

  it('lets the host hold the order channel_conflict when the channel refused an action', async () => {
    const { oms } = setup();
    const ref = await ingestFixture(oms);
    const fake = fakeChannelApi('lengow');
    const journal = testJournal();
    const lengow = connectMarketplace({ api: fake.api, profile: lengowProfile, journal });
    fake.script.push('pending');
    value(await lengow.send(ship(ref.orderId, 'P1'), { tenantId: ref.tenantId, now }));
    fake.results.set('H1', { state: 'failed', detail: 'Invalid tracking number' });

    const report = await pollChannelActions({
      api: fake.api,
      journal,
      tenantId: ref.tenantId,
      now: later,
    });
    for (const entry of report.settled) {
      if (entry.state !== 'failed') continue;
      value(
        await oms.placeHold(
          { tenantId: entry.tenantId, orderId: entry.orderId },
          {
            reasonCode: 'channel_conflict',
            note: `${entry.channel} refused ${entry.action}: ${entry.detail ?? ''}`,
          },
        ),
      );
    }
    const state = value(await oms.get(ref));
    expect(state.holds.map((h) => [h.reasonCode, h.note])).toEqual([
      ['channel_conflict', 'lengow refused ship: Invalid tracking number'],
    ]);
  });
});
