import { describe, expect, it } from 'vitest';
import { createFakeWms } from '../../../src/adapters/memory/index.js';
import { context, preparation } from './_fakeFixtures.js';

/** Runs `count` calls with fresh keys and returns their outcomes. */
async function outcomes(
  seed: number,
  count: number,
  rates: { failureRate?: number; timeoutRate?: number },
) {
  const wms = createFakeWms({ seed, ...rates });
  for (let i = 0; i < count; i++) await wms.prepare(preparation(), context(`k${String(i)}`));
  return wms.calls.map((c) => c.outcome);
}

describe('fake connectors: injected faults', () => {
  it('draws from a seeded generator: same seed, same outcomes; another seed, others', async () => {
    const a = await outcomes(42, 200, { failureRate: 0.3, timeoutRate: 0.1 });
    const b = await outcomes(42, 200, { failureRate: 0.3, timeoutRate: 0.1 });
    const c = await outcomes(43, 200, { failureRate: 0.3, timeoutRate: 0.1 });
    expect(a).toEqual(b);
    expect(c).not.toEqual(a);
  });

  it('fails about failureRate of the calls, and times out about timeoutRate', async () => {
    const all = await outcomes(7, 2000, { failureRate: 0.3, timeoutRate: 0.1 });
    const share = (o: string) => all.filter((x) => x === o).length / all.length;
    expect(share('unavailable')).toBeGreaterThan(0.26);
    expect(share('unavailable')).toBeLessThan(0.34);
    expect(share('timeout')).toBeGreaterThan(0.07);
    expect(share('timeout')).toBeLessThan(0.13);
    expect(share('ack')).toBeGreaterThan(0.55);
  });

  it('answers unavailable without acting, with retryAfter when configured', async () => {
    const wms = createFakeWms({ failureRate: 1, retryAfterMs: 90_000 });
    expect(await wms.prepare(preparation(), context('k'))).toEqual({
      ok: false,
      error: {
        code: 'connector/unavailable',
        target: 'wms',
        detail: '503 Service Unavailable',
        retryAfter: '2025-03-01T10:01:30.000Z',
      },
    });
    expect(wms.received).toEqual([]);
  });

  it('times out after acting: the retry is a replay', async () => {
    const acks: string[] = [];
    const wms = createFakeWms({
      respond: (_, c) => (c.attempt === 1 ? { outcome: 'timeout' } : undefined),
      onAck: (r) => acks.push(r.key),
    });
    expect(await wms.prepare(preparation(), context('k', 1))).toEqual({
      ok: false,
      error: { code: 'connector/timeout', target: 'wms' },
    });
    expect(wms.received).toHaveLength(1);
    expect((await wms.prepare(preparation(), context('k', 2))).ok).toBe(true);
    expect(wms.received).toHaveLength(1);
    expect(acks).toEqual(['k']);
  });

  it('can time out without acting, when the script says so', async () => {
    const wms = createFakeWms({ respond: () => ({ outcome: 'timeout', processed: false }) });
    expect((await wms.prepare(preparation(), context('k'))).ok).toBe(false);
    expect(wms.received).toEqual([]);
  });

  it('acknowledges twice through onAck, for a first call and for a replay', async () => {
    const acks: string[] = [];
    const wms = createFakeWms({ duplicateAckRate: 1, onAck: (r) => acks.push(r.key) });
    expect((await wms.prepare(preparation(), context('k'))).ok).toBe(true);
    expect(acks).toEqual(['k', 'k']);
    expect((await wms.prepare(preparation(), context('k'))).ok).toBe(true);
    expect(acks).toEqual(['k', 'k', 'k']);
    expect(wms.received).toHaveLength(1);
    expect(wms.acks.map((a) => a.key)).toEqual(['k', 'k', 'k']);
  });

  it('rejects by rate on first calls only, and always for rejectKeys', async () => {
    const wms = createFakeWms({ rejectRate: 1 });
    expect(await wms.prepare(preparation(), context('k'))).toEqual({
      ok: false,
      error: { code: 'connector/rejected', target: 'wms', detail: '422 Unprocessable Entity' },
    });
    const keyed = createFakeWms({ rejectKeys: ['bad'] });
    expect((await keyed.prepare(preparation(), context('bad'))).ok).toBe(false);
    expect((await keyed.prepare(preparation(), context('bad'))).ok).toBe(false);
    expect((await keyed.prepare(preparation(), context('good'))).ok).toBe(true);
    const byPredicate = createFakeWms({ rejectKeys: (k) => k.startsWith('x') });
    expect((await byPredicate.prepare(preparation(), context('x1'))).ok).toBe(false);
    // A replay of a key acted on is answered from the store, whatever the draw says.
    let reject = false;
    const replayed = createFakeWms({
      respond: () => (reject ? undefined : { outcome: 'ack' }),
      rejectRate: 1,
    });
    await replayed.prepare(preparation(), context('k'));
    reject = true;
    expect((await replayed.prepare(preparation(), context('k'))).ok).toBe(true);
  });

  it('follows its script: forced answers, failures and exceptions', async () => {
    const wms = createFakeWms({
      respond: (request) =>
        request.orderId === 'boom'
          ? { outcome: 'throw', message: 'ECONNRESET' }
          : request.orderId === 'down'
            ? {
                outcome: 'unavailable',
                retryAfter: '2025-03-01T11:00:00Z',
                detail: '429 Too Many Requests',
              }
            : request.orderId === 'no'
              ? { outcome: 'rejected', detail: 'unknown SKU' }
              : { outcome: 'ack', ack: { warehouseId: 'FORCED' } },
    });
    await expect(wms.prepare(preparation('boom'), context('1'))).rejects.toThrow('ECONNRESET');
    expect(await wms.prepare(preparation('down'), context('2'))).toEqual({
      ok: false,
      error: {
        code: 'connector/unavailable',
        target: 'wms',
        detail: '429 Too Many Requests',
        retryAfter: '2025-03-01T11:00:00Z',
      },
    });
    expect(await wms.prepare(preparation('no'), context('3'))).toEqual({
      ok: false,
      error: { code: 'connector/rejected', target: 'wms', detail: 'unknown SKU' },
    });
    expect(await wms.prepare(preparation('yes'), context('4'))).toEqual({
      ok: true,
      value: { warehouseId: 'FORCED' },
    });
    expect(wms.calls.map((c) => c.outcome)).toEqual(['throw', 'unavailable', 'rejected', 'ack']);
  });

  it('answers after `latency` extra turns of the event loop', async () => {
    const turnsUntil = async (p: Promise<unknown>) => {
      const state = { done: false };
      void p.then(() => (state.done = true));
      let turns = 0;
      while (!state.done) {
        await Promise.resolve();
        turns += 1;
      }
      return turns;
    };
    const fast = await turnsUntil(createFakeWms().prepare(preparation(), context('k')));
    const slow = await turnsUntil(
      createFakeWms({ latency: 25 }).prepare(preparation(), context('k')),
    );
    expect(slow - fast).toBeGreaterThanOrEqual(25);
  });

  it('refuses rates outside 0..1, rates adding up to more than 1, and odd latencies', () => {
    expect(() => createFakeWms({ failureRate: 1.5 })).toThrow(RangeError);
    expect(() => createFakeWms({ timeoutRate: -0.1 })).toThrow(RangeError);
    expect(() => createFakeWms({ rejectRate: Number.NaN })).toThrow(RangeError);
    expect(() => createFakeWms({ failureRate: 0.6, duplicateAckRate: 0.5 })).toThrow(RangeError);
    expect(() => createFakeWms({ latency: -1 })).toThrow(RangeError);
    expect(() => createFakeWms({ latency: 1.5 })).toThrow(RangeError);
    expect(() => createFakeWms({ failureRate: 0.5, timeoutRate: 0.5 })).not.toThrow();
  });
});
