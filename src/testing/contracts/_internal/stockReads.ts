import type { ContractTestApi } from '../types.js';
import type { MakeStockStore } from '../stockTypes.js';
import { checkSame } from './assert.js';
import { testsWith } from './harness.js';
import {
  adjusted,
  appendStock,
  checkLevels,
  checkLog,
  firstOf,
  levelOf,
  type LevelRef,
  parisCup,
  receiveBatch,
  reservationOf,
  reservationRead,
  reserved,
  stockBatch,
  storedEvents,
  storedLevel,
  tenantId,
} from './stockFixtures.js';

/** Reads: which rows, in which order (byte order: `'B' < 'a'`, `'L-10' < 'L-9'`). */
export function registerStockReads(api: ContractTestApi, make: MakeStockStore): void {
  const test = testsWith(api, make);

  test('loadLevels returns the SKUs asked for, in every warehouse, by warehouse then SKU', async ({
    stock,
  }) => {
    // Stored in an order that is none of the sorted ones.
    const refs: LevelRef[] = [
      ['lyon', 'mug'],
      ['Paris', 'MUG'],
      ['lyon', 'MUG'],
      ['lyon', 'CUP'],
      ['Paris', 'TEA'],
      ['b\u00e9ziers', 'MUG'],
    ];
    for (const [i, ref] of refs.entries()) {
      await appendStock(stock, receiveBatch(ref, 0, 0, i + 1), `receive ${ref.join()}`);
    }
    const stored = (i: number) => {
      const ref = refs[i] ?? ['?', '?'];
      return storedLevel(levelOf(ref, i + 1), 1);
    };
    await checkLevels(
      stock,
      tenantId,
      ['MUG', 'mug', 'CUP', 'MUG', 'NONE'],
      [stored(1), stored(5), stored(3), stored(2), stored(0)],
      'byte order',
    );
    await checkLevels(stock, tenantId, ['TEA'], [stored(4)], 'one SKU');
    await checkLevels(stock, tenantId, [], [], 'no SKU');
    await checkLevels(stock, tenantId, ['NONE'], [], 'an unknown SKU');
  });

  test('loadReservations: by order (line, warehouse, SKU); loadReservationsAt: by level', async ({
    stock,
  }) => {
    const paris: LevelRef = ['paris', 'MUG'];
    const lyon: LevelRef = ['lyon', 'MUG'];
    const writes = [
      reservationOf(paris, 'o-1', 'L-9', 1),
      reservationOf(paris, 'o-1', 'L-10', 2),
      reservationOf(lyon, 'o-1', 'L-9', 3),
      reservationOf(parisCup, 'o-1', 'L-9', 4),
      reservationOf(paris, 'o-2', 'L-1', 5),
      reservationOf(paris, 'O-1', 'L-1', 6),
    ];
    const batch = stockBatch({
      expected: [
        [paris, 0],
        [lyon, 0],
        [parisCup, 0],
      ],
      events: writes.map((w) => reserved([w.warehouseId, w.sku], w.orderId, w.lineId, w.quantity)),
      levels: [levelOf(paris, 20, 14), levelOf(lyon, 20, 3), levelOf(parisCup, 20, 4)],
      reservations: writes,
    });
    await appendStock(stock, batch, 'reserve');
    const read = (i: number) => reservationRead(writes[i] ?? firstOf(writes, 'writes'));
    checkSame(
      await stock.loadReservations(tenantId, 'o-1'),
      [read(1), read(2), read(3), read(0)],
      'reservations of o-1',
    );
    checkSame(await stock.loadReservations(tenantId, 'o-2'), [read(4)], 'reservations of o-2');
    checkSame(await stock.loadReservations(tenantId, 'O-1'), [read(5)], 'reservations of O-1');
    checkSame(await stock.loadReservations(tenantId, 'o-3'), [], 'an order without any');
    checkSame(
      await stock.loadReservationsAt(tenantId, 'paris', 'MUG'),
      [read(5), read(1), read(0), read(4)],
      'reservations on paris MUG',
    );
    checkSame(await stock.loadReservationsAt(tenantId, 'lyon', 'MUG'), [read(2)], 'on lyon MUG');
    checkSame(await stock.loadReservationsAt(tenantId, 'lyon', 'CUP'), [], 'on lyon CUP');
  });

  test('loadEvents pages through the log after a seq, at most limit events', async ({ stock }) => {
    const ref: LevelRef = ['paris', 'MUG'];
    const events = [1, 2, 3, 4, 5, 6, 7].map((n) => adjusted(ref, n, n));
    let onHand = 0;
    for (const [i, event] of events.entries()) {
      onHand += i + 1;
      const batch = stockBatch({
        expected: [[ref, i]],
        events: [event],
        levels: [levelOf(ref, onHand)],
      });
      await appendStock(stock, batch, `append ${String(i + 1)}`);
    }
    const all = storedEvents(events);
    checkSame(await stock.loadEvents(tenantId, 0, 3), all.slice(0, 3), 'first page');
    checkSame(await stock.loadEvents(tenantId, 3, 3), all.slice(3, 6), 'second page');
    checkSame(await stock.loadEvents(tenantId, 6, 3), all.slice(6), 'last page');
    checkSame(await stock.loadEvents(tenantId, 7, 3), [], 'after the last seq');
    checkSame(await stock.loadEvents(tenantId, 50, 3), [], 'far after the last seq');
    checkSame(await stock.loadEvents(tenantId, 2, 0), [], 'limit 0');
    checkSame(await stock.loadEvents(tenantId, 2, Infinity), all.slice(2), 'no limit');
    checkSame(await stock.loadEvents('tenant-z', 0, 10), [], 'a tenant without events');
  });
}

