import { tenantId } from './stockFixtures.js';
import type { StockStore } from '../../../ports/index.js';
import type { ContractTestApi } from '../types.js';
import type { MakeStockStore } from '../stockTypes.js';
import { checkOk, checkSame } from './assert.js';
import { testsWith } from './harness.js';

/** What `loadPublished` answered, as plain data: `[checkpoint, [sku, units][]]`. */
async function publishedOf(
  stock: StockStore,
  channel: string,
  skus: readonly string[],
  tenant = tenantId,
): Promise<[number, [string, number][]]> {
  const { checkpoint, figures } = await stock.loadPublished(tenant, channel, skus);
  const entries = [...figures].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return [checkpoint, entries];
}

/** `savePublished` moves the checkpoint by compare-and-set and upserts figures. */
export function registerStockPublished(api: ContractTestApi, make: MakeStockStore): void {
  const test = testsWith(api, make);

  test('at first the checkpoint is 0 and nothing is published', async ({ stock }) => {
    checkSame(await publishedOf(stock, 'web', ['MUG', 'CUP']), [0, []], 'loadPublished');
  });

  test('savePublished moves the checkpoint and upserts figures per channel and SKU', async ({
    stock,
  }) => {
    checkOk(
      await stock.savePublished(tenantId, 0, 3, [
        { channel: 'web', sku: 'MUG', quantity: 5 },
        { channel: 'web', sku: 'CUP', quantity: 0 },
        { channel: 'market', sku: 'MUG', quantity: 2 },
      ]),
      'first save',
    );
    checkSame(
      await publishedOf(stock, 'web', ['MUG', 'CUP', 'TEA']),
      [
        3,
        [
          ['CUP', 0],
          ['MUG', 5],
        ],
      ],
      'web after the first save',
    );
    checkSame(await publishedOf(stock, 'market', ['MUG']), [3, [['MUG', 2]]], 'market');
    checkSame(await publishedOf(stock, 'web', ['CUP']), [3, [['CUP', 0]]], 'web, one SKU');
    checkOk(
      await stock.savePublished(tenantId, 3, 5, [{ channel: 'web', sku: 'MUG', quantity: 4 }]),
      'second save',
    );
    checkSame(
      await publishedOf(stock, 'web', ['MUG', 'CUP']),
      [
        5,
        [
          ['CUP', 0],
          ['MUG', 4],
        ],
      ],
      'web after the second save (CUP kept)',
    );
    // A save that publishes again without moving on; then one that only moves.
    checkOk(
      await stock.savePublished(tenantId, 5, 5, [{ channel: 'market', sku: 'MUG', quantity: 7 }]),
      'save in place',
    );
    checkOk(await stock.savePublished(tenantId, 5, 9, []), 'save without figures');
    checkSame(await publishedOf(stock, 'market', ['MUG']), [9, [['MUG', 7]]], 'market at last');
  });

  test('a stale fromSeq is stock/checkpoint_conflict and nothing is written', async ({ stock }) => {
    checkOk(
      await stock.savePublished(tenantId, 0, 3, [{ channel: 'web', sku: 'MUG', quantity: 5 }]),
      'first save',
    );
    for (const fromSeq of [0, 2, 4]) {
      checkSame(
        await stock.savePublished(tenantId, fromSeq, 6, [
          { channel: 'web', sku: 'MUG', quantity: 9 },
          { channel: 'web', sku: 'CUP', quantity: 9 },
        ]),
        {
          ok: false,
          error: {
            code: 'stock/checkpoint_conflict',
            tenantId,
            expectedSeq: fromSeq,
            actualSeq: 3,
          },
        },
        `save from ${String(fromSeq)}`,
      );
    }
    checkSame(await publishedOf(stock, 'web', ['MUG', 'CUP']), [3, [['MUG', 5]]], 'web kept');
  });

  test('of five saves from one checkpoint at once, exactly one wins', async ({ stock }) => {
    const results = await Promise.all(
      [1, 2, 3, 4, 5].map((n) =>
        stock.savePublished(tenantId, 0, n, [{ channel: 'web', sku: 'MUG', quantity: n }]),
      ),
    );
    const won = results.flatMap((r, i) => (r.ok ? [i + 1] : []));
    checkSame(won.length, 1, 'saves that succeeded');
    for (const r of results) {
      if (!r.ok) checkSame(r.error.code, 'stock/checkpoint_conflict', 'a loser');
    }
    const n = won[0] ?? 0;
    checkSame(await publishedOf(stock, 'web', ['MUG']), [n, [['MUG', n]]], 'the winner’s save');
  });

  test('checkpoints and figures are per tenant', async ({ stock }) => {
    checkOk(
      await stock.savePublished('tenant-b', 0, 4, [{ channel: 'web', sku: 'MUG', quantity: 1 }]),
      'save of tenant-b',
    );
    checkSame(await publishedOf(stock, 'web', ['MUG']), [0, []], 'tenant-a');
    checkOk(await stock.savePublished(tenantId, 0, 1, []), 'save of tenant-a from 0');
    checkSame(await publishedOf(stock, 'web', ['MUG'], 'tenant-b'), [4, [['MUG', 1]]], 'b');
  });
}
