import type { ActionJournal, ActionJournalEntry, ActionJournalKey } from '../../../ports/index.js';
import type { ContractTestApi, MakeActionJournal } from '../types.js';
import { checkSame } from './assert.js';
import { minutesAfter, T0 } from './fixtures.js';
import { testsWith } from './harness.js';
import {
  beganEntry,
  beginNew,
  checkEntries,
  checkEntry,
  keyOf,
  parisMinutesAfter,
  requestFor,
} from './journalFixtures.js';

/** The payload hashes of entries, for short comparisons. */
const hashesOf = (entries: readonly ActionJournalEntry[]) => entries.map((e) => e.payloadHash);

/** Begins `key` at `at` and records it `pending` at `pendingAt`. */
async function beginPending(
  journal: ActionJournal,
  key: ActionJournalKey,
  at: string,
  pendingAt: string,
): Promise<void> {
  await beginNew(journal, key, at);
  await journal.record(
    key,
    { state: 'pending', handle: `H-${key.payloadHash}`, sent: true },
    pendingAt,
  );
}

/** `listByOrder` and `listPending`: their order, their scope and `limit`. */
export function registerJournalLists(api: ContractTestApi, make: MakeActionJournal): void {
  const test = testsWith(api, make);

  test('listByOrder: the order’s entries on the channel, oldest first', async ({ journal }) => {
    // Written out of order, with offsets: 10:30+01:00 (09:30Z) is before 09:45Z.
    const late = keyOf({ hash: 1, action: 'accept' });
    const early = keyOf({ hash: 2, action: 'ship' });
    const middle = keyOf({ hash: 3, action: 'cancel' });
    await beginNew(journal, late, minutesAfter(45));
    await beginNew(journal, early, parisMinutesAfter(30));
    await beginNew(journal, middle, minutesAfter(40));
    // Neighbours: another order, another channel, another tenant.
    await beginNew(journal, keyOf({ hash: 4, orderId: 'o-2' }), minutesAfter(1));
    await beginNew(journal, keyOf({ hash: 5, channel: 'market' }), minutesAfter(2));
    await beginNew(journal, keyOf({ hash: 6, tenantId: 'tenant-b' }), minutesAfter(3));
    const listed = await journal.listByOrder('tenant-a', 'shop', 'o-1');
    checkEntries(
      listed,
      [
        beganEntry(early, requestFor(early), parisMinutesAfter(30)),
        beganEntry(middle, requestFor(middle), minutesAfter(40)),
        beganEntry(late, requestFor(late), minutesAfter(45)),
      ],
      'listByOrder (createdAt as instants)',
    );
    checkSame(await journal.listByOrder('tenant-a', 'shop', 'o-9'), [], 'unknown order');
    checkSame(await journal.listByOrder('tenant-a', 'other', 'o-1'), [], 'unknown channel');
  });

  test('listPending: only pending entries, least recently updated first', async ({ journal }) => {
    const orderKey = (n: number) => keyOf({ hash: n, orderId: `o-${String(n)}` });
    const [k1, k2, k3] = [orderKey(1), orderKey(2), orderKey(3)];
    const [k4, k5, k6] = [orderKey(4), orderKey(5), orderKey(6)];
    await beginPending(journal, k1, T0, minutesAfter(50));
    await beginPending(journal, k2, T0, parisMinutesAfter(20)); // 09:20Z, written 10:20+01:00
    await beginPending(journal, k3, T0, minutesAfter(30));
    await beginNew(journal, k4, T0); // sending
    await beginPending(journal, k5, T0, minutesAfter(10));
    await journal.record(k5, { state: 'done' }, minutesAfter(60)); // done
    await beginPending(journal, k6, T0, minutesAfter(15));
    await journal.record(k6, { state: 'failed', detail: 'refused' }, minutesAfter(61)); // failed
    // Touching a pending entry again makes it the most recently updated.
    await journal.record(k3, { state: 'pending', detail: 'still queued' }, minutesAfter(55));
    const all = await journal.listPending('tenant-a', 'shop', 100);
    checkSame(
      hashesOf(all),
      [k2, k1, k3].map((k) => k.payloadHash),
      'listPending',
    );
    checkEntry(
      all[2],
      {
        ...beganEntry(k3, requestFor(k3), T0),
        state: 'pending',
        handle: `H-${k3.payloadHash}`,
        detail: 'still queued',
        attempts: 1,
        updatedAt: minutesAfter(55),
      },
      'the pending entry of o-3',
    );
    checkSame(
      hashesOf(await journal.listPending('tenant-a', 'shop', 2)),
      [k2.payloadHash, k1.payloadHash],
      'listPending with limit 2',
    );
    checkSame(
      hashesOf(await journal.listPending('tenant-a', 'shop', 1)),
      [k2.payloadHash],
      'listPending with limit 1',
    );
    checkSame(await journal.listPending('tenant-a', 'shop', 0), [], 'listPending with limit 0');
  });

  test('listPending is scoped by tenant and channel', async ({ journal }) => {
    await beginPending(journal, keyOf({ hash: 1 }), T0, minutesAfter(1));
    await beginPending(journal, keyOf({ hash: 2, channel: 'market' }), T0, minutesAfter(2));
    await beginPending(journal, keyOf({ hash: 3, tenantId: 'tenant-b' }), T0, minutesAfter(3));
    const hashes = async (tenantId: string, channel: string) =>
      hashesOf(await journal.listPending(tenantId, channel, 100));
    checkSame(await hashes('tenant-a', 'shop'), [keyOf({ hash: 1 }).payloadHash], 'A on shop');
    checkSame(await hashes('tenant-a', 'market'), [keyOf({ hash: 2 }).payloadHash], 'A on market');
    checkSame(await hashes('tenant-b', 'shop'), [keyOf({ hash: 3 }).payloadHash], 'B on shop');
    checkSame(await hashes('tenant-b', 'market'), [], 'B on market');
    checkSame(await hashes('tenant-c', 'shop'), [], 'an unknown tenant');
  });
}

