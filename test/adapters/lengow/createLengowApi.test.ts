import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLengowApi, lengowMessages } from '../../../src/adapters/lengow/index.js';
import type { FetchLike } from '../../../src/adapters/lengow/index.js';
import { isOrdokitError } from '../../../src/result/index.js';
import { credentials, FakeLengow, makeOrders } from './_fakeLengow.js';
import { apiOn, context, later, now } from './_support.js';

const server = new FakeLengow();
beforeAll(() => server.start());
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  server.orders = makeOrders(5);
});

function failureOf(result: { ok: true; value: unknown } | { ok: false; error: unknown }) {
  if (result.ok) expect.fail('expected a failure');
  return result.error;
}

describe('createLengowApi: session token', () => {
  it('gets a token lazily with the API keys, sends it raw in Authorization, and reuses it', async () => {
    const api = apiOn(server);
    expect(server.requests).toEqual([]);
    expect((await api.fetchOrders({}, context)).ok).toBe(true);
    expect((await api.fetchOrders({}, context)).ok).toBe(true);
    const [token, ...rest] = server.requests;
    expect(token?.path).toBe('/access/get_token');
    expect(token?.method).toBe('POST');
    expect(token?.contentType).toBe('application/x-www-form-urlencoded');
    expect(new URLSearchParams(token?.body).get('access_token')).toBe('ak-test');
    expect(new URLSearchParams(token?.body).get('secret')).toBe('sk-test');
    expect(rest.map((r) => r.authorization)).toEqual(['token-1', 'token-1']);
    expect(rest.every((r) => r.query.get('account_id') === '1234')).toBe(true);
    expect(server.tokensIssued).toBe(1);
  });

  it('shares one token request between concurrent calls', async () => {
    const api = apiOn(server);
    const results = await Promise.all([1, 2, 3].map(() => api.fetchOrders({}, context)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(server.tokensIssued).toBe(1);
  });

  it('renews the token once on a 401 (expired on the server) and retries the call once', async () => {
    const api = apiOn(server);
    await api.fetchOrders({}, context);
    server.expireTokens();
    const result = await api.fetchOrders({}, context);
    expect(result.ok).toBe(true);
    expect(server.tokensIssued).toBe(2);
    const orderCalls = server.calls('/v3.0/orders/').map((r) => r.authorization);
    expect(orderCalls).toEqual(['token-1', 'token-1', 'token-2']);
  });

  it('renews the token before its hour ends, from the call context clock', async () => {
    const api = apiOn(server);
    await api.fetchOrders({}, context);
    await api.fetchOrders({}, { ...context, now: later(3000) });
    expect(server.tokensIssued).toBe(1);
    await api.fetchOrders({}, { ...context, now: later(3560) });
    expect(server.tokensIssued).toBe(2);
  });

  // Credentials are the seller's to fix: unavailable (retried later), never a rejection that
  // would fail a journaled action for good.
  it('is unavailable when a fresh token is refused too (401 twice)', async () => {
    const api = apiOn(server);
    server.fail([{ kind: '401' }, { kind: '401' }], 'api');
    const error = failureOf(await api.fetchOrders({}, context));
    expect(error).toMatchObject({ code: 'connector/unavailable', target: 'lengow' });
    expect(server.tokensIssued).toBe(2);
  });

  it('is unavailable, with Lengow words, when the API keys are wrong', async () => {
    const api = apiOn(server, { secret: 'wrong' });
    const error = failureOf(await api.fetchOrders({}, context));
    expect(error).toEqual({
      code: 'connector/unavailable',
      target: 'lengow',
      detail: 'token refused (400): Invalid access_token or secret',
    });
  });

  it('is unavailable when the token call fails on the server side, and tries again next call', async () => {
    const api = apiOn(server);
    server.fail([{ kind: '503' }], 'token');
    expect(failureOf(await api.fetchOrders({}, context))).toMatchObject({
      code: 'connector/unavailable',
      detail: '503: Scheduled 503',
    });
    expect((await api.fetchOrders({}, context)).ok).toBe(true);
  });

  it('is unavailable with retryAfter when the token call is rate limited', async () => {
    const api = apiOn(server);
    server.fail([{ kind: '429', retryAfter: '12' }], 'token');
    expect(failureOf(await api.fetchOrders({}, context))).toMatchObject({
      code: 'connector/unavailable',
      retryAfter: later(12),
    });
  });
});

describe('createLengowApi: remote failures become values', () => {
  it('429 → unavailable with retryAfter = now + Retry-After seconds', async () => {
    const api = apiOn(server);
    server.fail([{ kind: '429', retryAfter: '42' }], 'api');
    expect(failureOf(await api.fetchOrders({}, context))).toEqual({
      code: 'connector/unavailable',
      target: 'lengow',
      detail: '429: Request limitation: 500 reached on /v3.0/orders',
      retryAfter: '2026-03-10T12:00:42.000Z',
    });
  });

  it('429 with an HTTP date → retryAfter is that date; unreadable → no retryAfter', async () => {
    const api = apiOn(server);
    server.fail([{ kind: '429', retryAfter: 'Tue, 10 Mar 2026 12:05:00 GMT' }], 'api');
    expect(failureOf(await api.fetchOrders({}, context))).toMatchObject({
      retryAfter: '2026-03-10T12:05:00.000Z',
    });
    server.fail([{ kind: '429', retryAfter: 'soon' }], 'api');
    const error = failureOf(await api.fetchOrders({}, context));
    expect(error).toMatchObject({ code: 'connector/unavailable' });
    expect(error).not.toHaveProperty('retryAfter');
  });

  it.each([
    ['500', 'connector/unavailable'],
    ['503', 'connector/unavailable'],
    ['540', 'connector/unavailable'],
    ['530', 'connector/rejected'],
    ['404', 'connector/rejected'],
  ] as const)('%s → %s with Lengow words', async (kind, code) => {
    const api = apiOn(server);
    server.fail([{ kind }], 'api');
    expect(failureOf(await api.fetchOrders({}, context))).toEqual({
      code,
      target: 'lengow',
      detail: `${kind}: Scheduled ${kind}`,
    });
  });

  it('a 2xx that is not Lengow JSON (a proxy page) → unavailable with the start of the body', async () => {
    const api = apiOn(server);
    server.fail([{ kind: 'html' }, { kind: 'badJson' }], 'api');
    expect(failureOf(await api.fetchOrders({}, context))).toMatchObject({
      code: 'connector/unavailable',
      detail: expect.stringContaining('<html><body>Proxy login') as unknown,
    });
    expect(failureOf(await api.fetchOrders({}, context))).toMatchObject({
      code: 'connector/unavailable',
    });
  });

  it('a dropped connection → unavailable', async () => {
    const api = apiOn(server);
    server.fail([{ kind: 'reset' }], 'api');
    expect(failureOf(await api.fetchOrders({}, context))).toMatchObject({
      code: 'connector/unavailable',
    });
  });

  it('no answer within timeoutMs → timeout', async () => {
    const api = apiOn(server, { timeoutMs: 150 });
    server.fail([{ kind: 'hang' }], 'api');
    expect(failureOf(await api.fetchOrders({}, context))).toMatchObject({
      code: 'connector/timeout',
      target: 'lengow',
    });
  });

  it('an AbortError or a TimeoutError thrown by fetch → timeout; anything else → unavailable', async () => {
    const throwing =
      (error: unknown): FetchLike =>
      () =>
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- fetch may reject with anything
        Promise.reject(error);
    const make = (error: unknown) =>
      createLengowApi({ ...credentials, fetch: throwing(error), baseUrl: server.url });
    for (const name of ['AbortError', 'TimeoutError']) {
      const error = failureOf(await make(new DOMException('stop', name)).fetchOrders({}, context));
      expect(error).toMatchObject({ code: 'connector/timeout' });
    }
    for (const thrown of [new TypeError('fetch failed'), 'a string', null, { name: 42 }]) {
      const error = failureOf(await make(thrown).fetchOrders({}, context));
      expect(error).toMatchObject({ code: 'connector/unavailable' });
    }
  });

  it('a fetch that answers something that is not a response → unavailable', async () => {
    const odd = (() =>
      Promise.resolve({ status: '200', headers: {}, text: () => 'x' })) as unknown as FetchLike;
    const api = createLengowApi({ ...credentials, fetch: odd });
    expect(failureOf(await api.fetchOrders({}, context))).toMatchObject({
      code: 'connector/unavailable',
    });
  });
});

describe('createLengowApi: acknowledgeImport and publishStock', () => {
  it('PATCHes moi per order with merchant_order_id [orderId]', async () => {
    const api = apiOn(server);
    const result = await api.acknowledgeImport(
      [
        { channelOrderRef: '402-0000000-0000001', marketplace: 'amazon_fr', orderId: 'o-1' },
        { channelOrderRef: '402-0000000-0000003', marketplace: 'amazon_fr', orderId: 'o-3' },
      ],
      context,
    );
    expect(result).toEqual({ ok: true, value: undefined });
    const calls = server.calls('/v3.0/orders/moi/');
    expect(calls.map((c) => [c.method, c.contentType])).toEqual([
      ['PATCH', 'application/json'],
      ['PATCH', 'application/json'],
    ]);
    expect(JSON.parse(calls[0]?.body ?? '')).toEqual({
      account_id: 1234,
      marketplace: 'amazon_fr',
      marketplace_order_id: '402-0000000-0000001',
      merchant_order_id: ['o-1'],
    });
    expect(server.orders[3]?.['merchant_order_id']).toEqual(['o-3']);
    expect(server.orders[2]?.['merchant_order_id']).toBeNull();
  });

  it('stops at the first refusal, and refuses an ack without marketplace before any call', async () => {
    const api = apiOn(server);
    const unknown = await api.acknowledgeImport(
      [
        { channelOrderRef: 'nope', marketplace: 'amazon_fr', orderId: 'o-9' },
        { channelOrderRef: '402-0000000-0000001', marketplace: 'amazon_fr', orderId: 'o-1' },
      ],
      context,
    );
    expect(failureOf(unknown)).toEqual({
      code: 'connector/rejected',
      target: 'lengow',
      detail: '404: Order not found',
    });
    expect(server.calls('/v3.0/orders/moi/')).toHaveLength(1);
    const missing = await api.acknowledgeImport([{ channelOrderRef: 'x', orderId: 'o' }], context);
    expect(failureOf(missing)).toMatchObject({ code: 'connector/rejected' });
    expect(server.calls('/v3.0/orders/moi/')).toHaveLength(1);
    expect(await api.acknowledgeImport([], context)).toEqual({ ok: true, value: undefined });
  });

  it('publishStock is rejected without a call: Lengow has no stock endpoint', async () => {
    const api = apiOn(server);
    const error = failureOf(await api.publishStock([{ sku: 'MUG-RED', available: 3 }], context));
    expect(error).toMatchObject({ code: 'connector/rejected', target: 'lengow' });
    expect(JSON.stringify(error)).toContain('no stock endpoint');
    expect(server.requests).toEqual([]);
  });
});

describe('createLengowApi: options', () => {
  it('serves the lengow channel', () => {
    expect(apiOn(server).channel).toBe('lengow');
  });

  it.each([
    [{ accessToken: '' }, 'accessToken'],
    [{ secret: '' }, 'secret'],
    [{ accountId: 0 }, 'accountId'],
    [{ accountId: 1.5 }, 'accountId'],
    [{ baseUrl: 'https://api.lengow.io/' }, 'baseUrl'],
    [{ baseUrl: 'ftp://x' }, 'baseUrl'],
    [{ pageSize: 101 }, 'pageSize'],
    [{ pageSize: 0 }, 'pageSize'],
    [{ timeoutMs: 0 }, 'timeoutMs'],
    [{ since: 'yesterday' }, 'since'],
  ])('throws lengow/options_invalid for %o', (bad, option) => {
    try {
      createLengowApi({ ...credentials, fetch, ...bad });
      expect.fail('expected a throw');
    } catch (e) {
      expect(isOrdokitError(e)).toBe(true);
      if (!isOrdokitError(e)) return;
      expect(e.detail).toMatchObject({ code: 'lengow/options_invalid', option });
    }
  });

  it('renders its error in English and French', () => {
    const error = {
      code: 'lengow/options_invalid',
      option: 'pageSize',
      expected: 'an integer from 1 to 100',
    } as const;
    expect(lengowMessages['lengow/options_invalid'].en(error)).toBe(
      'The Lengow connector option pageSize is invalid: it must be an integer from 1 to 100. Fix the options passed to createLengowApi.',
    );
    expect(lengowMessages['lengow/options_invalid'].fr(error)).toContain('pageSize');
  });

  it('uses https://api.lengow.io by default', async () => {
    const seen: string[] = [];
    const recording: FetchLike = (url) => {
      seen.push(url);
      return Promise.reject(new TypeError('offline'));
    };
    await createLengowApi({ ...credentials, fetch: recording }).fetchOrders({}, context);
    expect(seen).toEqual(['https://api.lengow.io/access/get_token']);
    expect(now).toBe(context.now);
  });
});
