import { describe, expect, it } from 'vitest';
import {
  createFakeCarrier,
  createFakeErp,
  createFakeMarketplace,
  createFakeNotifier,
  createFakeWms,
  createManualClock,
  createMemoryStorage,
  createSequentialIds,
  type FakeConnectorOptions,
  type FakeRecorder,
} from '../../src/adapters/memory/index.js';
import {
  createOms,
  type Oms,
  type OmsConnectors,
  type OmsPolicy,
  type OrderState,
} from '../../src/index.js';
import { exclusiveOrder, type Json } from '../order/_fixtures.js';
import { checkQuietInvariants, receivedCounts, statesOf } from './_faultChecks.js';
import { FaultHost, stallingConnectors } from './_faultHost.js';

const tenantId = 'tenant-a';
const operator = { kind: 'user', id: 'operator' } as const;
const ORDERS = 60;
const dayMs = 86_400_000;

/** What each order of the scenario goes through, by its number. */
type Variant = 'plain' | 'bad_address' | 'cancelled' | 'partly_cancelled' | 'sent_twice';
const variantOf = (i: number): Variant =>
  (['plain', 'bad_address', 'cancelled', 'partly_cancelled', 'sent_twice'] as const)[i % 5] ??
  'plain';
const channelOf = (i: number) => (i % 3 === 0 ? 'cdiscount' : 'amazon');

function payloadOf(i: number, cancelled: { L1: number; L2: number } = { L1: 0, L2: 0 }): Json {
  const json = exclusiveOrder();
  json.channelRef = { channel: channelOf(i), channelOrderRef: `CH-${String(i)}` };
  if (variantOf(i) === 'bad_address') delete (json.shippingAddress as Json).postalCode;
  const lines = json.lines as Json[];
  Object.assign((lines[0] as Json).quantities as Json, { cancelled: cancelled.L1 });
  Object.assign((lines[1] as Json).quantities as Json, { cancelled: cancelled.L2 });
  return json;
}

/** 30 % of calls fail, 10 % time out after acting, 10 % are acknowledged twice; slow answers. */
const faulty = <Req, Ack>(seed: number, extra: FakeConnectorOptions<Req, Ack> = {}) => ({
  seed,
  failureRate: 0.3,
  timeoutRate: 0.1,
  duplicateAckRate: 0.1,
  latency: 2,
  retryAfterMs: 45_000,
  ...extra,
});

function buildWorld(seed: number) {
  const storage = createMemoryStorage();
  const clock = createManualClock('2025-03-03T08:00:00.000Z');
  const ids = createSequentialIds();
  const world: { host?: FaultHost } = {};
  const wms = createFakeWms(
    faulty(seed * 1000 + 101, { onAck: (r) => world.host?.onPrepared(r.request.orderId) }),
  );
  const fakes = {
    wms,
    erp: createFakeErp(faulty(seed * 1000 + 102)),
    amazon: createFakeMarketplace('amazon', faulty(seed * 1000 + 103)),
    cdiscount: createFakeMarketplace('cdiscount', faulty(seed * 1000 + 104)),
    colissimo: createFakeCarrier('colissimo', faulty(seed * 1000 + 105)),
    notifier: createFakeNotifier(faulty(seed * 1000 + 106, { rejectRate: 0.02 })),
  };
  const connectors: OmsConnectors = {
    wms: fakes.wms,
    erp: fakes.erp,
    marketplaces: { amazon: fakes.amazon, cdiscount: fakes.cdiscount },
    carriers: { colissimo: fakes.colissimo },
    notifier: fakes.notifier,
  };
  const policy: Partial<OmsPolicy> = {
    maxAttempts: 3,
    tenants: [tenantId],
    channelsNeedingAcceptance: ['cdiscount'],
  };
  const makeOms = (c: OmsConnectors = connectors): Oms =>
    createOms({ store: storage.store, outbox: storage.outbox, clock, ids, connectors: c, policy });
  const oms = makeOms();
  const host = new FaultHost(oms, tenantId, clock, storage);
  world.host = host;
  const recorders: FakeRecorder<unknown, unknown>[] = Object.values(fakes);
  return { storage, clock, fakes, connectors, makeOms, host, recorders };
}

