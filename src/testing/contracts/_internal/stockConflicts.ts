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
  type LevelRef,
  lyonMug,
  parisCup,
  parisMug,
  receiveBatch,
  reservationOf,
  reserved,
  stockBatch,
  storedEvents,
  storedLevel,
  tenantId,
} from './stockFixtures.js';

/** Version checks: a stale batch writes nothing; concurrent appends never both land. */
export function registerStockConflicts(api: ContractTestApi, make: MakeStockStore): void {
  const test = testsWith(api, make);

  test('a stale version is stock/version_conflict and nothing is written', async ({ stock }) => {
    await appendStock(stock, receiveBatch(parisMug, 0, 0, 5), 'first');
    const stale = stockBatch({
      key: 'k-stale',
      expected: [[parisMug, 0]],
      events: [reserved(parisMug, 'o-1', 'l-1', 1, 1)],
      levels: [levelOf(parisMug, 0, 1)],
      reservations: [reservationOf(parisMug, 'o-1', 'l-1', 1)],
    });
    checkSame(
      await stock.append(stale),
      {
        ok: false,
        error: {
          code: 'stock/version_conflict',
          tenantId,
          warehouseId: 'paris',
          sku: 'MUG',
          expectedVersion: 0,
          actualVersion: 1,
        },
      },
      'the stale append',
    );
    await checkLog(stock, tenantId, storedEvents([adjusted(parisMug, 5)]), 'log kept');
    await checkLevels(stock, tenantId, ['MUG'], [storedLevel(levelOf(parisMug, 5), 1)], 'kept');
    checkSame(await stock.loadReservations(tenantId, 'o-1'), [], 'no reservation written');
    // The refused key was not stored: the batch decided again on fresh figures goes through.
    const fresh = { ...stale, expected: [{ warehouseId: 'paris', sku: 'MUG', version: 1 }] };
    checkSame(await appendStock(stock, fresh, 'retry'), { duplicate: false, lastSeq: 2 }, 'retry');
  });

  test('the first level whose version differs is named; matching ones are not written', async ({
    stock,
  }) => {
    await appendStock(stock, receiveBatch(parisMug, 0, 0, 5), 'MUG');
    await appendStock(stock, receiveBatch(parisCup, 0, 0, 5), 'CUP');
    await appendStock(stock, receiveBatch(lyonMug, 0, 0, 5), 'lyon MUG');
    const batch = stockBatch({
      expected: [
        [parisMug, 1],
        [parisCup, 3],
        [lyonMug, 0],
      ],
      events: [adjusted(parisMug, 1, 1), adjusted(parisCup, 1, 1), adjusted(lyonMug, 1, 1)],
      levels: [levelOf(parisMug, 6), levelOf(parisCup, 6), levelOf(lyonMug, 6)],
    });
    const result = await stock.append(batch);
    checkSame(
      result.ok ? result : result.error,
      {
        code: 'stock/version_conflict',
        tenantId,
        warehouseId: 'paris',
        sku: 'CUP',
        expectedVersion: 3,
        actualVersion: 1,
      },
      'the conflict',
    );
    await checkLevels(
      stock,
      tenantId,
      ['CUP', 'MUG'],
      [
        storedLevel(levelOf(lyonMug, 5), 1),
        storedLevel(levelOf(parisCup, 5), 1),
        storedLevel(levelOf(parisMug, 5), 1),
      ],
      'levels kept',
    );
    checkSame((await stock.loadEvents(tenantId, 0, 100)).length, 3, 'events kept');
  });

  test('a version above 0 for a level never stored is a conflict with actual 0', async ({
    stock,
  }) => {
    const result = await stock.append(receiveBatch(parisMug, 2, 0, 5));
    checkSame(
      result.ok ? result : [result.error.expectedVersion, result.error.actualVersion],
      [2, 0],
      'versions of the conflict',
    );
    await checkLevels(stock, tenantId, ['MUG'], [], 'nothing stored');
    await checkLog(stock, tenantId, [], 'nothing stored');
  });

  test('of five appends on one level at the same version at once, exactly one wins', async ({
    stock,
  }) => {
    await appendStock(stock, receiveBatch(parisMug, 0, 0, 5), 'first');
    const results = await Promise.all(
      [1, 2, 3, 4, 5].map((n) => stock.append(receiveBatch(parisMug, 1, 5, n, { minute: n }))),
    );
    const won = results.filter((r) => r.ok);
    checkSame(won.length, 1, 'appends that succeeded');
    checkSame(won[0]?.value, { duplicate: false, lastSeq: 2 }, 'receipt of the winner');
    for (const r of results) {
      if (!r.ok) {
        checkSame(
          [r.error.code, r.error.expectedVersion, r.error.actualVersion],
          ['stock/version_conflict', 1, 2],
          'a loser',
        );
      }
    }
    const log = await stock.loadEvents(tenantId, 0, 100);
    checkSame(
      log.map((e) => e.seq),
      [1, 2],
      'seqs stored',
    );
    const [level] = await stock.loadLevels(tenantId, ['MUG']);
    checkSame(level?.version, 2, 'version after the race');
  });

  test('concurrent appends on different levels all land, with seqs 1…n and no gap', async ({
    stock,
  }) => {
    const refs: LevelRef[] = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => [`w-${String(n)}`, 'MUG']);
    const receipts = await Promise.all(
      refs.map((ref, i) => appendStock(stock, receiveBatch(ref, 0, 0, i + 1), `append ${ref[0]}`)),
    );
    checkSame(
      receipts.map((r) => r.lastSeq).sort((a, b) => a - b),
      [1, 2, 3, 4, 5, 6, 7, 8],
      'lastSeq of each receipt',
    );
    const log = await stock.loadEvents(tenantId, 0, 100);
    checkSame(
      log.map((e) => e.seq),
      [1, 2, 3, 4, 5, 6, 7, 8],
      'seqs of the log',
    );
    for (const [i, ref] of refs.entries()) {
      const seq = receipts[i]?.lastSeq ?? 0;
      checkSame(log[seq - 1]?.event, adjusted(ref, i + 1), `event of seq ${String(seq)}`);
    }
  });

  test('two batches on the same two levels, listed in opposite orders: one wins', async ({
    stock,
  }) => {
    await appendStock(stock, receiveBatch(parisMug, 0, 0, 5), 'MUG');
    await appendStock(stock, receiveBatch(parisCup, 0, 0, 5), 'CUP');
    const both = (first: LevelRef, second: LevelRef, version: number) =>
      stock.append(
        stockBatch({
          expected: [
            [first, version],
            [second, version],
          ],
          events: [adjusted(first, 1, version), adjusted(second, 1, version)],
          levels: [levelOf(first, 5 + version), levelOf(second, 5 + version)],
        }),
      );
    for (let version = 1; version <= 5; version++) {
      const results = await Promise.all([
        both(parisMug, parisCup, version),
        both(parisCup, parisMug, version),
      ]);
      checkSame(
        results.filter((r) => r.ok).length,
        1,
        `race on version ${String(version)}: winners`,
      );
    }
    const levels = await stock.loadLevels(tenantId, ['MUG', 'CUP']);
    checkSame(
      levels.map((l) => l.version),
      [6, 6],
      'versions after five races',
    );
  });
}
