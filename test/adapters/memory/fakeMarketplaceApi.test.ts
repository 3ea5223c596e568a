import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  createFakeMarketplaceApi,
  type FakeMarketplaceApi,
} from '../../../src/adapters/memory/index.js';
import type { ChannelActionRequest, ChannelCallContext } from '../../../src/index.js';
import { context } from './_fakeFixtures.js';

const at = (time: string): ChannelCallContext => ({
  tenantId: 'tenant-a',
  now: `2026-03-02T${time}:00.000Z`,
});
const now = at('10:00');

const accept = (orderId: string): ChannelActionRequest => ({
  action: 'accept',
  orderId,
  channelRef: { channel: 'mirakl', channelOrderRef: `R-${orderId}` },
  lines: [],
});

/** Reads the whole feed from a cursor, page after page, as a host does. */
async function readAll(api: FakeMarketplaceApi, limit?: number, cursor?: string) {
  const payloads: unknown[] = [];
  let next = cursor;
  for (let pages = 0; pages < 1000; pages++) {
    const page = await api.fetchOrders(
      {
        ...(next === undefined ? {} : { cursor: next }),
        ...(limit === undefined ? {} : { limit }),
      },
      now,
    );
    if (!page.ok) throw new Error(page.error.code);
    payloads.push(...page.value.payloads);
    next = page.value.nextCursor;
    if (!page.value.more) break;
  }
  return { payloads, cursor: next };
}

describe('fake marketplace API: the order feed', () => {
  it('pages through the payloads put, in order, and resumes from the cursor', async () => {
    const api = createFakeMarketplaceApi('mirakl', { pageSize: 2 });
    for (const n of [1, 2, 3]) api.put({ order_id: `R-${String(n)}` });
    const first = await api.fetchOrders({}, now);
    expect(first).toEqual({
      ok: true,
      value: { payloads: [{ order_id: 'R-1' }, { order_id: 'R-2' }], nextCursor: '2', more: true },
    });
    const second = await api.fetchOrders({ cursor: '2' }, now);
    expect(second).toEqual({
      ok: true,
      value: { payloads: [{ order_id: 'R-3' }], nextCursor: '3', more: false },
    });
    api.put({ order_id: 'R-1', order_state: 'SHIPPING' });
    expect((await readAll(api, undefined, '3')).payloads).toEqual([
      { order_id: 'R-1', order_state: 'SHIPPING' },
    ]);
    expect(api.channel).toBe('mirakl');
  });

  it('returns a payload only from its instant (at once without one), in the order of the instants', async () => {
    const api = createFakeMarketplaceApi('lengow');
    api.put({ n: 'late' }, '2026-03-02T11:00:00.000Z');
    api.put({ n: 'early' }, '2026-03-02T09:30:00.000Z');
    api.put({ n: 'now' });
    expect((await readAll(api)).payloads).toEqual([{ n: 'now' }, { n: 'early' }]);
    const later = await api.fetchOrders({ cursor: '2' }, at('11:00'));
    expect(later.ok && later.value.payloads).toEqual([{ n: 'late' }]);
    expect(api.feed.map((e) => e.payload)).toEqual([{ n: 'now' }, { n: 'early' }, { n: 'late' }]);
  });

  it('hands out copies: changing a page or the put object changes nothing in the feed', async () => {
    const api = createFakeMarketplaceApi('lengow');
    const payload = { lines: [{ qty: 1 }] };
    api.put(payload);
    payload.lines[0]!.qty = 9;
    const page = await api.fetchOrders({}, now);
    expect(page.ok && page.value.payloads).toEqual([{ lines: [{ qty: 1 }] }]);
    if (page.ok) (page.value.payloads[0] as typeof payload).lines[0]!.qty = 5;
    expect(api.feed[0]!.payload).toEqual({ lines: [{ qty: 1 }] });
  });

  it('refuses a cursor it did not make, and a bad instant to put at', async () => {
    const api = createFakeMarketplaceApi('lengow');
    api.put({ n: 1 });
    for (const cursor of ['abc', '-1', '2', '1.5', '', '01', ' 1']) {
      const page = await api.fetchOrders({ cursor }, now);
      expect(page.ok ? undefined : page.error.code).toBe('connector/rejected');
    }
    expect(() => {
      api.put({}, 'tomorrow');
    }).toThrow(RangeError);
    expect(() => createFakeMarketplaceApi('x', { pageSize: 0 })).toThrow(RangeError);
    expect(() => createFakeMarketplaceApi('x', { settleAfterPolls: 1.5 })).toThrow(RangeError);
    expect(() => createFakeMarketplaceApi('x', { actionFailureRate: 2 })).toThrow(RangeError);
  });

  test.prop(
    [fc.nat({ max: 40 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 })],
    {
      numRuns: 1000,
    },
  )('any page sizes read every payload once, in order', async (count, size, limit) => {
    const api = createFakeMarketplaceApi('lengow', { pageSize: size });
    const put = Array.from({ length: count }, (_, n) => ({ n }));
    for (const payload of put) api.put(payload);
    const { payloads, cursor } = await readAll(api, limit);
    expect(payloads).toEqual(put);
    expect(cursor).toBe(String(count));
  });
});

