import { describe, expect, it } from 'vitest';
import {
  createFakeWms,
  createManualClock,
  createMemoryStorage,
  createMemoryStockStore,
  createSequentialIds,
} from '../../../src/adapters/memory/index.js';
import { createOms, type OrderStore, type Outbox, type StockStore } from '../../../src/index.js';
import { exclusiveOrder } from '../../order/_fixtures.js';
import { lyon, paris } from '../../engine/_inventory.js';
import { makePGliteStorage } from './_pglite.js';

const tenantId = 'tenant-a';

/**
 * Receives stock, ingests three orders that compete for it (one split, one back-ordered),
 * cancels one, ships one parcel, counts a shortfall, receives more and allocates again,
 * dispatching in between; returns what the stock store holds afterwards.
 */
async function runScenario(storage: { store: OrderStore; outbox: Outbox; stock: StockStore }) {
  const clock = createManualClock('2025-03-01T10:00:00.000Z');
  const oms = createOms({
    store: storage.store,
    outbox: storage.outbox,
    clock,
    ids: createSequentialIds(),
    connectors: { wms: createFakeWms({ seed: 1 }) },
    inventory: {
      stock: storage.stock,
      warehouses: [paris, lyon],
      routing: { split: 'allowed', maxParcels: 2, backorder: 'hold_missing_lines' },
      onDiscrepancy: 'reroute',
    },
  });
  const receive = async (warehouseId: string, sku: string, delta: number) => {
    const done = await oms.updateStock(tenantId, {
      type: 'adjust',
      warehouseId,
      sku,
      delta,
      reasonCode: 'received',
    });
    if (!done.ok) throw new Error(done.error.code);
  };
  await receive('PAR', 'MUG-RED', 3);
  await receive('LYO', 'MUG-RED', 2);
  await receive('LYO', 'TEA-50', 1);
  const orderIds: string[] = [];
  for (const ref of ['S-1', 'S-2', 'S-3']) {
    const json = exclusiveOrder();
    json.channelRef = { channel: 'amazon', channelOrderRef: ref };
    const ingested = await oms.ingest('amazon', json);
    if (!ingested.ok) throw new Error(ingested.error.code);
    orderIds.push(ingested.value.state.orderId);
  }
  const [first = '', second = '', third = ''] = orderIds;
  await oms.dispatch();
  const cancelled = await oms.cancelLines(
    { tenantId, orderId: second },
    { lines: [{ lineId: 'L1', quantity: 1 }], requestedBy: 'buyer', reasonCode: 'buyer_request' },
  );
  if (!cancelled.ok) throw new Error(cancelled.error.code);
  const parcel = await oms.recordParcel(
    { tenantId, orderId: first },
    { parcelId: 'P1', lines: [{ lineId: 'L1', quantity: 2 }], warehouseId: 'PAR' },
  );
  if (!parcel.ok) throw new Error(parcel.error.code);
  await oms.recordTracking(
    { tenantId, orderId: first },
    {
      parcelId: 'P1',
      tracking: { number: '6A1', carrierCode: 'colissimo' },
      carrier: { code: 'colissimo' },
    },
  );
  await oms.dispatch();
  await receive('PAR', 'TEA-50', 2);
  await oms.allocate({ tenantId, orderId: third });
  await oms.updateStock(tenantId, {
    type: 'count',
    warehouseId: 'LYO',
    sku: 'MUG-RED',
    counted: 1,
  });
  await oms.dispatch();
  const levels = await storage.stock.loadLevels(tenantId, ['MUG-RED', 'TEA-50']);
  const reservations = [];
  for (const orderId of orderIds)
    reservations.push(...(await storage.stock.loadReservations(tenantId, orderId)));
  const events = await storage.stock.loadEvents(tenantId, 0, 1000);
  return {
    levels: levels.map((l) => l.level),
    reservations,
    events: events.map((e) => [e.seq, e.event.type, e.event.data]),
  };
}

describe('the engine keeps stock on PostgreSQL (PGlite) as it does in memory', () => {
  it('leaves the same levels, reservations and stock events', async () => {
    const memory = createMemoryStorage();
    const expected = await runScenario({ ...memory, stock: createMemoryStockStore() });
    const pg = await makePGliteStorage();
    try {
      expect(await runScenario(pg)).toEqual(expected);
    } finally {
      await pg.dispose();
    }
    // The scenario moved stock every way.
    const kinds = new Set(expected.events.map((e) => e[1]));
    expect(kinds).toEqual(
      new Set([
        'stock.adjusted',
        'stock.reserved',
        'stock.released',
        'stock.shipped',
        'stock.counted',
      ]),
    );
  }, 60_000);
});
