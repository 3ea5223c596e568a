import type { OrderState, OrderStatus } from '../../../order/index.js';
import type { OrderQuery, OrderStore } from '../../../ports/index.js';
import type { ContractTestApi, MakeOrderStore } from '../types.js';
import { check, checkSame, idsOf } from './assert.js';
import { holdStep, minutesAfter } from './fixtures.js';
import { capture, step, testsWith } from './harness.js';

const tenantId = 'tenant-a';

/**
 * Five orders covering every filter (capture instants written with offsets on purpose: a
 * store that compares instants as strings gets `capturedBefore` and `updatedBefore` wrong).
 *
 * | order | status   | channel | captured (UTC) | updated (UTC) | active hold     |
 * | o-01  | created  | shop    | 09:00          | 09:00         |                 |
 * | o-02  | accepted | market  | 09:10 (+01:00) | 09:15         |                 |
 * | o-03  | refused  | shop    | 09:20 (+05:30) | 09:25         |                 |
 * | o-04  | created  | market  | 09:30          | 09:40         | address_invalid |
 * | o-05  | created  | shop    | 09:50 (−03:00) | 10:00         | (manual, released) |
 */
async function seedFilters(store: OrderStore): Promise<void> {
  const o3 = await capture(store, { tenantId, orderId: 'o-03', at: '2025-03-01T14:50:00+05:30' });
  await step(store, o3, { type: 'refuse', at: minutesAfter(25), reasonCode: 'out_of_stock' });
  await capture(store, { tenantId, orderId: 'o-01' });
  const o5 = await capture(store, { tenantId, orderId: 'o-05', at: '2025-03-01T06:50:00-03:00' });
  const held = await step(store, o5, holdStep('manual', 'h-5', minutesAfter(55)));
  await step(store, held, { type: 'releaseHold', at: minutesAfter(60), holdId: 'h-5' });
  const o2 = await capture(store, {
    tenantId,
    orderId: 'o-02',
    channel: 'market',
    at: '2025-03-01T10:10:00+01:00',
  });
  await step(store, o2, { type: 'accept', at: minutesAfter(15) });
  const o4 = await capture(store, {
    tenantId,
    orderId: 'o-04',
    channel: 'market',
    at: minutesAfter(30),
  });
  await step(store, o4, holdStep('address_invalid', 'h-4', minutesAfter(40)));
}

/** Every page of a query, following `nextCursor`. */
async function walk(store: OrderStore, query: OrderQuery): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 1000; page++) {
    const result = await store.list(tenantId, cursor === undefined ? query : { ...query, cursor });
    ids.push(...idsOf(result.items));
    if (result.nextCursor === undefined) return ids;
    check(result.items.length > 0, 'a page with a nextCursor has items');
    cursor = result.nextCursor;
  }
  throw new Error('list: more than 1000 pages, nextCursor never ends');
}

/** Filters of `OrderQuery`, each alone and together. */
export function registerListFilters(api: ContractTestApi, make: MakeOrderStore): void {
  const test = testsWith(api, make);
  const cases: readonly [string, OrderQuery, string[]][] = [
    ['no filter: every order, by orderId', {}, ['o-01', 'o-02', 'o-03', 'o-04', 'o-05']],
    ['status (one)', { status: ['created'] }, ['o-01', 'o-04', 'o-05']],
    ['status (any of several)', { status: ['accepted', 'refused'] }, ['o-02', 'o-03']],
    ['status (none matching)', { status: ['closed'] satisfies OrderStatus[] }, []],
    ['holdReason (active holds only)', { holdReason: 'address_invalid' }, ['o-04']],
    ['holdReason of a released hold', { holdReason: 'manual' }, []],
    ['channel', { channel: 'market' }, ['o-02', 'o-04']],
    [
      'capturedBefore (strictly, as instants)',
      { capturedBefore: '2025-03-01T10:20:00+01:00' },
      ['o-01', 'o-02'],
    ],
    ['capturedBefore an exact capture instant', { capturedBefore: minutesAfter(10) }, ['o-01']],
    [
      'updatedBefore (strictly, as instants)',
      { updatedBefore: '2025-03-01T04:40:00-05:00' },
      ['o-01', 'o-02', 'o-03'],
    ],
    ['updatedBefore an exact update instant', { updatedBefore: minutesAfter(15) }, ['o-01']],
    ['filters together (AND)', { status: ['created'], channel: 'shop' }, ['o-01', 'o-05']],
    [
      'filters together, none matching all',
      { status: ['refused'], channel: 'market', capturedBefore: minutesAfter(60) },
      [],
    ],
  ];
  for (const [name, query, expected] of cases) {
    test(`list filter: ${name}`, async ({ store }) => {
      await seedFilters(store);
      checkSame(idsOf((await store.list(tenantId, query)).items), expected, `list ${name}`);
      checkSame(await walk(store, { ...query, limit: 1 }), expected, `${name}, one per page`);
    });
  }
}