function expectedStatus(i: number): OrderState['status'] {
  return variantOf(i) === 'cancelled' ? 'cancelled' : 'closed';
}

describe.each([1, 2, 3])('fault injection, seed %i', (seed) => {
  it(`${String(ORDERS)} orders through failing, slow, duplicating connectors and crashed dispatchers: every effect once per key, nothing lost, nothing stuck unexplained`, async () => {
    const world = buildWorld(seed);
    const { storage, clock, fakes, connectors, makeOms, host, recorders } = world;

    // Capture: the orders arrive on an OMS that dies before dispatching anything (a crash
    // between append and dispatch); the channel sends some twice and cancels some.
    const first = makeOms();
    const numbers = new Map<string, number>();
    for (let i = 0; i < ORDERS; i++) {
      const ingested = await first.ingest(channelOf(i), payloadOf(i));
      if (!ingested.ok) throw new Error(JSON.stringify(ingested.error));
      const { orderId } = ingested.value.state;
      numbers.set(orderId, i);
      if (channelOf(i) === 'cdiscount') {
        const accepted = await first.accept({ tenantId, orderId }, { actor: operator });
        expect(accepted.ok).toBe(true);
      }
      const variant = variantOf(i);
      if (variant === 'sent_twice') {
        const again = await first.ingest(channelOf(i), payloadOf(i));
        expect(again.ok && again.value.outcome).toBe('unchanged');
      }
      if (variant === 'cancelled') await first.ingest(channelOf(i), payloadOf(i, { L1: 2, L2: 1 }));
      if (variant === 'partly_cancelled')
        await first.ingest(channelOf(i), payloadOf(i, { L1: 1, L2: 0 }));
    }
    const orderIds = [...numbers.keys()];
    const holdsAtCapture = [...(await statesOf(first, orderIds)).values()].filter(
      (s) => s.holds.length > 0,
    );
    expect(holdsAtCapture.map((s) => s.holds[0]?.reasonCode)).toEqual(
      Array<string>(ORDERS / 5).fill('address_incomplete'),
    );

    // A dispatcher claims a batch, calls one system and dies: its claims wait for their leases.
    void makeOms(stallingConnectors(connectors)).dispatch();
    await new Promise((resolve) => setImmediate(resolve));
    const claimedByTheDead = storage.listMessages().filter((m) => m.leaseUntil !== undefined);
    expect(claimedByTheDead.length).toBeGreaterThan(50);

    // A restarted OMS and the world around it run until quiet.
    const oms = makeOms();
    host.oms = oms;
    const firstRun = await host.runUntilQuiet();

    // Midway crash: a dispatcher stalls with its claims, another takes over after the
    // leases end, then the stalled one comes back and loses its leases.
    let resume: () => void = () => undefined;
    const resumed = new Promise<void>((r) => {
      resume = r;
    });
    for (const [orderId, state] of await statesOf(oms, orderIds)) {
      if (state.holds.some((h) => h.reasonCode === 'address_incomplete')) {
        const released = await oms.releaseHold(
          { tenantId, orderId },
          state.holds[0]?.holdId ?? '',
          { actor: operator },
        );
        expect(released.ok).toBe(true);
      }
    }
    const stalled = makeOms(stallingConnectors(connectors, resumed)).dispatch();
    await new Promise((resolve) => setImmediate(resolve));
    clock.set(new Date(Date.parse(clock.now()) + 60_001).toISOString());
    const secondRun = await host.runUntilQuiet();
    resume();
    const late = await stalled;
    expect(late.leaseLost).toBeGreaterThan(0);
    await host.runUntilQuiet();
    clock.set(new Date(Date.parse(clock.now()) + 15 * dayMs).toISOString());
    await oms.tick();

    // Operator absent: every invariant holds, with some orders on explained holds.
    const states = await statesOf(oms, orderIds);
    checkQuietInvariants(storage, recorders, states, (id) => expectedStatus(numbers.get(id) ?? -1));
    const effectHolds = [...states.values()]
      .flatMap((s) => s.holds)
      .filter((h) => h.reasonCode === 'effect_failed');
    expect(effectHolds.length).toBeGreaterThan(0);

    // The faults did happen.
    const calls = recorders.flatMap((r) => r.calls);
    const outcomes = (o: string) => calls.filter((c) => c.outcome === o).length;
    expect(outcomes('unavailable')).toBeGreaterThan(50);
    expect(outcomes('timeout')).toBeGreaterThan(10);
    expect(outcomes('duplicate_ack')).toBeGreaterThan(10);
    expect(outcomes('rejected')).toBeGreaterThan(0);
    expect(calls.filter((c) => c.replayed).length).toBeGreaterThan(10);
    expect(host.duplicatesDropped).toBeGreaterThan(0);
    expect(firstRun.retried + secondRun.retried).toBeGreaterThan(100);
    const deadKeys = new Set(claimedByTheDead.map((m) => m.key));
    expect(
      storage.listMessages().filter((m) => deadKeys.has(m.key) && m.status === 'done').length,
    ).toBeGreaterThan(40);

    // The operator releases every hold until none is left; the flow resumes where it stopped.
    for (let pass = 0; pass < 20; pass++) {
      const held = [...(await statesOf(oms, orderIds)).entries()].filter(
        ([, s]) => s.holds.length > 0,
      );
      if (held.length === 0) break;
      for (const [orderId, state] of held) {
        for (const hold of state.holds) {
          const released = await oms.releaseHold({ tenantId, orderId }, hold.holdId, {
            actor: operator,
          });
          expect(released.ok).toBe(true);
        }
      }
      await host.runUntilQuiet();
      clock.set(new Date(Date.parse(clock.now()) + 15 * dayMs).toISOString());
      await oms.tick();
    }

    const final = await statesOf(oms, orderIds);
    checkQuietInvariants(storage, recorders, final, (id) => expectedStatus(numbers.get(id) ?? -1));
    const messages = storage.listMessages();
    expect(messages.filter((m) => m.status !== 'done')).toEqual([]);
    const counts = receivedCounts(recorders);
    expect(messages.map((m) => counts.get(m.key))).toEqual(messages.map(() => 1));
    for (const [orderId, state] of final) {
      const i = numbers.get(orderId) ?? -1;
      expect([orderId, state.status, state.holds]).toEqual([orderId, expectedStatus(i), []]);
    }

    // Each closed order got exactly its effects, computed from the flow, not from the code.
    // Sorted: retries deliver the messages of one order in any order.
    for (const [orderId, state] of final) {
      const i = numbers.get(orderId) ?? -1;
      const of = (r: FakeRecorder<unknown, unknown>) =>
        r.received.filter((x) => x.key.startsWith(`${orderId}:`));
      const marketplace = channelOf(i) === 'cdiscount' ? fakes.cdiscount : fakes.amazon;
      const templates = fakes.notifier.received
        .filter((x) => x.key.startsWith(`${orderId}:`))
        .map((x) => x.request.template)
        .sort();
      const statuses = marketplace.received
        .filter((x) => x.key.startsWith(`${orderId}:`) && x.operation === 'pushStatus')
        .map((x) => ('status' in x.request ? x.request.status : undefined))
        .sort();
      const accepted = channelOf(i) === 'cdiscount' ? ['accepted'] : [];
      expect(of(fakes.wms)).toHaveLength(1);
      expect(of(fakes.erp)).toHaveLength(1);
      if (state.status === 'cancelled') {
        expect([orderId, templates, statuses]).toEqual([orderId, ['order_confirmed'], accepted]);
        expect(of(fakes.colissimo)).toEqual([]);
        continue;
      }
      expect([orderId, templates]).toEqual([
        orderId,
        ['order_confirmed', 'order_delivered', 'order_shipped'],
      ]);
      expect([orderId, statuses]).toEqual([orderId, [...accepted, 'delivered']]);
      expect(of(fakes.colissimo)).toHaveLength(1);
      expect(Object.keys(state.parcels)).toEqual([`P-${orderId}`]);
      const units = state.order.lines.map((l) => [l.lineId, l.quantities.delivered]);
      expect(units).toEqual(
        variantOf(i) === 'partly_cancelled'
          ? [
              ['L1', 1],
              ['L2', 1],
            ]
          : [
              ['L1', 2],
              ['L2', 1],
            ],
      );
    }
  });
});
