import type { ContractTestApi, MakeStorage } from '../types.js';
import { check, checkErr, checkOk, checkSame, checkSameInstant } from './assert.js';
import { captureBatch, minutesAfter, stepBatch, T0 } from './fixtures.js';
import { appendOk, testsWith } from './harness.js';
import { captureWith, keyed, messageIds, pick } from './outboxSeed.js';

const tenantId = 'tenant-a';
const claimAll = (now: string) => ({
  now,
  leaseUntil: minutesAfter(1000),
  limit: 1000,
  leaseId: `lease-${now}`,
});

/** Messages are written with their events, once per key, and only when the append succeeds. */
export function registerOutboxWrites(api: ContractTestApi, make: MakeStorage): void {
  const test = testsWith(api, make);

  test('append writes its messages pending, due when created', async ({ store, outbox }) => {
    const batch = captureBatch({ tenantId, orderId: 'o-1' });
    const drafts = [
      keyed(batch.state, { messageId: 'm-2', createdAt: minutesAfter(1) }),
      keyed(batch.state, { messageId: 'm-3', createdAt: T0 }),
      keyed(batch.state, { messageId: 'm-1', createdAt: T0 }),
    ];
    const receipt = await appendOk(store, { ...batch, messages: drafts }, 'capture');
    checkSame([...receipt.messageIds].sort(), ['m-1', 'm-2', 'm-3'], 'receipt messageIds');
    const listed = await outbox.listByOrder(tenantId, 'o-1');
    checkSame(messageIds(listed), ['m-1', 'm-3', 'm-2'], 'listByOrder (createdAt, messageId)');
    for (const draft of drafts) {
      const { createdAt, nextAttemptAt, ...fields } = pick(listed, draft.messageId);
      const { createdAt: planned, ...expected } = draft;
      const what = `message ${draft.messageId}`;
      checkSame(fields, { ...expected, status: 'pending', attempts: 0 }, what);
      checkSameInstant(createdAt, planned, `${what}: createdAt`);
      checkSameInstant(nextAttemptAt, planned, `${what}: nextAttemptAt`);
    }
    const next = stepBatch(batch.state, { type: 'accept', at: minutesAfter(2) });
    const more = [keyed(next.state, { messageId: 'm-4', createdAt: minutesAfter(2) })];
    await appendOk(store, { ...next, messages: more }, 'accept');
    checkSame(
      messageIds(await outbox.listByOrder(tenantId, 'o-1')),
      ['m-1', 'm-3', 'm-2', 'm-4'],
      'listByOrder after a second append',
    );
  });

  test('a message whose key the tenant already has is skipped', async ({ store, outbox }) => {
    const state = await captureWith(store, { tenantId, orderId: 'o-1' }, [
      { messageId: 'm-1', key: 'K1' },
    ]);
    // Delivered already: its key still counts.
    const [claim] = await outbox.claimDue(claimAll(T0));
    check(claim !== undefined, 'm-1 is claimed');
    checkOk(await outbox.complete(claim, T0), 'complete m-1');
    const batch = stepBatch(state, { type: 'accept', at: minutesAfter(1) });
    const receipt = await appendOk(
      store,
      {
        ...batch,
        messages: [
          keyed(batch.state, { messageId: 'm-2', key: 'K1' }),
          keyed(batch.state, { messageId: 'm-3', key: 'K3' }),
          keyed(batch.state, { messageId: 'm-4', key: 'K3' }),
        ],
      },
      'accept with known keys',
    );
    checkSame(receipt.messageIds, ['m-3'], 'receipt messageIds (duplicates excluded)');
    checkSame(receipt.version, 2, 'the events are written all the same');
    checkSame(messageIds(await outbox.listByOrder(tenantId, 'o-1')), ['m-1', 'm-3'], 'messages');
    // Another tenant has keys of its own.
    await captureWith(store, { tenantId: 'tenant-b', orderId: 'o-1' }, [
      { messageId: 'm-1', key: 'K1' },
    ]);
    checkSame(messageIds(await outbox.listByOrder('tenant-b', 'o-1')), ['m-1'], 'tenant B');
  });

  test('a refused append writes neither events, state nor messages', async ({ store, outbox }) => {
    const state = await captureWith(store, { tenantId, orderId: 'o-1', channelOrderRef: 'R-1' }, [
      { messageId: 'm-1' },
    ]);
    // A stale append (version conflict) carrying a message.
    const stale = captureBatch({ tenantId, orderId: 'o-1', channelOrderRef: 'R-9' });
    const staleMessages = [keyed(stale.state, { messageId: 'm-9', key: 'K9' })];
    checkErr(
      await store.append({ ...stale, messages: staleMessages }),
      'store/version_conflict',
      'stale append',
    );
    // A capture of a taken channel reference, carrying a message.
    const twin = captureBatch({ tenantId, orderId: 'o-2', channelOrderRef: 'R-1' });
    const twinMessages = [keyed(twin.state, { messageId: 'm-8', key: 'K8' })];
    checkErr(
      await store.append({ ...twin, messages: twinMessages }),
      'store/channel_ref_taken',
      'twin capture',
    );
    checkSame((await store.load(tenantId, 'o-1'))?.state, state, 'state of o-1');
    checkSame((await store.loadEvents(tenantId, 'o-1')).length, 1, 'events of o-1');
    checkSame(await store.load(tenantId, 'o-2'), undefined, 'o-2');
    checkSame(messageIds(await outbox.listByOrder(tenantId, 'o-1')), ['m-1'], 'messages of o-1');
    checkSame(await outbox.listByOrder(tenantId, 'o-2'), [], 'messages of o-2');
    checkSame(
      messageIds(await outbox.claimDue(claimAll(minutesAfter(60)))),
      ['m-1'],
      'claimable messages',
    );
    // The refused keys were not taken: a successful append writes them.
    const next = stepBatch(state, { type: 'accept', at: minutesAfter(1) });
    const retry = [
      keyed(next.state, { messageId: 'm-10', key: 'K9' }),
      keyed(next.state, { messageId: 'm-11', key: 'K8' }),
    ];
    const receipt = await appendOk(store, { ...next, messages: retry }, 'retry');
    checkSame([...receipt.messageIds].sort(), ['m-10', 'm-11'], 'keys of refused appends');
  });

  test('messages read back are copies', async ({ store, outbox }) => {
    await captureWith(store, { tenantId, orderId: 'o-1' }, [{ messageId: 'm-1' }]);
    const before = await outbox.listByOrder(tenantId, 'o-1');
    const vandalise = (value: unknown) => {
      try {
        const m = value as { status?: string; effect?: { target?: string } };
        m.status = 'done';
        if (m.effect !== undefined) m.effect.target = 'mallory';
      } catch {
        // Frozen data refuses the change: fine too.
      }
    };
    vandalise((await outbox.listByOrder(tenantId, 'o-1'))[0]);
    const claims = await outbox.claimDue(claimAll(T0));
    vandalise(claims[0]?.message);
    const after = await outbox.listByOrder(tenantId, 'o-1');
    checkSame(after[0]?.effect, before[0]?.effect, 'effect after changes');
    checkSame(after[0]?.status, 'pending', 'status after changes');
  });

  test('tenant A never sees tenant B through the outbox', async ({ store, outbox }) => {
    await captureWith(store, { tenantId, orderId: 'o-1' }, [{ messageId: 'm-1' }]);
    await captureWith(store, { tenantId: 'tenant-b', orderId: 'o-2' }, [{ messageId: 'm-2' }]);
    checkSame(await outbox.listByOrder('tenant-b', 'o-1'), [], "listByOrder of A's order in B");
    const claimsB = await outbox.claimDue({ ...claimAll(T0), tenantId: 'tenant-b' });
    checkSame(messageIds(claimsB), ['m-2'], 'claims of tenant B');
    checkSame(claimsB[0]?.message.tenantId, 'tenant-b', 'tenant of the claimed message');
    const claimsC = await outbox.claimDue({ ...claimAll(T0), tenantId: 'tenant-c' });
    checkSame(claimsC, [], 'claims of an unknown tenant');
    const claimsAll = await outbox.claimDue({ ...claimAll(T0), leaseId: 'lease-all' });
    checkSame(messageIds(claimsAll), ['m-1'], 'claims of every tenant (B is leased)');
  });
}