/** Tenants never see each other's stock; what a store hands out and takes in is a copy. */
export function registerStockIsolation(api: ContractTestApi, make: MakeStockStore): void {
  const test = testsWith(api, make);
  const ref: LevelRef = ['paris', 'MUG'];

  test('two tenants with the same warehouses and SKUs are separate stores', async ({ stock }) => {
    await appendStock(stock, receiveBatch(ref, 0, 0, 5), 'tenant-a first');
    await appendStock(stock, receiveBatch(ref, 1, 5, 5), 'tenant-a second');
    const b = stockBatch({
      tenantId: 'tenant-b',
      expected: [[ref, 0]],
      events: [reserved(ref, 'o-1', 'l-1', 1)],
      levels: [levelOf(ref, 0, 1)],
      reservations: [reservationOf(ref, 'o-1', 'l-1', 1)],
    });
    checkSame(await appendStock(stock, b, 'tenant-b'), { duplicate: false, lastSeq: 1 }, 'b');
    await checkLevels(stock, tenantId, ['MUG'], [storedLevel(levelOf(ref, 10), 2)], 'tenant-a');
    await checkLevels(stock, 'tenant-b', ['MUG'], [storedLevel(levelOf(ref, 0, 1), 1)], 'b');
    await checkLog(stock, 'tenant-b', storedEvents(b.events), 'tenant-b');
    checkSame(await stock.loadReservations(tenantId, 'o-1'), [], 'reservations of tenant-a');
    checkSame((await stock.loadReservations('tenant-b', 'o-1')).length, 1, 'of tenant-b');
    checkSame((await stock.savePublished('tenant-b', 0, 1, [])).ok, true, 'save of tenant-b');
    checkSame((await stock.loadPublished(tenantId, 'web', [])).checkpoint, 0, 'a checkpoint');
    const stale = await stock.append(receiveBatch(ref, 1, 0, 1, { tenantId: 'tenant-c' }));
    checkSame(stale.ok ? 0 : stale.error.actualVersion, 0, 'version in an empty tenant');
  });

  test('batches and read results are copies: changing them changes nothing stored', async ({
    stock,
  }) => {
    const batch = stockBatch({
      expected: [[ref, 0]],
      events: [reserved(ref, 'o-1', 'l-1', 2)],
      levels: [levelOf(ref, 5, 2)],
      reservations: [reservationOf(ref, 'o-1', 'l-1', 2)],
    });
    const copy = structuredClone(batch);
    await appendStock(stock, batch, 'append');
    // Plain data: the objects are mutable at run time, whatever their types say.
    type Mutable = { quantity: number; onHand: number };
    const mutate = (value: unknown) => {
      Object.assign(value as Mutable, { quantity: 99, onHand: 99 });
    };
    mutate(firstOf(batch.events, 'events').data);
    mutate(firstOf(batch.levels, 'levels'));
    mutate(firstOf(batch.reservations, 'reservations'));
    mutate(firstOf(await stock.loadLevels(tenantId, ['MUG']), 'loadLevels').level);
    mutate(firstOf(await stock.loadEvents(tenantId, 0, 1), 'loadEvents').event.data);
    mutate(firstOf(await stock.loadReservations(tenantId, 'o-1'), 'loadReservations'));
    const level = firstOf(copy.levels, 'levels');
    await checkLevels(stock, tenantId, ['MUG'], [storedLevel(level, 1)], 'level');
    await checkLog(stock, tenantId, storedEvents(copy.events), 'events');
    checkSame(
      await stock.loadReservations(tenantId, 'o-1'),
      copy.reservations.map(reservationRead),
      'reservations',
    );
  });
}
