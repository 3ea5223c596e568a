import type { StockEvent } from '../../../inventory/index.js';
import type { Actor } from '../../../order/index.js';
import type { ContractTestApi } from '../types.js';
import type { MakeStockStore } from '../stockTypes.js';
import { checkSame } from './assert.js';
import { testsWith } from './harness.js';
import {
  adjusted,
  appendStock,
  checkLevels,
  checkLog,
  levelOf,
  lyonMug,
  parisCup,
  parisMug,
  receiveBatch,
  released,
  reservationOf,
  reservationRead,
  reserved,
  stockBatch,
  storedEvents,
  storedLevel,
  tenantId,
} from './stockFixtures.js';

/** `append` writes events, levels and reservations together, with seqs and versions. */
export function registerStockAppend(api: ContractTestApi, make: MakeStockStore): void {
  const test = testsWith(api, make);

  test('an append on new levels numbers its events from 1 and stores levels at version 1', async ({
    stock,
  }) => {
    const events = [adjusted(parisMug, 5), adjusted(lyonMug, 3)];
    const batch = stockBatch({
      expected: [
        [parisMug, 0],
        [lyonMug, 0],
      ],
      events,
      levels: [levelOf(parisMug, 5), levelOf(lyonMug, 3)],
    });
    checkSame(
      await appendStock(stock, batch, 'append'),
      { duplicate: false, lastSeq: 2 },
      'receipt',
    );
    await checkLog(stock, tenantId, storedEvents(events), 'after the append');
    await checkLevels(
      stock,
      tenantId,
      ['MUG'],
      [storedLevel(levelOf(lyonMug, 3), 1), storedLevel(levelOf(parisMug, 5), 1)],
      'after the append',
    );
  });

  test('each append adds 1 to the version of every level it writes; seqs go on', async ({
    stock,
  }) => {
    await appendStock(stock, receiveBatch(parisMug, 0, 0, 5), 'first');
    await appendStock(stock, receiveBatch(parisCup, 0, 0, 2, { minute: 1 }), 'second');
    const third = stockBatch({
      expected: [[parisMug, 1]],
      events: [adjusted(parisMug, 1, 2), adjusted(parisMug, 1, 3), adjusted(parisMug, 1, 4)],
      levels: [levelOf(parisMug, 8)],
    });
    checkSame(
      await appendStock(stock, third, 'third'),
      { duplicate: false, lastSeq: 5 },
      'receipt',
    );
    await checkLevels(
      stock,
      tenantId,
      ['MUG', 'CUP'],
      [storedLevel(levelOf(parisCup, 2), 1), storedLevel(levelOf(parisMug, 8), 2)],
      'after three appends',
    );
    const log = await stock.loadEvents(tenantId, 0, 100);
    checkSame(
      log.map((e) => e.seq),
      [1, 2, 3, 4, 5],
      'seqs of the log',
    );
    checkSame(log[2]?.event, adjusted(parisMug, 1, 2), 'event 3');
  });

  test('a level expected but not written keeps its version: a guard', async ({ stock }) => {
    await appendStock(stock, receiveBatch(parisMug, 0, 0, 5), 'receive MUG');
    await appendStock(stock, receiveBatch(parisCup, 0, 0, 2), 'receive CUP');
    const guarded = stockBatch({
      expected: [
        [parisMug, 1],
        [parisCup, 1],
      ],
      events: [adjusted(parisMug, 1, 1)],
      levels: [levelOf(parisMug, 6)],
    });
    await appendStock(stock, guarded, 'guarded append');
    await checkLevels(
      stock,
      tenantId,
      ['CUP', 'MUG'],
      [storedLevel(levelOf(parisCup, 2), 1), storedLevel(levelOf(parisMug, 6), 2)],
      'after the guarded append',
    );
  });

  test('reservations are written with the batch; quantity 0 deletes one', async ({ stock }) => {
    await appendStock(stock, receiveBatch(parisMug, 0, 0, 10), 'receive');
    const reserve = stockBatch({
      expected: [[parisMug, 1]],
      events: [reserved(parisMug, 'o-1', 'l-1', 3, 1), reserved(parisMug, 'o-1', 'l-2', 2, 1)],
      levels: [levelOf(parisMug, 10, 5)],
      reservations: [
        reservationOf(parisMug, 'o-1', 'l-1', 3),
        reservationOf(parisMug, 'o-1', 'l-2', 2),
      ],
    });
    await appendStock(stock, reserve, 'reserve');
    checkSame(
      await stock.loadReservations(tenantId, 'o-1'),
      [
        reservationRead(reservationOf(parisMug, 'o-1', 'l-1', 3)),
        reservationRead(reservationOf(parisMug, 'o-1', 'l-2', 2)),
      ],
      'reservations after reserve',
    );
    const release = stockBatch({
      expected: [[parisMug, 2]],
      events: [released(parisMug, 'o-1', 'l-1', 3, 2), released(parisMug, 'o-1', 'l-2', 1, 2)],
      levels: [levelOf(parisMug, 10, 1)],
      reservations: [
        reservationOf(parisMug, 'o-1', 'l-1', 0),
        reservationOf(parisMug, 'o-1', 'l-2', 1),
        // Deleting a reservation that does not exist changes nothing.
        reservationOf(parisMug, 'o-1', 'l-3', 0),
      ],
    });
    await appendStock(stock, release, 'release');
    checkSame(
      await stock.loadReservations(tenantId, 'o-1'),
      [reservationRead(reservationOf(parisMug, 'o-1', 'l-2', 1))],
      'reservations after release',
    );
    await checkLevels(
      stock,
      tenantId,
      ['MUG'],
      [storedLevel(levelOf(parisMug, 10, 1), 3)],
      'level after release',
    );
  });

  test('every event type round-trips exactly, with its optional fields', async ({ stock }) => {
    const at = '2025-03-01T10:00:00+01:00';
    const actor: Actor = { kind: 'channel', id: 'shop' };
    const [warehouseId, sku] = parisMug;
    const line = { orderId: 'o-1', lineId: 'l-1', warehouseId, sku, quantity: 2 };
    const events: StockEvent[] = [
      adjusted(parisMug, 9),
      {
        type: 'stock.reserved',
        at,
        actor,
        reason: 'Bundle pack of two',
        data: { ...line, bundleSku: 'GIFT-BOX' },
      },
      { type: 'stock.released', at, actor, data: { ...line, quantity: 1 } },
      { type: 'stock.shipped', at, actor, reason: 'Parcel p-1', data: { ...line, quantity: 1 } },
      {
        type: 'stock.counted',
        at,
        actor: { kind: 'wms', id: 'wms-1' },
        data: {
          warehouseId,
          sku,
          expected: 8,
          counted: 0,
          discrepancy: -8,
          uncovered: [{ orderId: 'o-2', lineId: 'l-9', quantity: 1 }],
        },
      },
      { type: 'stock.safety_set', at, actor, data: { warehouseId, sku, safety: 0 } },
    ];
    const batch = stockBatch({
      expected: [[parisMug, 0]],
      events,
      levels: [levelOf(parisMug, 0, 1)],
    });
    await appendStock(stock, batch, 'append');
    await checkLog(stock, tenantId, storedEvents(events), 'every type');
  });
}
