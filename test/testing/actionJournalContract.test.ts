import { describe, expect, it } from 'vitest';
import { createMemoryActionJournal } from '../../src/adapters/memory/index.js';
import type {
  ActionJournal,
  ActionJournalEntry,
  ActionJournalKey,
  ChannelActionRequest,
} from '../../src/ports/index.js';
import { ChannelActionRequestSchema } from '../../src/ports/index.js';
import {
  actionKinds,
  keyOf,
  requestFor,
} from '../../src/testing/contracts/_internal/journalFixtures.js';
import { runActionJournalContract, type ContractTestApi } from '../../src/testing/index.js';

interface Collected {
  readonly name: string;
  readonly fn: () => Promise<void> | void;
}

/** The suite's tests with their full names, collected by a fake runner. */
function collect(make: () => ActionJournal, propertyRuns = 100): Collected[] {
  const tests: Collected[] = [];
  const path: string[] = [];
  const api: ContractTestApi = {
    describe(name, fn) {
      path.push(name);
      fn();
      path.pop();
    },
    it(name, fn) {
      tests.push({ name: [...path, name].join(' > '), fn });
    },
  };
  runActionJournalContract(() => ({ journal: make() }), api, { propertyRuns });
  return tests;
}

/** Runs collected tests; the names of those that threw, with their messages. */
async function failures(
  make: () => ActionJournal,
  propertyRuns?: number,
): Promise<Map<string, string>> {
  const failed = new Map<string, string>();
  for (const t of collect(make, propertyRuns)) {
    try {
      await t.fn();
    } catch (e) {
      failed.set(t.name, e instanceof Error ? e.message : String(e));
    }
  }
  return failed;
}

/** Classic bugs a hand-written journal may have; none of them for a correct one. */
interface Bugs {
  /** `begin` reads, yields, then writes: two concurrent begins both create. */
  readonly racyBegin?: boolean;
  /** `record` changes `done` and `failed` entries too. */
  readonly finalChanges?: boolean;
  /** `record` drops the `handle` and `detail` an update leaves out. */
  readonly dropsFields?: boolean;
  /** `listPending` forgets the tenant. */
  readonly pendingOfEveryTenant?: boolean;
  /** Lists sort instants as text. */
  readonly instantsAsText?: boolean;
  /** Hands out the stored objects themselves. */
  readonly noCopies?: boolean;
}

