import type { ActionJournalEntry, ActionJournalUpdate } from '../../../ports/index.js';
import type { ContractTestApi, MakeActionJournal } from '../types.js';
import { check, checkSame, show } from './assert.js';
import { minutesAfter, T0 } from './fixtures.js';
import { testsWith } from './harness.js';
import {
  actionKinds,
  beganEntry,
  beginNew,
  checkEntry,
  keyOf,
  parisMinutesAfter,
  requestFor,
} from './journalFixtures.js';

/** `begin` records once per key, atomically; `get` reads an entry back. */
export function registerJournalBegin(api: ContractTestApi, make: MakeActionJournal): void {
  const test = testsWith(api, make);

  test('begin records a sending entry with 0 attempts; get reads it', async ({ journal }) => {
    const key = keyOf();
    const request = requestFor(key);
    const entry = await beginNew(journal, key, T0, request);
    checkEntry(entry, beganEntry(key, request, T0), 'the entry begin returns');
    checkEntry(await journal.get(key), beganEntry(key, request, T0), 'get after begin');
  });

  test('begin with a known key returns the entry as it is: the key decides', async ({
    journal,
  }) => {
    const key = keyOf();
    const request = requestFor(key);
    await beginNew(journal, key, T0, request);
    await journal.record(key, { state: 'pending', handle: 'H-1', sent: true }, minutesAfter(1));
    const stored = await journal.get(key);
    const other = requestFor(key, { variant: 1, full: false });
    const again = await journal.begin(key, other, minutesAfter(2));
    checkSame(again.created, false, 'created of the second begin');
    checkEntry(again.entry, stored, 'the entry the second begin returns');
    checkEntry(await journal.get(key), stored, 'get after the second begin');
    checkSame((await journal.get(key))?.request, request, 'the request kept (the first one)');
  });

  test('ten concurrent begins with one key: exactly one is created', async ({ journal }) => {
    const key = keyOf();
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        journal.begin(key, requestFor(key, { variant: i }), minutesAfter(i)),
      ),
    );
    const created = results.filter((r) => r.created);
    checkSame(created.length, 1, 'begins that answered created: true');
    const winner = created[0]?.entry;
    for (const r of results) checkEntry(r.entry, winner, 'the entry every begin returns');
    checkEntry(await journal.get(key), winner, 'get after the concurrent begins');
  });

  test('keys that differ in one part are distinct entries', async ({ journal }) => {
    const variants = [
      keyOf(),
      keyOf({ tenantId: 'tenant-b' }),
      keyOf({ channel: 'market' }),
      keyOf({ orderId: 'o-2' }),
      keyOf({ action: 'cancel' }),
      keyOf({ hash: 2 }),
    ];
    for (const [i, key] of variants.entries()) {
      await beginNew(journal, key, minutesAfter(i));
    }
    for (const [i, key] of variants.entries()) {
      checkEntry(
        await journal.get(key),
        beganEntry(key, requestFor(key), minutesAfter(i)),
        `get ${show(key)}`,
      );
    }
    checkSame(await journal.get(keyOf({ hash: 3 })), undefined, 'get of an unknown hash');
  });

  test('requests round-trip exactly, with and without optional fields', async ({ journal }) => {
    let n = 0;
    for (const action of actionKinds) {
      for (const full of [true, false]) {
        n += 1;
        const key = keyOf({ action, hash: n });
        const request = requestFor(key, { full });
        const entry = await beginNew(journal, key, parisMinutesAfter(n), request);
        checkSame(
          entry.request,
          request,
          `request of ${action} (full: ${String(full)}) from begin`,
        );
        const read = await journal.get(key);
        checkSame(read?.request, request, `request of ${action} (full: ${String(full)}) from get`);
        check(
          read !== undefined && Date.parse(read.createdAt) === Date.parse(parisMinutesAfter(n)),
          `createdAt of ${action}: expected the instant ${parisMinutesAfter(n)}, got ${show(read?.createdAt)}`,
        );
      }
    }
  });
}