describe('fake marketplace API: actions', () => {
  it('acts once per idempotency key, answers done at once and calls the hook once', async () => {
    const seen: string[] = [];
    const api = createFakeMarketplaceApi('mirakl', {
      onAction: (request, when) => seen.push(`${request.action} ${request.orderId} ${when}`),
    });
    expect(await api.sendAction(accept('o1'), context('k1'))).toEqual({
      ok: true,
      value: { state: 'done' },
    });
    expect(await api.sendAction(accept('o1'), context('k1', 2))).toEqual({
      ok: true,
      value: { state: 'done' },
    });
    const reused = await api.sendAction(accept('o2'), context('k1'));
    expect(reused.ok ? undefined : reused.error.code).toBe('connector/rejected');
    expect(seen).toEqual(['accept o1 2025-03-01T10:00:00.000Z']);
    expect(api.actions).toEqual([{ key: 'k1', request: accept('o1'), state: 'done', polls: 0 }]);
    expect(api.calls.map((c) => [c.acted, c.replayed])).toEqual([
      [true, false],
      [false, true],
      [false, false],
    ]);
  });

  it('queues actions when asynchronous, and settles them after the polls asked', async () => {
    const seen: string[] = [];
    const api = createFakeMarketplaceApi('lengow', {
      asynchronous: true,
      settleAfterPolls: 2,
      onAction: (request) => seen.push(request.orderId),
    });
    const receipt = await api.sendAction(accept('o1'), context('k1'));
    expect(receipt).toEqual({ ok: true, value: { state: 'pending', handle: 'LENGOW-ACT-000001' } });
    expect(await api.sendAction(accept('o1'), context('k1', 2))).toEqual(receipt);
    expect(seen).toEqual([]);
    expect(await api.getActionResult('LENGOW-ACT-000001', now)).toEqual({
      ok: true,
      value: { state: 'pending' },
    });
    expect(await api.getActionResult('LENGOW-ACT-000001', now)).toEqual({
      ok: true,
      value: { state: 'done' },
    });
    expect(await api.getActionResult('LENGOW-ACT-000001', now)).toEqual({
      ok: true,
      value: { state: 'done' },
    });
    expect(seen).toEqual(['o1']);
    expect(api.actions[0]).toMatchObject({ state: 'done', polls: 3, handle: 'LENGOW-ACT-000001' });
    const unknown = await api.getActionResult('LENGOW-ACT-999999', now);
    expect(unknown.ok ? undefined : unknown.error.code).toBe('connector/rejected');
  });

  it('fails a seeded share of queued actions, never calling the hook for them', async () => {
    const run = async (seed: number) => {
      let hooked = 0;
      const api = createFakeMarketplaceApi('lengow', {
        seed,
        asynchronous: true,
        actionFailureRate: 0.3,
        onAction: () => (hooked += 1),
      });
      const states: string[] = [];
      for (let n = 0; n < 200; n++) {
        const sent = await api.sendAction(accept(`o${String(n)}`), context(`k${String(n)}`));
        if (!sent.ok || sent.value.state !== 'pending') throw new Error('not queued');
        const result = await api.getActionResult(sent.value.handle, now);
        if (result.ok) states.push(result.value.state);
      }
      return { states, hooked };
    };
    const { states, hooked } = await run(5);
    const failed = states.filter((s) => s === 'failed').length;
    expect(failed).toBeGreaterThan(30);
    expect(failed).toBeLessThan(90);
    expect(hooked).toBe(200 - failed);
    expect((await run(5)).states).toEqual(states);
    expect((await run(6)).states).not.toEqual(states);
  });

  test.prop([fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 30 })], { numRuns: 1000 })(
    'however often keys are retried, each acts once and the hook runs once per key',
    async (keys) => {
      let hooked = 0;
      const api = createFakeMarketplaceApi('mirakl', {
        seed: keys.length,
        failureRate: 0.2,
        timeoutRate: 0.2,
        onAction: () => (hooked += 1),
      });
      for (const k of keys) await api.sendAction(accept(`o${String(k)}`), context(`k${String(k)}`));
      const acted = new Set(api.calls.filter((c) => c.acted).map((c) => c.key));
      expect(api.actions.map((a) => a.key)).toEqual([...acted]);
      expect(hooked).toBe(acted.size);
      expect(acted.size).toBeLessThanOrEqual(new Set(keys).size);
    },
  );
});