/** Paging: limits, cursors, and stability while orders change between pages. */
export function registerPagination(api: ContractTestApi, make: MakeOrderStore): void {
  const test = testsWith(api, make);

  test('list pages hold 100 orders by default', async ({ store }) => {
    for (let i = 0; i < 101; i++) {
      await capture(store, { tenantId, orderId: `o-${String(i).padStart(3, '0')}` });
    }
    const first = await store.list(tenantId);
    checkSame(first.items.length, 100, 'first page size');
    check(first.nextCursor !== undefined, 'the first page has a nextCursor');
    const second = await store.list(tenantId, { cursor: first.nextCursor });
    checkSame(idsOf(second.items), ['o-100'], 'second page');
    checkSame(second.nextCursor, undefined, 'the last page has no nextCursor');
  });

  test('walking pages gives every order once, in orderId order', async ({ store }) => {
    const ids = ['o-7', 'o-3', 'o-5', 'o-1', 'o-6', 'o-2', 'o-4'];
    for (const orderId of ids) await capture(store, { tenantId, orderId });
    for (const limit of [1, 2, 3, 7, 8]) {
      checkSame(await walk(store, { limit }), [...ids].sort(), `walk with limit ${limit}`);
    }
    const exact = await store.list(tenantId, { limit: 7 });
    checkSame(exact.nextCursor, undefined, 'a page that ends the list has no nextCursor');
  });

  for (const query of [{}, { status: ['created', 'accepted'] }] as const) {
    const filtered = 'status' in query;
    const label = filtered ? 'a status filter' : 'no filter';
    test(`pages stay stable while orders are added and changed (${label})`, async ({ store }) => {
      const originals = ['o-10', 'o-20', 'o-30', 'o-40', 'o-50', 'o-60', 'o-70', 'o-80'];
      const states = new Map<string, OrderState>();
      for (const orderId of originals) {
        states.set(orderId, await capture(store, { tenantId, orderId }));
      }
      const seen: string[] = [];
      let cursor: string | undefined;
      let round = 0;
      do {
        const paging = cursor === undefined ? { limit: 3 } : { limit: 3, cursor };
        const page = await store.list(tenantId, { ...query, ...paging });
        seen.push(...idsOf(page.items));
        cursor = page.nextCursor;
        round += 1;
        // Between pages: orders appear before and after the cursor, every original order
        // changes (a new event), and o-80 is refused in the first round (it leaves the filter).
        await capture(store, { tenantId, orderId: `o-${round}5` });
        await capture(store, { tenantId, orderId: `o-0${round}` });
        for (const [orderId, state] of states) {
          const at = minutesAfter(round * 10);
          const next =
            orderId === 'o-80' && round === 1
              ? await step(store, state, { type: 'refuse', at, reasonCode: 'other' })
              : await step(store, state, { type: 'addNote', at, text: `round ${round}` });
          states.set(orderId, next);
        }
      } while (cursor !== undefined && round < 100);
      const duplicates = seen.filter((id, i) => seen.indexOf(id) !== i);
      checkSame(duplicates, [], 'orders listed twice');
      // Orders that matched for the whole walk: all of them, or all but o-80 when filtered.
      const matchedThroughout = filtered ? originals.filter((id) => id !== 'o-80') : originals;
      checkSame(
        matchedThroughout.filter((id) => !seen.includes(id)),
        [],
        'orders that matched for the whole walk but were never listed',
      );
      check(
        seen.every((id, i) => i === 0 || (seen[i - 1] as string) < id),
        `orders listed out of orderId order: ${seen.join(', ')}`,
      );
    });
  }
}