/** `record` moves `sending` and `pending` entries; `done` and `failed` are final. */
export function registerJournalRecord(api: ContractTestApi, make: MakeActionJournal): void {
  const test = testsWith(api, make);

  test('sending → pending with a handle → done; sent counts attempts', async ({ journal }) => {
    const key = keyOf();
    const began = await beginNew(journal, key, T0);
    const t1 = minutesAfter(1);
    const pending = await journal.record(key, { state: 'pending', handle: 'H-1', sent: true }, t1);
    const expectPending: ActionJournalEntry = {
      ...began,
      state: 'pending',
      handle: 'H-1',
      attempts: 1,
      updatedAt: t1,
    };
    checkEntry(pending, expectPending, 'record pending');
    checkEntry(await journal.get(key), expectPending, 'get after record pending');
    const t2 = minutesAfter(2);
    const done = await journal.record(key, { state: 'done', detail: 'ticket 42' }, t2);
    const expectDone: ActionJournalEntry = {
      ...expectPending,
      state: 'done',
      detail: 'ticket 42',
      updatedAt: t2,
    };
    checkEntry(done, expectDone, 'record done (handle kept, not sent)');
    checkEntry(await journal.get(key), expectDone, 'get after done');
  });

  test('sent: true adds one attempt; given fields replace, absent ones stay', async ({
    journal,
  }) => {
    const key = keyOf();
    const began = await beginNew(journal, key, T0);
    // Each update, and what the entry holds after it.
    const steps: readonly (readonly [ActionJournalUpdate, Partial<ActionJournalEntry>])[] = [
      [
        { state: 'sending', sent: true, detail: 'timeout' },
        { state: 'sending', detail: 'timeout', attempts: 1 },
      ],
      [
        { state: 'pending', sent: true, handle: 'H-1' },
        { state: 'pending', handle: 'H-1', detail: 'timeout', attempts: 2 },
      ],
      [
        { state: 'sending', sent: true },
        { state: 'sending', handle: 'H-1', detail: 'timeout', attempts: 3 },
      ],
      [
        { state: 'pending', handle: 'H-2', detail: 'queued' },
        { state: 'pending', handle: 'H-2', detail: 'queued', attempts: 3 },
      ],
    ];
    for (const [i, [update, fields]] of steps.entries()) {
      const now = minutesAfter(i + 1);
      const expected: ActionJournalEntry = { ...began, ...fields, updatedAt: now };
      const what = `record ${show(update)} (step ${String(i + 1)})`;
      checkEntry(await journal.record(key, update, now), expected, what);
      checkEntry(await journal.get(key), expected, `get after ${what}`);
    }
  });

  test('ten concurrent sends of one entry count ten attempts', async ({ journal }) => {
    const key = keyOf();
    await beginNew(journal, key, T0);
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        journal.record(key, { state: 'sending', sent: true }, minutesAfter(i + 1)),
      ),
    );
    checkSame((await journal.get(key))?.attempts, 10, 'attempts');
  });

  for (const final of ['done', 'failed'] as const) {
    test(`a ${final} entry is final: later records change nothing`, async ({ journal }) => {
      const key = keyOf();
      await beginNew(journal, key, T0);
      const detail = final === 'failed' ? { detail: 'wrong tracking number' } : {};
      const settled = await journal.record(key, { state: final, sent: true, ...detail }, T0);
      check(settled !== undefined, `record ${final}: expected the entry, got undefined`);
      checkSame(settled.state, final, `state after record ${final}`);
      const later = [
        { state: 'pending', handle: 'H-9', sent: true },
        { state: 'sending', sent: true, detail: 'retry' },
        { state: final === 'done' ? 'failed' : 'done', detail: 'late news' },
      ] as const;
      for (const [i, update] of later.entries()) {
        const answer = await journal.record(key, update, minutesAfter(i + 1));
        checkEntry(answer, settled, `record ${show(update)} on a ${final} entry`);
      }
      checkEntry(await journal.get(key), settled, `get of the ${final} entry`);
    });
  }

  test('record and get of an unknown key answer undefined and create nothing', async ({
    journal,
  }) => {
    const key = keyOf();
    await beginNew(journal, key, T0);
    const unknown = keyOf({ hash: 2 });
    const answer = await journal.record(unknown, { state: 'pending', handle: 'H', sent: true }, T0);
    checkSame(answer, undefined, 'record on an unknown key');
    checkSame(await journal.get(unknown), undefined, 'get of the unknown key');
    const listed = await journal.listByOrder('tenant-a', 'shop', 'o-1');
    checkSame(
      listed.map((e) => e.payloadHash),
      [key.payloadHash],
      'listByOrder after a record on an unknown key',
    );
    checkSame(await journal.listPending('tenant-a', 'shop', 10), [], 'listPending');
  });
}
