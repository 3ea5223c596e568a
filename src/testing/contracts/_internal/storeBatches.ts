import type { AppendBatch, AppendReceipt, OrderStore } from '../../../ports/index.js';
import type { Result } from '../../../result/index.js';
import type { StoreAppendError } from '../../../ports/index.js';
import type { ContractTestApi, MakeOrderStore } from '../types.js';
import { check, checkErr, checkOk, checkSame } from './assert.js';
import { captureBatch, holdStep, messageDraft, minutesAfter, stepBatch } from './fixtures.js';
import { capture, testsWith } from './harness.js';

const tenantId = 'tenant-a';

/** `store.appendMany`, which the suite was told the store has. */
function appendMany(
  store: OrderStore,
  batches: readonly AppendBatch[],
): Promise<Result<readonly AppendReceipt[], StoreAppendError>> {
  check(
    store.appendMany !== undefined,
    'the store has no appendMany (pass { batchMethods: false })',
  );
  return store.appendMany(batches);
}

/** The optional batch methods: `appendMany` (all or nothing) and `findOrderIds`. */
export function registerBatches(api: ContractTestApi, make: MakeOrderStore): void {
  const test = testsWith(api, make);

  test('appendMany writes every batch and answers receipts in order', async ({ store }) => {
    const first = captureBatch({ tenantId, orderId: 'o-1' });
    checkOk(await store.append(first), 'capture of o-1');
    const step = stepBatch(first.state, holdStep('manual', 'h-1', minutesAfter(1)));
    const second = captureBatch({ tenantId, orderId: 'o-2' });
    const other = captureBatch({ tenantId: 'tenant-b', orderId: 'o-3' });
    const notify = messageDraft(second.state, { messageId: 'm-1' });
    const batches = [{ ...second, messages: [notify] }, step, other];
    const receipts = checkOk(await appendMany(store, batches), 'appendMany');
    checkSame(
      receipts,
      [
        { version: second.state.version, messageIds: ['m-1'] },
        { version: step.state.version, messageIds: [] },
        { version: other.state.version, messageIds: [] },
      ],
      'the receipts',
    );
    checkSame((await store.load(tenantId, 'o-1'))?.state, step.state, 'o-1 stepped');
    checkSame((await store.load(tenantId, 'o-2'))?.state, second.state, 'o-2 captured');
    checkSame((await store.load('tenant-b', 'o-3'))?.state, other.state, 'o-3 captured');
    checkSame(
      await store.loadEvents(tenantId, 'o-1'),
      [...first.events, ...step.events],
      'o-1 events',
    );
  });

  test('one conflicting batch makes appendMany write nothing', async ({ store }) => {
    const known = await capture(store, { tenantId, orderId: 'o-1' });
    const fresh = captureBatch({ tenantId, orderId: 'o-2' });
    const stale = stepBatch(known, holdStep('manual', 'h-1', minutesAfter(1)));
    await store.append(stale);
    const again = stepBatch(known, holdStep('manual', 'h-2', minutesAfter(2)));
    const conflict = checkErr(
      await appendMany(store, [fresh, again]),
      'store/version_conflict',
      'appendMany with a stale batch',
    );
    checkSame([conflict.orderId, conflict.actualVersion], ['o-1', stale.state.version], 'conflict');
    checkSame(await store.load(tenantId, 'o-2'), undefined, 'o-2 not written');
    checkSame((await store.load(tenantId, 'o-1'))?.state, stale.state, 'o-1 unchanged');
  });

  test('two new orders with one channel reference: channel_ref_taken, nothing written', async ({
    store,
  }) => {
    const first = captureBatch({ tenantId, orderId: 'o-1', channelOrderRef: 'R-1' });
    const twin = captureBatch({ tenantId, orderId: 'o-2', channelOrderRef: 'R-1' });
    const taken = checkErr(
      await appendMany(store, [first, twin]),
      'store/channel_ref_taken',
      'appendMany with a repeated reference',
    );
    checkSame([taken.channelOrderRef, taken.existingOrderId], ['R-1', 'o-1'], 'the error');
    checkSame(await store.load(tenantId, 'o-1'), undefined, 'o-1 not written');
    checkSame(await store.findByChannelRef(tenantId, 'shop', 'R-1'), undefined, 'R-1 free');
  });

  test('a message key repeated across batches is written once', async ({ store }) => {
    const a = captureBatch({ tenantId, orderId: 'o-1' });
    const b = captureBatch({ tenantId, orderId: 'o-2' });
    const key = 'shared:buyer.notify:buyer:1';
    const receipts = checkOk(
      await appendMany(store, [
        { ...a, messages: [messageDraft(a.state, { messageId: 'm-1', key })] },
        { ...b, messages: [messageDraft(b.state, { messageId: 'm-2', key })] },
      ]),
      'appendMany',
    );
    checkSame(
      receipts.map((r) => r.messageIds),
      [['m-1'], []],
      'message ids written',
    );
  });

  test('appendMany of nothing writes nothing', async ({ store }) => {
    checkSame(checkOk(await appendMany(store, []), 'appendMany([])'), [], 'receipts');
  });

  test('findOrderIds answers the references taken, and only those of the tenant', async ({
    store,
  }) => {
    await capture(store, { tenantId, orderId: 'o-1', channelOrderRef: 'R-1' });
    await capture(store, { tenantId, orderId: 'o-2', channelOrderRef: 'R-2' });
    await capture(store, { tenantId: 'tenant-b', orderId: 'o-3', channelOrderRef: 'R-3' });
    await capture(store, { tenantId, orderId: 'o-4', channel: 'other', channelOrderRef: 'R-4' });
    check(
      store.findOrderIds !== undefined,
      'the store has no findOrderIds (pass { batchMethods: false })',
    );
    const found = await store.findOrderIds(tenantId, 'shop', ['R-1', 'R-2', 'R-3', 'R-4', 'R-9']);
    checkSame(
      [...found].sort(([a], [b]) => (a < b ? -1 : 1)),
      [
        ['R-1', 'o-1'],
        ['R-2', 'o-2'],
      ],
      'references taken in tenant-a on shop',
    );
    checkSame((await store.findOrderIds(tenantId, 'shop', [])).size, 0, 'no references asked');
  });
}