describe('fake marketplace API: imports, stock and injected failures', () => {
  it('records the imports acknowledged and the last stock level per SKU', async () => {
    const api = createFakeMarketplaceApi('lengow');
    const ack = { channelOrderRef: 'R-1', marketplace: 'cdiscount', orderId: 'order-1' };
    expect(await api.acknowledgeImport([ack], now)).toEqual({ ok: true, value: undefined });
    expect(api.imports).toEqual([ack]);
    await api.publishStock(
      [
        { sku: 'A', available: 3 },
        { sku: 'B', available: 0 },
      ],
      now,
    );
    await api.publishStock([{ sku: 'A', available: 1 }], now);
    expect(api.stock).toEqual({ A: 1, B: 0 });
    const bad = await api.publishStock([{ sku: 'C', available: -1 }], now);
    expect(bad.ok ? undefined : bad.error.code).toBe('connector/rejected');
    expect(api.stock).toEqual({ A: 1, B: 0 });
  });

  it('injects failures into reads by script: unavailable does nothing, timeout acts', async () => {
    const api = createFakeMarketplaceApi('lengow', {
      retryAfterMs: 60_000,
      reads: {
        respond: (operation) =>
          operation === 'fetchOrders'
            ? { outcome: 'unavailable' }
            : operation === 'acknowledgeImport'
              ? { outcome: 'timeout' }
              : undefined,
      },
    });
    api.put({ n: 1 });
    expect(await api.fetchOrders({}, now)).toEqual({
      ok: false,
      error: {
        code: 'connector/unavailable',
        target: 'lengow',
        detail: '503 Service Unavailable',
        retryAfter: '2026-03-02T10:01:00.000Z',
      },
    });
    const ack = { channelOrderRef: 'R-1', orderId: 'order-1' };
    const timedOut = await api.acknowledgeImport([ack], now);
    expect(timedOut.ok ? undefined : timedOut.error.code).toBe('connector/timeout');
    expect(api.imports).toEqual([ack]);
  });

  it('draws read failures at the rates given, from the seed', async () => {
    const run = async () => {
      const api = createFakeMarketplaceApi('lengow', { seed: 3, reads: { failureRate: 0.5 } });
      const codes: string[] = [];
      for (let n = 0; n < 100; n++) {
        const page = await api.fetchOrders({}, now);
        codes.push(page.ok ? 'ok' : page.error.code);
      }
      return codes;
    };
    const codes = await run();
    const failed = codes.filter((c) => c === 'connector/unavailable').length;
    expect(failed).toBeGreaterThan(30);
    expect(failed).toBeLessThan(70);
    expect(await run()).toEqual(codes);
  });

  it('fails actions at the connector rates: unavailable acts on nothing', async () => {
    const api = createFakeMarketplaceApi('mirakl', { seed: 2, failureRate: 1 });
    const sent = await api.sendAction(accept('o1'), context('k1'));
    expect(sent.ok ? undefined : sent.error.code).toBe('connector/unavailable');
    expect(api.actions).toEqual([]);
    expect(api.received).toEqual([]);
  });
});
