import type { StockAppendBatch } from '../../../ports/index.js';
import type { ContractTestApi } from '../types.js';
import type { MakeStockStore } from '../stockTypes.js';
import { check, checkOk, checkSame, show } from './assert.js';
import { testsWith } from './harness.js';
import {
  adjusted,
  appendStock,
  checkLevels,
  checkLog,
  levelOf,
  parisCup,
  parisMug,
  receiveBatch,
  reservationOf,
  stockBatch,
  storedEvents,
  storedLevel,
  tenantId,
} from './stockFixtures.js';

/** Whether a call rejected (a programmer error the store refused). */
async function rejects(call: () => Promise<unknown>): Promise<boolean> {
  try {
    await call();
    return false;
  } catch {
    return true;
  }
}

/** Idempotency keys: a stored key writes nothing again, per tenant. */
export function registerStockKeys(api: ContractTestApi, make: MakeStockStore): void {
  const test = testsWith(api, make);

  test('a batch whose key is stored writes nothing and answers duplicate, before versions', async ({
    stock,
  }) => {
    const batch = receiveBatch(parisMug, 0, 0, 5, { key: 'release:m-1' });
    checkSame(await appendStock(stock, batch, 'first'), { duplicate: false, lastSeq: 1 }, 'first');
    await appendStock(stock, receiveBatch(parisCup, 0, 0, 2), 'another batch');
    // The same batch again: its version is stale now, but the key decides first.
    checkSame(
      checkOk(await stock.append(batch), 'again'),
      { duplicate: true, lastSeq: 2 },
      'the second append of the key',
    );
    // Another batch with the key, on fresh versions: still a duplicate.
    const other = receiveBatch(parisMug, 1, 5, 1, { key: 'release:m-1' });
    checkSame(
      checkOk(await stock.append(other), 'other'),
      { duplicate: true, lastSeq: 2 },
      'other',
    );
    await checkLog(
      stock,
      tenantId,
      storedEvents([adjusted(parisMug, 5), adjusted(parisCup, 2)]),
      'log after duplicates',
    );
    await checkLevels(stock, tenantId, ['MUG'], [storedLevel(levelOf(parisMug, 5), 1)], 'MUG');
  });

  test('keys are per tenant; batches without a key are never deduplicated', async ({ stock }) => {
    const key = 'ship:m-7';
    await appendStock(stock, receiveBatch(parisMug, 0, 0, 5, { key }), 'tenant-a');
    const b = receiveBatch(parisMug, 0, 0, 5, { key, tenantId: 'tenant-b' });
    checkSame(await appendStock(stock, b, 'tenant-b'), { duplicate: false, lastSeq: 1 }, 'b');
    await appendStock(stock, receiveBatch(parisCup, 0, 0, 1), 'no key');
    await appendStock(stock, receiveBatch(parisCup, 1, 1, 1), 'no key again');
    checkSame((await stock.loadEvents(tenantId, 0, 100)).length, 3, 'events of tenant-a');
  });

  test('of five appends of one keyed batch at once, exactly one writes', async ({ stock }) => {
    const batch = receiveBatch(parisMug, 0, 0, 5, { key: 'release:m-2' });
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => stock.append(batch)));
    const receipts = results.map((r, i) => checkOk(r, `append ${String(i)}`));
    checkSame(
      receipts.filter((r) => !r.duplicate),
      [{ duplicate: false, lastSeq: 1 }],
      'appends that wrote',
    );
    checkSame(receipts.filter((r) => r.duplicate).length, 4, 'duplicates');
    await checkLog(stock, tenantId, storedEvents([adjusted(parisMug, 5)]), 'log');
  });
}

/** Malformed batches are programmer errors: the store rejects them and writes nothing. */
export function registerStockMalformed(api: ContractTestApi, make: MakeStockStore): void {
  const test = testsWith(api, make);
  const good = receiveBatch(parisMug, 0, 0, 5);
  const malformed: readonly (readonly [string, StockAppendBatch])[] = [
    ['no event', { ...good, events: [] }],
    [
      'a level without expected version',
      { ...good, levels: [...good.levels, levelOf(parisCup, 1)] },
    ],
    ['an event on a level without expected version', { ...good, events: [adjusted(parisCup, 1)] }],
    [
      'a reservation on a level without expected version',
      { ...good, reservations: [reservationOf(parisCup, 'o-1', 'l-1', 1)] },
    ],
    ['a negative figure', { ...good, levels: [levelOf(parisMug, -1)] }],
    ['a fractional figure', { ...good, levels: [levelOf(parisMug, 1.5)] }],
    [
      'a negative reservation quantity',
      { ...good, reservations: [reservationOf(parisMug, 'o-1', 'l-1', -1)] },
    ],
    [
      'a negative expected version',
      { ...good, expected: [{ warehouseId: 'paris', sku: 'MUG', version: -1 }] },
    ],
    [
      'a level expected twice',
      stockBatch({
        expected: [
          [parisMug, 0],
          [parisMug, 0],
        ],
        events: good.events,
        levels: good.levels,
      }),
    ],
    ['a level written twice', { ...good, levels: [levelOf(parisMug, 5), levelOf(parisMug, 6)] }],
  ];

  test('malformed batches are rejected and write nothing', async ({ stock }) => {
    for (const [what, batch] of malformed) {
      check(await rejects(() => stock.append(batch)), `append of ${what}: expected a rejection`);
    }
    await checkLog(stock, tenantId, [], 'after the malformed batches');
    await checkLevels(stock, tenantId, ['MUG', 'CUP'], [], 'after the malformed batches');
    checkSame(await stock.loadReservations(tenantId, 'o-1'), [], 'reservations');
    // The store still works.
    await appendStock(stock, good, 'a good batch after them');
  });

  test('malformed savePublished and loadEvents calls are rejected', async ({ stock }) => {
    const calls: readonly (readonly [string, () => Promise<unknown>])[] = [
      ['toSeq before fromSeq', () => stock.savePublished(tenantId, 2, 1, [])],
      ['a negative fromSeq', () => stock.savePublished(tenantId, -1, 1, [])],
      [
        'a negative quantity',
        () => stock.savePublished(tenantId, 0, 1, [{ channel: 'web', sku: 'MUG', quantity: -1 }]),
      ],
      [
        'a SKU published twice',
        () =>
          stock.savePublished(tenantId, 0, 1, [
            { channel: 'web', sku: 'MUG', quantity: 1 },
            { channel: 'web', sku: 'MUG', quantity: 2 },
          ]),
      ],
      ['a negative afterSeq', () => stock.loadEvents(tenantId, -1, 10)],
      ['a fractional afterSeq', () => stock.loadEvents(tenantId, 0.5, 10)],
    ];
    for (const [what, call] of calls) {
      check(await rejects(call), `${what}: expected a rejection`);
    }
    const published = await stock.loadPublished(tenantId, 'web', ['MUG']);
    check(
      published.checkpoint === 0 && published.figures.size === 0,
      `after the malformed saves: expected checkpoint 0 and no figure, got ${show([published.checkpoint, [...published.figures]])}`,
    );
  });
}
