import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fromLengowOrder } from '../../../src/channels/index.js';
import type { MarketplaceApi } from '../../../src/ports/index.js';
import { FakeLengow, makeOrders } from './_fakeLengow.js';
import { apiOn, context } from './_support.js';

const server = new FakeLengow();
beforeAll(() => server.start());
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
});

const refOf = (payload: unknown) =>
  (payload as { marketplace_order_id: string }).marketplace_order_id;

/** Reads pages until the feed is caught up; returns the refs read and the last cursor. */
async function readAll(api: MarketplaceApi, cursor?: string, maxPages = 100) {
  const refs: string[] = [];
  let next = cursor;
  for (let i = 0; i < maxPages; i++) {
    const page = await api.fetchOrders(next === undefined ? {} : { cursor: next }, context);
    if (!page.ok) expect.fail(JSON.stringify(page.error));
    refs.push(...page.value.payloads.map(refOf));
    next = page.value.nextCursor;
    if (!page.value.more) return { refs, cursor: next, pages: i + 1 };
  }
  return expect.fail('the feed never caught up');
}

function base64urlJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

describe('fetchOrders', () => {
  it('reads a feed of 250 orders across pages: each once, in order, resuming after a restart', async () => {
    server.orders = makeOrders(250);
    const expected = server.orders.map(refOf);
    const first = apiOn(server, { pageSize: 40, since: '2026-02-01T00:00:00Z' });
    const refs: string[] = [];
    let saved: string | undefined;
    for (let i = 0; i < 3; i++) {
      const page = await first.fetchOrders(saved === undefined ? {} : { cursor: saved }, context);
      if (!page.ok) expect.fail(JSON.stringify(page.error));
      expect(page.value.more).toBe(true);
      refs.push(...page.value.payloads.map(refOf));
      saved = page.value.nextCursor;
    }
    // A restart: a new connector instance (new token) resumes from the stored cursor.
    const second = apiOn(server, { pageSize: 40, since: '2026-02-01T00:00:00Z' });
    const rest = await readAll(second, saved);
    refs.push(...rest.refs);
    expect(rest.pages).toBe(4); // pages 4 to 7 of ⌈250 / 40⌉ = 7
    expect(refs).toEqual(expected);
    expect(new Set(refs).size).toBe(250);
    expect(server.tokensIssued).toBe(2);
    const queries = server.calls('/v3.0/orders/').map((r) => Object.fromEntries(r.query));
    expect(queries.map((q) => q['page'])).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(queries.every((q) => q['page_size'] === '40')).toBe(true);
    expect(queries.every((q) => q['updated_from'] === '2026-02-01T00:00:00.000Z')).toBe(true);
  });

  it('returns payloads that fromLengowOrder maps', async () => {
    server.orders = makeOrders(12);
    const { refs } = await readAll(apiOn(server, { pageSize: 5, since: '2026-02-01T00:00:00Z' }));
    expect(refs).toHaveLength(12);
    const page = await apiOn(server, { since: '2026-02-01T00:00:00Z' }).fetchOrders({}, context);
    if (!page.ok) expect.fail(JSON.stringify(page.error));
    for (const payload of page.value.payloads) {
      const mapped = fromLengowOrder(payload, { tenantId: 'shop-1' });
      if (!mapped.ok || mapped.value.kind !== 'order') expect.fail(JSON.stringify(mapped));
      expect(mapped.value.order.channelRef).toEqual({
        channel: 'lengow',
        channelOrderRef: refOf(payload),
        marketplace: 'amazon_fr',
      });
    }
  });

  it('starts 7 days before now without a cursor or since, and caps the page size with limit', async () => {
    const api = apiOn(server);
    const page = await api.fetchOrders({ limit: 25 }, context);
    expect(page).toMatchObject({ ok: true, value: { payloads: [], more: false } });
    const query = server.calls('/v3.0/orders/')[0]?.query;
    expect(query?.get('updated_from')).toBe('2026-03-03T12:00:00.000Z');
    expect(query?.get('page_size')).toBe('25');
    await api.fetchOrders({ limit: 1000 }, context);
    expect(server.calls('/v3.0/orders/')[1]?.query.get('page_size')).toBe('100');
  });

  it('opens the next window from the greatest updated_at seen; overlap is re-read, updates are read', async () => {
    server.orders = makeOrders(6); // updated 2026-03-01T00:00 to 00:05
    const api = apiOn(server, { pageSize: 4, since: '2026-02-01T00:00:00Z' });
    const firstWindow = await readAll(api);
    expect(firstWindow.refs).toEqual(server.orders.map(refOf));
    server.orders[2] = { ...server.orders[2], updated_at: '2026-03-01T10:00:00Z' };
    const secondWindow = await readAll(api, firstWindow.cursor);
    // From 00:05 (the greatest seen): the last order again (harmless), and the updated one.
    expect(server.calls('/v3.0/orders/').at(-1)?.query.get('updated_from')).toBe(
      '2026-03-01T00:05:00.000Z',
    );
    expect(secondWindow.refs).toEqual([refOf(server.orders[2]), refOf(server.orders[5])]);
  });

  it('never starts a window later than 5 minutes before the previous one opened', async () => {
    server.orders = makeOrders(3, Date.parse(context.now) - 60_000); // updated just before now
    const api = apiOn(server, { since: '2026-03-10T00:00:00Z' });
    const { cursor } = await readAll(api);
    await api.fetchOrders({ cursor }, context);
    expect(server.calls('/v3.0/orders/').at(-1)?.query.get('updated_from')).toBe(
      '2026-03-10T11:55:00.000Z',
    );
  });

  it('moves an empty window to 5 minutes before it opened, never backwards', async () => {
    const api = apiOn(server, { since: '2026-03-09T00:00:00Z' });
    const { cursor } = await readAll(api); // opened at now = 2026-03-10T12:00
    const next = await api.fetchOrders({ cursor }, { ...context, now: '2026-03-11T00:00:00Z' });
    expect(server.calls('/v3.0/orders/').at(-1)?.query.get('updated_from')).toBe(
      '2026-03-10T11:55:00.000Z',
    );
    // A window opened before its own start (a host clock behind) keeps its start.
    const late = apiOn(server, { since: '2026-03-12T00:00:00Z' });
    const behind = await readAll(late);
    await late.fetchOrders({ cursor: behind.cursor }, context);
    expect(server.calls('/v3.0/orders/').at(-1)?.query.get('updated_from')).toBe(
      '2026-03-12T00:00:00.000Z',
    );
    expect(next.ok).toBe(true);
  });

  it.each([
    ['not base64url', '**'],
    ['empty', ''],
    ['not JSON', Buffer.from('{oops').toString('base64url')],
    ['another shape', base64urlJson({ v: 1, from: 'yesterday', page: 1, size: 10 })],
    ['a page of 0', base64urlJson({ v: 1, from: '2026-03-01T00:00:00Z', page: 0, size: 10 })],
    ['__proto__', base64urlJson(JSON.parse('{"__proto__": {"v": 1}}'))],
  ])('a malformed cursor (%s) is rejected with a detail, without a call', async (_name, cursor) => {
    const result = await apiOn(server).fetchOrders({ cursor }, context);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'connector/rejected', target: 'lengow' },
    });
    if (!result.ok) expect(result.error.detail).toMatch(/^malformed cursor: /);
    expect(server.requests).toEqual([]);
  });

  it('is rejected when the call context has no readable now', async () => {
    const result = await apiOn(server).fetchOrders({}, { ...context, now: 'soon' });
    expect(result).toMatchObject({ ok: false, error: { code: 'connector/rejected' } });
  });
});