/** A journal written naively from the port's comments, with the bugs asked for. */
function naiveJournal(bugs: Bugs = {}): ActionJournal {
  const entries = new Map<string, ActionJournalEntry>();
  const id = (k: ActionJournalKey) =>
    JSON.stringify([k.tenantId, k.channel, k.orderId, k.action, k.payloadHash]);
  const out = (e: ActionJournalEntry) => (bugs.noCopies === true ? e : structuredClone(e));
  const time = (text: string) => (bugs.instantsAsText === true ? text : Date.parse(text));
  const by =
    (field: 'createdAt' | 'updatedAt') => (a: ActionJournalEntry, b: ActionJournalEntry) =>
      time(a[field]) < time(b[field]) ? -1 : time(a[field]) > time(b[field]) ? 1 : 0;
  const yieldOnce = () => new Promise((resolve) => setTimeout(resolve, 0));
  return {
    async begin(key, request: ChannelActionRequest, now) {
      const known = entries.get(id(key));
      if (bugs.racyBegin === true) await yieldOnce();
      if (known !== undefined) return { created: false, entry: out(known) };
      const { tenantId, channel, orderId, action, payloadHash } = key;
      const entry: ActionJournalEntry = {
        ...{ tenantId, channel, orderId, action, payloadHash },
        request: bugs.noCopies === true ? request : structuredClone(request),
        state: 'sending',
        attempts: 0,
        createdAt: now,
        updatedAt: now,
      };
      entries.set(id(key), entry);
      return { created: true, entry: out(entry) };
    },
    async record(key, update, now) {
      await Promise.resolve();
      const known = entries.get(id(key));
      if (known === undefined) return undefined;
      const final = known.state === 'done' || known.state === 'failed';
      if (final && bugs.finalChanges !== true) return out(known);
      const kept =
        bugs.dropsFields === true
          ? (Object.fromEntries(
              Object.entries(known).filter(([k]) => k !== 'handle' && k !== 'detail'),
            ) as unknown as ActionJournalEntry)
          : known;
      const entry: ActionJournalEntry = {
        ...kept,
        state: update.state,
        ...(update.handle === undefined ? {} : { handle: update.handle }),
        ...(update.detail === undefined ? {} : { detail: update.detail }),
        attempts: known.attempts + (update.sent === true ? 1 : 0),
        updatedAt: now,
      };
      entries.set(id(key), entry);
      return out(entry);
    },
    async get(key) {
      await Promise.resolve();
      const known = entries.get(id(key));
      return known === undefined ? undefined : out(known);
    },
    async listByOrder(tenantId, channel, orderId) {
      await Promise.resolve();
      return [...entries.values()]
        .filter((e) => e.tenantId === tenantId && e.channel === channel && e.orderId === orderId)
        .sort(by('createdAt'))
        .map(out);
    },
    async listPending(tenantId, channel, limit) {
      await Promise.resolve();
      return [...entries.values()]
        .filter((e) => bugs.pendingOfEveryTenant === true || e.tenantId === tenantId)
        .filter((e) => e.channel === channel && e.state === 'pending')
        .sort(by('updatedAt'))
        .slice(0, Math.max(0, limit))
        .map(out);
    },
  };
}

describe('the action journal contract', () => {
  it('uses valid requests for every action, with and without optional fields', () => {
    for (const action of actionKinds) {
      for (const full of [true, false]) {
        const request = requestFor(keyOf({ action }), { full });
        expect(ChannelActionRequestSchema.safeParse(request).success).toBe(true);
        expect(request.action).toBe(action);
      }
    }
    expect(keyOf().payloadHash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('registers named tests under describe blocks', () => {
    const tests = collect(() => createMemoryActionJournal());
    expect(tests.length).toBeGreaterThanOrEqual(15);
    expect(new Set(tests.map((t) => t.name)).size).toBe(tests.length);
  });

  it('passes on the memory journal and on a naive one written from the port', async () => {
    expect(await failures(() => createMemoryActionJournal())).toEqual(new Map());
    expect(await failures(() => naiveJournal())).toEqual(new Map());
  });

  const cases: readonly [string, Bugs, RegExp, RegExp][] = [
    ['begins racing', { racyBegin: true }, /exactly one is created/, /created: true|got 10/],
    ['final entries changing', { finalChanges: true }, /is final/, /on a (done|failed) entry/],
    ['absent fields dropped', { dropsFields: true }, /absent ones stay/, /step [23]\)/],
    ['tenants leaking', { pendingOfEveryTenant: true }, /scoped by tenant/, /B on shop|A on/],
    ['instants sorted as text', { instantsAsText: true }, /oldest first/, /as instants/],
    ['shared objects', { noCopies: true }, /copies/, /after changes/],
  ];
  for (const [what, bugs, test, message] of cases) {
    it(`fails on ${what}, saying what was expected`, async () => {
      // 1000 property runs, as the suite's default: enough for the model to meet each bug.
      const failed = await failures(() => naiveJournal(bugs), 1000);
      const named = [...failed].filter(([name]) => test.test(name));
      expect(named, [...failed.keys()].join('\n')).not.toEqual([]);
      expect(named.map(([, m]) => m).join('\n')).toMatch(message);
      // The model property finds most of these too.
      if (bugs.racyBegin !== true && bugs.noCopies !== true) {
        expect([...failed.keys()].some((n) => n.includes('agree with a model'))).toBe(true);
      }
    });
  }
});
