import { describe, expect, it } from 'vitest';
import {
  createFakeErp,
  createFakeMarketplace,
  createFakeNotifier,
  createFakeWms,
  createManualClock,
  createMemoryStorage,
  createSequentialIds,
} from '../../../src/adapters/memory/index.js';
import {
  createOms,
  type DispatchReport,
  type OrderStore,
  type Outbox,
} from '../../../src/index.js';
import { exclusiveOrder } from '../../order/_fixtures.js';
import { makePGliteStorage } from './_pglite.js';

const tenantId = 'tenant-a';
const refs = ['A-1', 'A-2', 'A-3', 'A-4'];

/** The fixture order under another channel reference. */
function payloadOf(channelOrderRef: string) {
  const json = exclusiveOrder();
  json.channelRef = { channel: 'amazon', channelOrderRef };
  return json;
}

/**
 * Ingests four orders (one twice), holds the last one, dispatches until the outbox is quiet
 * while a flaky WMS fails some calls, releases the hold and dispatches again; returns
 * everything the storage holds afterwards.
 */
async function runScenario(storage: { store: OrderStore; outbox: Outbox }) {
  const clock = createManualClock('2025-03-01T10:00:00.000Z');
  const wms = createFakeWms({ seed: 3, failureRate: 0.4 });
  const connectors = {
    wms,
    erp: createFakeErp(),
    marketplaces: { amazon: createFakeMarketplace('amazon') },
    notifier: createFakeNotifier(),
  };
  const oms = createOms({ ...storage, clock, ids: createSequentialIds(), connectors });
  const orderIds: string[] = [];
  for (const ref of refs) {
    const ingested = await oms.ingest('amazon', payloadOf(ref));
    if (!ingested.ok) throw new Error(`ingest of ${ref}: ${ingested.error.code}`);
    orderIds.push(ingested.value.state.orderId);
  }
  const reports: DispatchReport[] = [];
  const again = await oms.ingest('amazon', payloadOf('A-2'));
  expect(again.ok && again.value.state.orderId).toBe(orderIds[1]);
  // The last order waits on a hold: its effects park until the hold is released.
  const last = { tenantId, orderId: orderIds[3] ?? '' };
  const held = await oms.placeHold(last, { reasonCode: 'manual', note: 'Check the buyer' });
  if (!held.ok) throw new Error(JSON.stringify(held.error));
  const holdId = held.value.holds[0]?.holdId ?? '';
  const dispatchUntilQuiet = async () => {
    for (let round = 0; round < 20; round++) {
      const report = await oms.dispatch();
      reports.push(report);
      if (report.claimed === 0) return;
      clock.advance({ minutes: 30 });
    }
  };
  await dispatchUntilQuiet();
  const released = await oms.releaseHold(last, holdId);
  if (!released.ok) throw new Error(JSON.stringify(released.error));
  await dispatchUntilQuiet();
  const histories = await Promise.all(
    orderIds.map((orderId) => storage.store.loadEvents(tenantId, orderId)),
  );
  const messages = await Promise.all(
    orderIds.map((orderId) => storage.outbox.listByOrder(tenantId, orderId)),
  );
  return {
    orderIds,
    listed: await storage.store.list(tenantId),
    histories,
    messages,
    reports,
    prepared: wms.received.map((r) => r.key),
  };
}

describe('the engine on PGlite', () => {
  it('ingests, holds, releases and dispatches as it does on the memory storage', async () => {
    const storage = await makePGliteStorage();
    try {
      const onPostgres = await runScenario(storage);
      const onMemory = await runScenario(createMemoryStorage());
      expect(onPostgres).toEqual(onMemory);
      // The scenario did what it says: every order was prepared once, after retries, and the
      // held one only after its release.
      expect(onPostgres.listed.items.map((r) => r.state.order.channelRef.channelOrderRef)).toEqual(
        refs,
      );
      expect(new Set(onPostgres.prepared).size).toBe(4);
      expect(onPostgres.prepared).toHaveLength(4);
      expect(onPostgres.prepared[3]?.startsWith(onPostgres.orderIds[3] ?? '?')).toBe(true);
      expect(onPostgres.reports.some((r) => r.retried > 0)).toBe(true);
      expect(onPostgres.reports.some((r) => r.held > 0)).toBe(true);
      const statuses = onPostgres.messages.flat().map((m) => m.status);
      expect(statuses.length).toBeGreaterThan(4);
      expect(statuses.every((s) => s === 'done')).toBe(true);
      for (const events of onPostgres.histories) {
        expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
      }
    } finally {
      await storage.dispose();
    }
  });
});
