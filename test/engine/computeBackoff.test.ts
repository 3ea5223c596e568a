import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { computeBackoff } from '../../src/engine/index.js';

/** FNV-1a 32-bit, written from its published definition (offset basis 2166136261, prime 16777619). */
function referenceFnv1a(text: string): number {
  let hash = 2166136261n;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 16777619n) % 4294967296n;
  }
  return Number(hash);
}

const policy = { baseMs: 30_000, maxMs: 3_600_000 };
const key = fc.string({ maxLength: 80 });
const attempt = fc.integer({ min: 1, max: 60 });
const delays = fc
  .tuple(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 1, max: 10_000_000 }))
  .map(([a, b]) => ({ baseMs: Math.min(a, b), maxMs: Math.max(a, b) }));

describe('computeBackoff', () => {
  it('the reference hash matches the published FNV-1a test vectors', () => {
    expect(referenceFnv1a('')).toBe(0x811c9dc5);
    expect(referenceFnv1a('a')).toBe(0xe40c292c);
    expect(referenceFnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('is the ceiling times a jitter of 0.5 + fnv1a(key#attempt) / 2^33, rounded down', () => {
    const k = 'order-000001:wms.prepare:main-wms:2';
    for (const [n, ceiling] of [
      [1, 30_000],
      [2, 60_000],
      [3, 120_000],
      [8, 3_600_000], // 30 000 × 2^7 = 3 840 000, capped
    ] as const) {
      const jitter = 0.5 + referenceFnv1a(`${k}#${String(n)}`) / 2 ** 33;
      expect(computeBackoff(k, n, policy)).toBe(Math.floor(ceiling * jitter));
    }
  });

  it('gives the documented ranges of its example', () => {
    const k = 'ord-1:wms.prepare:wms:2';
    const first = computeBackoff(k, 1, policy);
    expect(first).toBeGreaterThanOrEqual(15_000);
    expect(first).toBeLessThan(30_000);
    const third = computeBackoff(k, 3, policy);
    expect(third).toBeGreaterThanOrEqual(60_000);
    expect(third).toBeLessThan(120_000);
    const late = computeBackoff(k, 30, policy);
    expect(late).toBeGreaterThanOrEqual(1_800_000);
    expect(late).toBeLessThan(3_600_000);
  });

  it('reads odd inputs defensively', () => {
    const k = 'k';
    expect(computeBackoff(k, 0, policy)).toBe(computeBackoff(k, 1, policy));
    expect(computeBackoff(k, -3, policy)).toBe(computeBackoff(k, 1, policy));
    expect(computeBackoff(k, Number.NaN, policy)).toBe(computeBackoff(k, 1, policy));
    expect(computeBackoff(k, 2.9, policy)).toBe(computeBackoff(k, 2, policy));
    expect(computeBackoff(k, 5000, policy)).toBeLessThan(policy.maxMs);
    expect(computeBackoff(k, Number.POSITIVE_INFINITY, policy)).toBe(computeBackoff(k, 1, policy));
    expect(computeBackoff(k, 3, { baseMs: 0, maxMs: 1000 })).toBe(0);
    expect(computeBackoff(k, 3, { baseMs: -5, maxMs: 1000 })).toBe(0);
    expect(computeBackoff(k, 3, { baseMs: 1000, maxMs: Number.NaN })).toBe(0);
    expect(computeBackoff(k, 5000, { baseMs: 0, maxMs: Number.POSITIVE_INFINITY })).toBe(0);
  });

  test.prop([key, attempt, delays], { numRuns: 1000 })(
    'is deterministic: the same key and attempt give the same delay',
    (k, n, options) => {
      expect(computeBackoff(k, n, options)).toBe(computeBackoff(k, n, { ...options }));
    },
  );

  test.prop([key, attempt, delays], { numRuns: 1000 })(
    'is bounded: a whole number in [⌊ceiling / 2⌋, ceiling), never above maxMs',
    (k, n, options) => {
      const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** (n - 1));
      const delay = computeBackoff(k, n, options);
      expect(Number.isInteger(delay)).toBe(true);
      expect(delay).toBeGreaterThanOrEqual(Math.floor(ceiling / 2));
      expect(delay).toBeLessThan(ceiling);
      expect(delay).toBeLessThan(options.maxMs);
    },
  );

  test.prop(
    [key, fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 100_000 }), fc.nat(5)],
    { numRuns: 1000 },
  )(
    'grows: below the cap, each delay is strictly longer than the one before',
    (k, n, baseMs, room) => {
      const options = { baseMs, maxMs: baseMs * 2 ** (n + room) };
      expect(computeBackoff(k, n + 1, options)).toBeGreaterThan(computeBackoff(k, n, options));
    },
  );

  test.prop([key, attempt], { numRuns: 1000 })(
    'jitters in [0.5, 1) of the ceiling, as the hash of key#attempt says',
    (k, n) => {
      // A ceiling of 2^32 makes the jitter readable exactly: delay = 2^31 + fnv / 2.
      const big = 2 ** 32;
      const options = { baseMs: big / 2 ** (n - 1), maxMs: big };
      const delay = computeBackoff(k, n, options);
      const jitter = delay / big;
      expect(jitter).toBeGreaterThanOrEqual(0.5);
      expect(jitter).toBeLessThan(1);
      expect(delay).toBe(Math.floor(big * (0.5 + referenceFnv1a(`${k}#${String(n)}`) / 2 ** 33)));
    },
  );

  it('spreads messages failing together instead of retrying them in lockstep', () => {
    const distinct = new Set(
      Array.from({ length: 200 }, (_, i) =>
        computeBackoff(`order-${String(i)}:buyer.notify:buyer:2`, 1, policy),
      ),
    );
    expect(distinct.size).toBeGreaterThan(190);
  });
});
