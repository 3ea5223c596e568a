import { expect, it } from 'vitest';
import { createPostgresStockStore } from '../../../src/adapters/postgres/index.js';
import {
  applyStock,
  decideStock,
  findReservation,
  findStockLevel,
  replayStock,
  stockStateOf,
  type StockEvent,
  type WarehouseStockLevel,
} from '../../../src/inventory/index.js';
import type { StockAppendBatch, StockStore } from '../../../src/ports/index.js';
import { useServer } from './_server.js';

// Stock appends from several pools at once on a real server: two appends decided on the same
// version of a level never both land, and reservations decided load → decide → append with
// retries never promise more than the warehouse holds.
const fixture = useServer();

const tenantId = 'tenant-a';
const at = '2025-03-01T09:00:00.000Z';
const actor = { kind: 'system', id: 'stock-test' } as const;

/** A batch receiving `units` on a level at `version` holding `onHand`. */
function receive(warehouseId: string, version: number, onHand: number, units: number) {
  const event: StockEvent = {
    type: 'stock.adjusted',
    at,
    actor,
    data: { warehouseId, sku: 'MUG', delta: units, reasonCode: 'received' },
  };
  const level: WarehouseStockLevel = {
    warehouseId,
    sku: 'MUG',
    onHand: onHand + units,
    reserved: 0,
    safety: 0,
  };
  return {
    tenantId,
    expected: [{ warehouseId, sku: 'MUG', version }],
    events: [event],
    levels: [level],
    reservations: [],
  } satisfies StockAppendBatch;
}

/** Stores on one schema, each with a pool of its own. */
async function openStores(count: number, schema: string): Promise<StockStore[]> {
  const stores: StockStore[] = [];
  for (let i = 0; i < count; i++) {
    stores.push(createPostgresStockStore(await fixture.openPool(2), { schema }));
  }
  return stores;
}

it('two appends racing on one level from two pools: one lands, the other conflicts', async () => {
  const schema = await fixture.createSchema('stock_race');
  const [a, b] = await openStores(2, schema);
  if (a === undefined || b === undefined) throw new Error('two stores expected');
  expect((await a.append(receive('paris', 0, 0, 10))).ok).toBe(true);
  for (let version = 1; version <= 30; version++) {
    const onHand = 10 + version - 1;
    const results = await Promise.all([
      a.append(receive('paris', version, onHand, 1)),
      b.append(receive('paris', version, onHand, 1)),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const lost = results.find((r) => !r.ok);
    expect(lost?.ok === false && lost.error).toEqual({
      code: 'stock/version_conflict',
      tenantId,
      warehouseId: 'paris',
      sku: 'MUG',
      expectedVersion: version,
      actualVersion: version + 1,
    });
  }
  const [level] = await a.loadLevels(tenantId, ['MUG']);
  expect(level).toEqual({
    level: { warehouseId: 'paris', sku: 'MUG', onHand: 40, reserved: 0, safety: 0 },
    version: 31,
  });
  const log = await b.loadEvents(tenantId, 0, Infinity);
  expect(log.map((e) => e.seq)).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
});

/** What one worker's reservations came to. */
interface Tally {
  reserved: number;
  refused: number;
  conflicts: number;
}

/**
 * Reserves `quantity` of MUG for a line in a warehouse, as the engine does: load the level and
 * the order's reservations, decide, append with the level's version; a conflict starts again.
 */
async function reserve(
  stock: StockStore,
  orderId: string,
  warehouseId: string,
  quantity: number,
  tally: Tally,
): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const stored = (await stock.loadLevels(tenantId, ['MUG'])).find(
      (s) => s.level.warehouseId === warehouseId,
    );
    const state = stockStateOf(
      stored === undefined ? [] : [stored.level],
      await stock.loadReservations(tenantId, orderId),
    );
    const command = { type: 'reserve', at, actor, orderId, lineId: 'l-1', warehouseId } as const;
    const decided = decideStock(state, { ...command, sku: 'MUG', quantity });
    if (!decided.ok) {
      expect(decided.error.code).toBe('inventory/insufficient_stock');
      tally.refused += 1;
      return;
    }
    const after = decided.value.reduce(applyStock, state);
    const held = findReservation(after, { orderId, lineId: 'l-1', warehouseId, sku: 'MUG' });
    const result = await stock.append({
      tenantId,
      expected: [{ warehouseId, sku: 'MUG', version: stored?.version ?? 0 }],
      events: decided.value,
      levels: [findStockLevel(after, warehouseId, 'MUG')],
      reservations: held === undefined ? [] : [held],
    });
    if (result.ok) {
      tally.reserved += quantity;
      return;
    }
    expect(result.error.code).toBe('stock/version_conflict');
    tally.conflicts += 1;
  }
  throw new Error(`order ${orderId}: still conflicting after 100 attempts`);
}

it('8 pools reserving the same stock at once never promise more than is on hand', async () => {
  const schema = await fixture.createSchema('stock_reserve');
  const stores = await openStores(8, schema);
  const [first] = stores;
  if (first === undefined) throw new Error('stores expected');
  expect((await first.append(receive('paris', 0, 0, 40))).ok).toBe(true);
  expect((await first.append(receive('lyon', 0, 0, 25))).ok).toBe(true);
  const tallies = await Promise.all(
    stores.map(async (stock, w) => {
      const tally: Tally = { reserved: 0, refused: 0, conflicts: 0 };
      for (let k = 0; k < 12; k++) {
        const warehouseId = (w + k) % 2 === 0 ? 'paris' : 'lyon';
        await reserve(stock, `o-${String(w)}-${String(k)}`, warehouseId, 1 + ((w + k) % 3), tally);
      }
      return tally;
    }),
  );
  const reserved = tallies.reduce((n, t) => n + t.reserved, 0);
  const refused = tallies.reduce((n, t) => n + t.refused, 0);
  const conflicts = tallies.reduce((n, t) => n + t.conflicts, 0);
  // 96 requests of 2 units on average for 65 units: some are refused, none oversold.
  expect(refused).toBeGreaterThan(0);
  expect(conflicts).toBeGreaterThan(0);
  const levels = await first.loadLevels(tenantId, ['MUG']);
  expect(levels.map((l) => l.level.reserved).reduce((a, b) => a + b, 0)).toBe(reserved);
  for (const { level } of levels) expect(level.reserved).toBeLessThanOrEqual(level.onHand);
  // The stored levels are the fold of the stored events; the log has no gap.
  const log = await first.loadEvents(tenantId, 0, Infinity);
  expect(log.map((e) => e.seq)).toEqual(log.map((_, i) => i + 1));
  const replayed = replayStock(log.map((e) => e.event));
  for (const { level } of levels) {
    expect(findStockLevel(replayed, level.warehouseId, 'MUG')).toEqual(level);
  }
  // Each reservation is stored once, with the units of its event.
  const reservations = (
    await Promise.all(
      log
        .filter((e) => e.event.type === 'stock.reserved')
        .map((e) =>
          first.loadReservations(tenantId, (e.event.data as { orderId: string }).orderId),
        ),
    )
  ).flat();
  expect(reservations.reduce((n, r) => n + r.quantity, 0)).toBe(reserved);
});