/** Tenants never see each other; what goes in and comes out are copies. */
export function registerJournalIsolation(api: ContractTestApi, make: MakeActionJournal): void {
  const test = testsWith(api, make);

  test('tenant A never sees tenant B through the journal', async ({ journal }) => {
    const a = keyOf();
    const b = keyOf({ tenantId: 'tenant-b' });
    const requestA = requestFor(a);
    const requestB = requestFor(b, { variant: 1 });
    await beginNew(journal, a, T0, requestA);
    // The same action of the same order in B is B's own.
    await beginNew(journal, b, minutesAfter(1), requestB);
    await journal.record(b, { state: 'pending', handle: 'H-B', sent: true }, minutesAfter(2));
    checkEntry(await journal.get(a), beganEntry(a, requestA, T0), "A's entry after B's record");
    checkEntry(
      (await journal.listByOrder('tenant-a', 'shop', 'o-1'))[0],
      beganEntry(a, requestA, T0),
      "listByOrder of A's order",
    );
    checkSame((await journal.listByOrder('tenant-b', 'shop', 'o-1')).length, 1, 'B listByOrder');
    checkSame(await journal.listPending('tenant-a', 'shop', 10), [], 'listPending of A');
    checkSame(await journal.get(keyOf({ tenantId: 'tenant-c' })), undefined, 'get of tenant C');
    const c = keyOf({ tenantId: 'tenant-c' });
    checkSame(await journal.record(c, { state: 'done' }, T0), undefined, 'record in tenant C');
  });

  test('entries read back are copies, and so is the request begun', async ({ journal }) => {
    const key = keyOf();
    const request = requestFor(key);
    const kept = structuredClone(request);
    await beginNew(journal, key, T0, request);
    await journal.record(key, { state: 'pending', handle: 'H-1', sent: true }, minutesAfter(1));
    const expected = await journal.get(key);
    const vandalise = (value: unknown) => {
      try {
        const e = value as { state?: string; attempts?: number; request?: { lines?: unknown[] } };
        e.state = 'done';
        e.attempts = 99;
        e.request?.lines?.push({ lineId: 'l-evil', quantity: 1 });
        if (e.request !== undefined) Object.assign(e.request, { orderId: 'o-evil' });
      } catch {
        // Frozen data refuses the change: fine too.
      }
    };
    vandalise(request);
    vandalise((await journal.begin(key, kept, minutesAfter(2))).entry);
    vandalise(await journal.get(key));
    vandalise((await journal.listByOrder('tenant-a', 'shop', 'o-1'))[0]);
    vandalise((await journal.listPending('tenant-a', 'shop', 10))[0]);
    vandalise(await journal.record(key, { state: 'pending' }, minutesAfter(3)));
    const after = await journal.get(key);
    checkSame(after?.request, kept, 'the request after changes');
    checkSame(after?.attempts, 1, 'attempts after changes');
    checkEntry(after, expected && { ...expected, updatedAt: minutesAfter(3) }, 'the entry');
  });
}
