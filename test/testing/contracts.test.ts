import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../../src/adapters/memory/index.js';
import { ok, parseOrderEvent, validateOrder, type Result } from '../../src/index.js';
import type {
  OrderPage,
  OrderRecord,
  OrderStore,
  Outbox,
  AppendReceipt,
  OutboxClaim,
} from '../../src/ports/index.js';
import {
  buildOrder,
  captureBatch,
  holdStep,
  messageDraft,
  stepBatch,
} from '../../src/testing/contracts/_internal/fixtures.js';
import { EffectSchema } from '../../src/ports/index.js';
import {
  runOrderStoreContract,
  runOutboxContract,
  type ContractTestApi,
  type StorageUnderTest,
} from '../../src/testing/index.js';

interface Collected {
  readonly name: string;
  readonly fn: () => Promise<void> | void;
}

/** A fake test runner: collects the suite's tests with their full names. */
function collect(register: (api: ContractTestApi) => void): Collected[] {
  const tests: Collected[] = [];
  const path: string[] = [];
  register({
    describe(name, fn) {
      path.push(name);
      fn();
      path.pop();
    },
    it(name, fn) {
      tests.push({ name: [...path, name].join(' > '), fn });
    },
  });
  return tests;
}

/** Runs collected tests; the names of those that threw, with their messages. */
async function failures(tests: readonly Collected[]): Promise<Map<string, string>> {
  const failed = new Map<string, string>();
  for (const t of tests) {
    try {
      await t.fn();
    } catch (e) {
      failed.set(t.name, e instanceof Error ? e.message : String(e));
    }
  }
  return failed;
}

type Breakage = (storage: StorageUnderTest) => StorageUnderTest;

const both = (make: () => StorageUnderTest) => [
  ...collect((api) => {
    runOrderStoreContract(make, api);
  }),
  ...collect((api) => {
    runOutboxContract(make, api);
  }),
];

async function failuresWith(breakage: Breakage): Promise<string[]> {
  return [...(await failures(both(() => breakage(createMemoryStorage())))).keys()];
}

// --- Broken stores, each with one classic bug --------------------------------------------

/** Swallows conflicts: a refused append answers ok (last writer "wins" silently). */
const ignoresVersions: Breakage = ({ store, outbox }) => ({
  outbox,
  store: {
    ...store,
    async append(batch) {
      const result = await store.append(batch);
      return result.ok
        ? result
        : ok({ version: batch.expectedVersion + batch.events.length, messageIds: [] });
    },
  },
});

/** Forgets `WHERE tenant_id = …` on reads by id: the first tenant to use an id owns it. */
const leaksTenants: Breakage = ({ store, outbox }) => {
  const owner = new Map<string, string>();
  const read = (tenantId: string, orderId: string) => owner.get(orderId) ?? tenantId;
  return {
    outbox,
    store: {
      ...store,
      load: (tenantId, orderId) => store.load(read(tenantId, orderId), orderId),
      loadEvents: (tenantId, orderId, from) =>
        store.loadEvents(read(tenantId, orderId), orderId, from),
      async append(batch) {
        const result = await store.append(batch);
        if (result.ok && !owner.has(batch.orderId)) owner.set(batch.orderId, batch.tenantId);
        return result;
      },
    },
  };
};

