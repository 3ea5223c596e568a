import { describe, expect, it } from 'vitest';
import {
  createMemoryActionJournal,
  createMemoryStorage,
} from '../../../src/adapters/memory/index.js';
import type { ActionJournalUpdate } from '../../../src/ports/index.js';
import { keyOf, requestFor } from '../../../src/testing/contracts/_internal/journalFixtures.js';

const key = keyOf();
const T0 = '2025-03-01T09:00:00Z';

describe('createMemoryActionJournal', () => {
  it('keeps instants as written and breaks ties by action, then payload hash', async () => {
    const journal = createMemoryActionJournal();
    const keys = [
      keyOf({ action: 'ship', hash: 2 }),
      keyOf({ action: 'ship', hash: 1 }),
      keyOf({ action: 'accept', hash: 9 }),
    ];
    for (const k of keys) await journal.begin(k, requestFor(k), '2025-03-01T10:00:00+01:00');
    const listed = await journal.listByOrder('tenant-a', 'shop', 'o-1');
    expect(listed.map((e) => `${e.action}:${e.payloadHash.slice(-1)}`)).toEqual([
      'accept:9',
      'ship:1',
      'ship:2',
    ]);
    expect(listed[0]?.createdAt).toBe('2025-03-01T10:00:00+01:00');
  });

  it('reads limit as claimDue does: whole numbers, nothing for NaN, everything for Infinity', async () => {
    const journal = createMemoryActionJournal();
    for (const hash of [1, 2, 3]) {
      const k = keyOf({ hash });
      await journal.begin(k, requestFor(k), T0);
      await journal.record(k, { state: 'pending', handle: `H-${String(hash)}` }, T0);
    }
    const count = async (limit: number) =>
      (await journal.listPending('tenant-a', 'shop', limit)).length;
    expect(await count(2.7)).toBe(2);
    expect(await count(Number.NaN)).toBe(0);
    expect(await count(-1)).toBe(0);
    expect(await count(Number.POSITIVE_INFINITY)).toBe(3);
  });

  it('rejects an unreadable instant or an unknown state with a RangeError', async () => {
    const journal = createMemoryActionJournal();
    await expect(journal.begin(key, requestFor(key), 'yesterday')).rejects.toThrow(RangeError);
    await journal.begin(key, requestFor(key), T0);
    await expect(journal.record(key, { state: 'done' }, 'soon')).rejects.toThrow(RangeError);
    const wrong = { state: 'lost' } as unknown as ActionJournalUpdate;
    await expect(journal.record(key, wrong, T0)).rejects.toThrow(/not an action journal state/);
    expect((await journal.get(key))?.state).toBe('sending');
  });

  it('is the journal of createMemoryStorage, one per storage', async () => {
    const a = createMemoryStorage();
    const b = createMemoryStorage();
    await a.journal.begin(key, requestFor(key), T0);
    expect((await a.journal.get(key))?.state).toBe('sending');
    expect(await b.journal.get(key)).toBeUndefined();
  });
});
