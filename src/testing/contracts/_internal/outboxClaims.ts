import type { ContractTestApi, MakeStorage } from '../types.js';
import { check, checkErr, checkOk, checkSame, checkSameInstant } from './assert.js';
import { minutesAfter } from './fixtures.js';
import { testsWith } from './harness.js';
import { captureWith, messageIds, pick } from './outboxSeed.js';

const tenantId = 'tenant-a';

/** A claim request: due at `now`, leased for `leaseMinutes` after it. */
function claimAt(now: number, leaseId: string, limit = 100, leaseMinutes = 60) {
  return { now: minutesAfter(now), leaseUntil: minutesAfter(now + leaseMinutes), limit, leaseId };
}

/** Claiming: due order, exclusivity, leases. */
export function registerOutboxClaims(api: ContractTestApi, make: MakeStorage): void {
  const test = testsWith(api, make);

  test('claimDue takes due messages by nextAttemptAt, then messageId', async ({
    store,
    outbox,
  }) => {
    // Creation instants written with offsets: ordering must follow instants, not strings.
    await captureWith(store, { tenantId, orderId: 'o-1' }, [
      { messageId: 'm-d', createdAt: minutesAfter(3) },
      { messageId: 'm-b', createdAt: '2025-03-01T10:02:00+01:00' },
      { messageId: 'm-e', createdAt: minutesAfter(30) },
      { messageId: 'm-c', createdAt: '2025-03-01T04:01:00-05:00' },
      { messageId: 'm-a', createdAt: minutesAfter(2) },
    ]);
    const first = await outbox.claimDue(claimAt(10, 'L1', 3));
    checkSame(messageIds(first), ['m-c', 'm-a', 'm-b'], 'first claim (limit 3)');
    for (const claim of first) {
      checkSame(claim.leaseId, 'L1', 'leaseId of a claim');
      checkSameInstant(claim.leaseUntil, minutesAfter(70), 'leaseUntil of a claim');
      checkSameInstant(claim.message.leaseUntil, minutesAfter(70), 'leaseUntil of its message');
    }
    checkSame(messageIds(await outbox.claimDue(claimAt(10, 'L2'))), ['m-d'], 'second claim');
    checkSame(await outbox.claimDue(claimAt(29, 'L3')), [], 'nothing due before m-e');
    checkSame(messageIds(await outbox.claimDue(claimAt(30, 'L4'))), ['m-e'], 'm-e when due');
  });

  test('a live lease keeps a message from every other claim', async ({ store, outbox }) => {
    await captureWith(store, { tenantId, orderId: 'o-1' }, [{ messageId: 'm-1' }]);
    checkSame(messageIds(await outbox.claimDue(claimAt(0, 'L1'))), ['m-1'], 'first claim');
    checkSame(await outbox.claimDue(claimAt(0, 'L2')), [], 'claim at the same instant');
    checkSame(await outbox.claimDue(claimAt(59, 'L3')), [], 'claim before the lease ends');
    const listed = pick(await outbox.listByOrder(tenantId, 'o-1'), 'm-1');
    checkSame(listed.status, 'pending', 'a claimed message stays pending');
  });

  test('claims made at the same time never share a message', async ({ store, outbox }) => {
    const specs = Array.from({ length: 20 }, (_, i) => ({
      messageId: `m-${String(i).padStart(2, '0')}`,
    }));
    await captureWith(store, { tenantId, orderId: 'o-1' }, specs.slice(0, 10));
    await captureWith(store, { tenantId: 'tenant-b', orderId: 'o-2' }, specs.slice(10));
    const rounds = await Promise.all(
      ['L1', 'L2', 'L3', 'L4'].map((leaseId) => outbox.claimDue(claimAt(0, leaseId, 6))),
    );
    const rest = await outbox.claimDue(claimAt(0, 'L5', 100));
    const claimed = [...rounds.flat(), rest].flat().map((c) => c.message.messageId);
    checkSame(
      claimed.filter((id, i) => claimed.indexOf(id) !== i),
      [],
      'messages claimed twice',
    );
    checkSame(
      [...claimed].sort(),
      specs.map((s) => s.messageId),
      'messages claimed in all',
    );
    for (const round of rounds) check(round.length <= 6, 'a claim respects its limit');
  });

  test('an ended lease lets another claim take over; the old holder loses', async ({
    store,
    outbox,
  }) => {
    await captureWith(store, { tenantId, orderId: 'o-1' }, [{ messageId: 'm-1' }]);
    const [old] = await outbox.claimDue(claimAt(0, 'L1', 10, 1));
    check(old !== undefined, 'first claim');
    const [current] = await outbox.claimDue(claimAt(1, 'L2', 10, 1));
    check(current !== undefined, 'a claim at the end of the lease takes the message');
    checkSame(current.leaseId, 'L2', 'the new claim has its own lease');
    const lost = { code: 'outbox/lease_lost', messageId: 'm-1' };
    checkSame(
      checkErr(await outbox.complete(old, minutesAfter(2)), 'outbox/lease_lost', 'complete'),
      lost,
      'old holder completes',
    );
    checkSame(
      checkErr(
        await outbox.fail(old, { error: 'late', nextAttemptAt: minutesAfter(9) }),
        'outbox/lease_lost',
        'fail',
      ),
      lost,
      'old holder fails',
    );
    const done = checkOk(await outbox.complete(current, minutesAfter(2)), 'new holder completes');
    checkSame([done.status, done.attempts], ['done', 0], 'completed message');
  });

  test('complete delivers a message once', async ({ store, outbox }) => {
    await captureWith(store, { tenantId, orderId: 'o-1' }, [{ messageId: 'm-1' }]);
    const [claim] = await outbox.claimDue(claimAt(0, 'L1'));
    check(claim !== undefined, 'claim');
    const done = checkOk(await outbox.complete(claim, minutesAfter(1)), 'complete');
    checkSame(done.status, 'done', 'status returned');
    checkSameInstant(done.completedAt, minutesAfter(1), 'completedAt returned');
    checkSame(done.leaseUntil, undefined, 'no lease after completion');
    const listed = pick(await outbox.listByOrder(tenantId, 'o-1'), 'm-1');
    checkSame(listed.status, 'done', 'status listed');
    checkErr(await outbox.complete(claim, minutesAfter(2)), 'outbox/lease_lost', 'second complete');
    checkErr(await outbox.fail(claim, { error: 'x' }), 'outbox/lease_lost', 'fail after complete');
    checkSame(await outbox.claimDue(claimAt(600, 'L2')), [], 'a done message is never claimed');
  });

  test('only the holder of the current lease completes or fails', async ({ store, outbox }) => {
    await captureWith(store, { tenantId, orderId: 'o-1' }, [{ messageId: 'm-1' }]);
    const [claim] = await outbox.claimDue(claimAt(0, 'L1'));
    check(claim !== undefined, 'claim');
    const forged = { ...claim, leaseId: 'L-forged' };
    checkErr(
      await outbox.complete(forged, minutesAfter(1)),
      'outbox/lease_lost',
      'forged complete',
    );
    checkErr(await outbox.fail(forged, { error: 'x' }), 'outbox/lease_lost', 'forged fail');
    checkSame(pick(await outbox.listByOrder(tenantId, 'o-1'), 'm-1').attempts, 0, 'attempts');
    checkOk(await outbox.complete(claim, minutesAfter(1)), 'the holder completes');
  });

  test('fail with nextAttemptAt retries from then', async ({ store, outbox }) => {
    await captureWith(store, { tenantId, orderId: 'o-1' }, [{ messageId: 'm-1' }]);
    const [claim] = await outbox.claimDue(claimAt(0, 'L1'));
    check(claim !== undefined, 'claim');
    const failed = checkOk(
      await outbox.fail(claim, { error: 'WMS 503', nextAttemptAt: minutesAfter(30) }),
      'fail',
    );
    checkSame(
      [failed.status, failed.attempts, failed.lastError],
      ['pending', 1, 'WMS 503'],
      'after fail',
    );
    checkSameInstant(failed.nextAttemptAt, minutesAfter(30), 'nextAttemptAt');
    checkSame(failed.leaseUntil, undefined, 'the lease is dropped');
    checkSame(await outbox.claimDue(claimAt(29, 'L2')), [], 'not due before nextAttemptAt');
    const [again] = await outbox.claimDue(claimAt(30, 'L3'));
    check(again !== undefined, 'due at nextAttemptAt');
    checkSame(again.message.attempts, 1, 'attempts seen by the next claim');
    const twice = checkOk(
      await outbox.fail(again, { error: 'WMS 502', nextAttemptAt: minutesAfter(90) }),
      'fail again',
    );
    checkSame([twice.attempts, twice.lastError], [2, 'WMS 502'], 'after the second failure');
  });

  test('fail without nextAttemptAt parks the message until rearm', async ({ store, outbox }) => {
    await captureWith(store, { tenantId, orderId: 'o-1' }, [
      { messageId: 'm-1' },
      { messageId: 'm-2' },
      { messageId: 'm-3', createdAt: minutesAfter(500) },
    ]);
    await captureWith(store, { tenantId, orderId: 'o-2' }, [{ messageId: 'm-4' }]);
    const claims = await outbox.claimDue(claimAt(0, 'L1'));
    const byId = (id: string) => claims.find((c) => c.message.messageId === id);
    const [c1, c2, c4] = [byId('m-1'), byId('m-2'), byId('m-4')];
    check(c1 !== undefined && c2 !== undefined && c4 !== undefined, 'claims of m-1, m-2, m-4');
    const parked = checkOk(await outbox.fail(c1, { error: 'refused: bad zip' }), 'park m-1');
    checkSame([parked.status, parked.attempts], ['parked', 1], 'parked message');
    checkOk(await outbox.complete(c2, minutesAfter(1)), 'complete m-2');
    checkOk(await outbox.fail(c4, { error: 'refused' }), 'park m-4 of o-2');
    checkSame(messageIds(await outbox.claimDue(claimAt(400, 'L2'))), [], 'parked: never due');

    checkSame(await outbox.rearm('tenant-b', 'o-1', minutesAfter(450)), 0, 'rearm in tenant B');
    checkSame(await outbox.rearm(tenantId, 'o-1', minutesAfter(450)), 1, 'rearm of o-1');
    const listed = await outbox.listByOrder(tenantId, 'o-1');
    const m1 = pick(listed, 'm-1');
    checkSame([m1.status, m1.attempts, m1.leaseUntil], ['pending', 0, undefined], 'rearmed m-1');
    checkSameInstant(m1.nextAttemptAt, minutesAfter(450), 'rearmed m-1 is due at now');
    checkSame(
      [pick(listed, 'm-2').status, pick(listed, 'm-3').status],
      ['done', 'pending'],
      'others',
    );
    checkSame(
      pick(await outbox.listByOrder(tenantId, 'o-2'), 'm-4').status,
      'parked',
      'o-2 untouched',
    );
    checkSame(messageIds(await outbox.claimDue(claimAt(450, 'L3'))), ['m-1'], 'due after rearm');
    checkSame(await outbox.rearm(tenantId, 'o-1', minutesAfter(451)), 0, 'nothing left to rearm');
  });
}