/** Pages by offset instead of keyset: orders added before the cursor shift the pages. */
const pagesByOffset: Breakage = ({ store, outbox }) => {
  const all = async (tenantId: string, query: Parameters<OrderStore['list']>[1]) => {
    const items: OrderRecord[] = [];
    let cursor: string | undefined;
    do {
      const page: OrderPage = await store.list(tenantId, {
        ...query,
        limit: 1000,
        ...(cursor === undefined ? {} : { cursor }),
      });
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    return items;
  };
  return {
    outbox,
    store: {
      ...store,
      async list(tenantId, query = {}) {
        const { cursor, limit = 100, ...filters } = query;
        const items = await all(tenantId, filters);
        const from = cursor === undefined ? 0 : Number(cursor);
        const page = items.slice(from, from + limit);
        return from + limit < items.length
          ? { items: page, nextCursor: String(from + limit) }
          : { items: page };
      },
    },
  };
};

/** Compares instants as strings: `+01:00` and `Z` instants get mixed up. */
const comparesInstantsAsText: Breakage = ({ store, outbox }) => ({
  outbox,
  store: {
    ...store,
    async list(tenantId, query = {}) {
      const { capturedBefore, updatedBefore, ...rest } = query;
      const page = await store.list(tenantId, rest);
      const items = page.items.filter(
        (r) =>
          (capturedBefore === undefined || r.capturedAt < capturedBefore) &&
          (updatedBefore === undefined || r.updatedAt < updatedBefore),
      );
      return page.nextCursor === undefined ? { items } : { items, nextCursor: page.nextCursor };
    },
  },
});

/** Hands out claimed messages again while their lease lives. */
const claimsTwice: Breakage = ({ store, outbox }) => {
  let last: readonly OutboxClaim[] = [];
  const broken: Outbox = {
    ...outbox,
    async claimDue(request) {
      const fresh = await outbox.claimDue(request);
      const again = last.map((c) => ({ ...c, leaseId: request.leaseId }));
      last = fresh;
      return [...again, ...fresh].slice(0, request.limit);
    },
  };
  return { store, outbox: broken };
};

/** Lets anyone complete or fail: the lease is never checked. */
const ignoresLeases: Breakage = ({ store, outbox }) => {
  const accept = async <T>(attempt: Promise<Result<T, { code: string }>>, claim: OutboxClaim) => {
    const result = await attempt;
    return result.ok ? result : ok(claim.message as T);
  };
  return {
    store,
    outbox: {
      ...outbox,
      complete: (claim, at) => accept(outbox.complete(claim, at), claim),
      fail: (claim, failure) => accept(outbox.fail(claim, failure), claim),
    },
  };
};

/** Writes `appendMany` batch by batch, stopping at the first refusal: not all or nothing. */
const appendsManyOneByOne: Breakage = ({ store, outbox }) => ({
  outbox,
  store: {
    ...store,
    async appendMany(batches) {
      const receipts: AppendReceipt[] = [];
      for (const batch of batches) {
        const result = await store.append(batch);
        if (!result.ok) return result;
        receipts.push(result.value);
      }
      return ok(receipts);
    },
  },
});

describe('the contract suites', () => {
  it('build valid orders, real events and valid effects', () => {
    const spec = { tenantId: 't', orderId: 'o-1', at: '2025-03-01T10:10:00+01:00' };
    expect(validateOrder(buildOrder(spec))).toMatchObject({ ok: true });
    const captured = captureBatch(spec);
    const held = stepBatch(captured.state, holdStep('manual', 'h-1', '2025-03-01T09:20:00Z'));
    for (const event of [...captured.events, ...held.events]) {
      expect(parseOrderEvent(event)).toEqual({ ok: true, value: event });
    }
    expect(held.state.holds.map((h) => h.reasonCode)).toEqual(['manual']);
    const draft = messageDraft(held.state, { messageId: 'm-1' });
    expect(EffectSchema.safeParse(draft.effect).success).toBe(true);
    expect(draft.key).toBe('o-1:buyer.notify:buyer:2');
  });

  it('register named tests under describe blocks', () => {
    const tests = both(() => createMemoryStorage());
    expect(tests.length).toBeGreaterThanOrEqual(40);
    expect(new Set(tests.map((t) => t.name)).size).toBe(tests.length);
  });

  it('pass on the memory storage, run through a fake runner', async () => {
    expect(await failures(both(() => createMemoryStorage()))).toEqual(new Map());
  });

  it('call dispose after every test, passed or failed', async () => {
    let made = 0;
    let disposed = 0;
    const tests = both(() => {
      made += 1;
      return { ...ignoresVersions(createMemoryStorage()), dispose: () => void (disposed += 1) };
    });
    await failures(tests);
    expect([made, disposed]).toEqual([tests.length, tests.length]);
  });

  const cases: readonly [string, Breakage, RegExp][] = [
    ['a store that ignores expectedVersion', ignoresVersions, /conflict|exactly one wins/],
    ['a store that leaks across tenants', leaksTenants, /same orderId|unknown tenant/],
    ['a store that compares instants as text', comparesInstantsAsText, /as instants/],
    ['a store that pages by offset', pagesByOffset, /pages stay stable/],
    ['a store whose appendMany is not atomic', appendsManyOneByOne, /appendMany write nothing/],
    ['an outbox that claims a leased message again', claimsTwice, /never share|live lease/],
    ['an outbox that never checks leases', ignoresLeases, /lease|once|holder/],
  ];
  for (const [what, breakage, expected] of cases) {
    it(`fail on ${what}`, async () => {
      const failed = await failuresWith(breakage);
      expect(failed.length).toBeGreaterThan(0);
      expect(failed.filter((name) => expected.test(name))).not.toEqual([]);
    });
  }

  it('fail with a message that says what was expected', async () => {
    const failed = await failures(both(() => ignoresVersions(createMemoryStorage())));
    const message = failed.get(
      'OrderStore contract > conflicts > a stale expectedVersion is a version_conflict and writes nothing',
    );
    expect(message).toMatch(/expected store\/version_conflict, got ok/);
  });
});
