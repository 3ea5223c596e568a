import type { ContractTestApi, MakeOrderStore } from '../types.js';
import { checkErr, checkSame } from './assert.js';
import { captureBatch, holdStep, minutesAfter, stepBatch } from './fixtures.js';
import { capture, testsWith } from './harness.js';

const tenantId = 'tenant-a';

/** Optimistic concurrency and the channel reference's uniqueness. */
export function registerConflicts(api: ContractTestApi, make: MakeOrderStore): void {
  const test = testsWith(api, make);

  test('a stale expectedVersion is a version_conflict and writes nothing', async ({ store }) => {
    const created = await capture(store, { tenantId, orderId: 'o-1' });
    const accept = stepBatch(created, { type: 'accept', at: minutesAfter(1) });
    const hold = stepBatch(created, holdStep('manual', 'h-1', minutesAfter(2)));
    checkSame((await store.append(accept)).ok, true, 'first append on version 1');
    const conflict = checkErr(await store.append(hold), 'store/version_conflict', 'second');
    checkSame(
      conflict,
      {
        code: 'store/version_conflict',
        tenantId,
        orderId: 'o-1',
        expectedVersion: 1,
        actualVersion: 2,
      },
      'the conflict',
    );
    checkSame((await store.load(tenantId, 'o-1'))?.state, accept.state, 'state kept');
    checkSame((await store.loadEvents(tenantId, 'o-1')).length, 2, 'events kept');
  });

  test('an expectedVersion ahead of the order is a version_conflict', async ({ store }) => {
    const created = await capture(store, { tenantId, orderId: 'o-1' });
    const accepted = stepBatch(created, { type: 'accept', at: minutesAfter(1) });
    // Decided on a version the store never saw.
    const ahead = stepBatch(accepted.state, holdStep('manual', 'h-1', minutesAfter(2)));
    const conflict = checkErr(await store.append(ahead), 'store/version_conflict', 'append');
    checkSame([conflict.expectedVersion, conflict.actualVersion], [2, 1], 'versions');
    // On an order that does not exist at all.
    const ghost = captureBatch({ tenantId, orderId: 'o-2' });
    const onGhost = stepBatch(ghost.state, { type: 'accept', at: minutesAfter(1) });
    const none = checkErr(await store.append(onGhost), 'store/version_conflict', 'unknown');
    checkSame([none.expectedVersion, none.actualVersion], [1, 0], 'versions of unknown order');
    checkSame(await store.load(tenantId, 'o-2'), undefined, 'unknown order still absent');
  });

  test('a new order with an existing orderId is a version_conflict', async ({ store }) => {
    const first = await capture(store, { tenantId, orderId: 'o-1', channelOrderRef: 'R-1' });
    const again = captureBatch({ tenantId, orderId: 'o-1', channelOrderRef: 'R-2' });
    const conflict = checkErr(await store.append(again), 'store/version_conflict', 'append');
    checkSame([conflict.expectedVersion, conflict.actualVersion], [0, 1], 'versions');
    checkSame((await store.load(tenantId, 'o-1'))?.state, first, 'first order kept');
    checkSame(
      await store.findByChannelRef(tenantId, 'shop', 'R-2'),
      undefined,
      'the refused reference is not indexed',
    );
  });

  test('a new order reusing a channel reference is channel_ref_taken', async ({ store }) => {
    await capture(store, { tenantId, orderId: 'o-1', channel: 'shop', channelOrderRef: 'R-1' });
    const twin = captureBatch({
      tenantId,
      orderId: 'o-2',
      channel: 'shop',
      channelOrderRef: 'R-1',
    });
    const taken = checkErr(await store.append(twin), 'store/channel_ref_taken', 'append');
    checkSame(
      taken,
      {
        code: 'store/channel_ref_taken',
        tenantId,
        channel: 'shop',
        channelOrderRef: 'R-1',
        existingOrderId: 'o-1',
      },
      'the error',
    );
    checkSame(await store.load(tenantId, 'o-2'), undefined, 'the refused order is absent');
    checkSame(await store.loadEvents(tenantId, 'o-2'), [], 'the refused order has no events');
    // The same reference on another channel is another order.
    await capture(store, { tenantId, orderId: 'o-3', channel: 'market', channelOrderRef: 'R-1' });
    checkSame(
      (await store.findByChannelRef(tenantId, 'market', 'R-1'))?.state.orderId,
      'o-3',
      'same reference, other channel',
    );
    checkSame(
      (await store.findByChannelRef(tenantId, 'shop', 'R-1'))?.state.orderId,
      'o-1',
      'the first order keeps its reference',
    );
  });

  test('of two appends on the same version at once, exactly one wins', async ({ store }) => {
    const created = await capture(store, { tenantId, orderId: 'o-1' });
    const results = await Promise.all([
      store.append(stepBatch(created, { type: 'accept', at: minutesAfter(1) })),
      store.append(stepBatch(created, holdStep('manual', 'h-1', minutesAfter(1)))),
      store.append(stepBatch(created, { type: 'addNote', at: minutesAfter(1), text: 'n' })),
    ]);
    const won = results.filter((r) => r.ok);
    checkSame(won.length, 1, 'appends that succeeded');
    for (const r of results) {
      if (!r.ok) checkSame(r.error.code, 'store/version_conflict', 'the losers');
    }
    checkSame((await store.loadEvents(tenantId, 'o-1')).length, 2, 'events stored');
  });

  test('of two captures of one channel order at once, exactly one wins', async ({ store }) => {
    const results = await Promise.all([
      store.append(captureBatch({ tenantId, orderId: 'o-1', channelOrderRef: 'R-1' })),
      store.append(captureBatch({ tenantId, orderId: 'o-2', channelOrderRef: 'R-1' })),
    ]);
    checkSame(results.filter((r) => r.ok).length, 1, 'captures that succeeded');
    const codes = results.map((r) => (r.ok ? 'ok' : r.error.code)).sort();
    checkSame(codes, ['ok', 'store/channel_ref_taken'], 'outcomes of the two captures');
    const page = await store.list(tenantId);
    checkSame(page.items.length, 1, 'orders stored');
  });
}
