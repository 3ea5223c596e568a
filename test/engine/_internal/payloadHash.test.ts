import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { canonicalJson, fnv1a64, payloadHash } from '../../../src/engine/_internal/payloadHash.js';

/** The same JSON value with the keys of every object in another order. */
function reorder(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((item: unknown, i) => reorder(item, seed + i));
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).map(([k, v], i) => [k, reorder(v, seed + i)] as const);
    const shift = entries.length === 0 ? 0 : seed % entries.length;
    const rotated = [...entries.slice(shift), ...entries.slice(0, shift)].reverse();
    return Object.fromEntries(rotated);
  }
  return value;
}

describe('fnv1a64', () => {
  it('gives the published FNV-1a 64-bit test vectors', () => {
    // From the FNV reference test suite (Fowler, Noll, Vo).
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('hashes the UTF-8 bytes: é is two bytes, not one code unit', () => {
    expect(fnv1a64('é')).toBe(fnv1a64('\u00e9'));
    expect(fnv1a64('é')).not.toBe(fnv1a64('\u00e9'.normalize('NFD')));
    expect(fnv1a64('é')).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth, keeps array order, leaves out undefined', () => {
    const value = { b: 1, a: { d: [1, { z: 1, y: 2 }], c: 'x', u: undefined } };
    expect(canonicalJson(value)).toBe('{"a":{"c":"x","d":[1,{"y":2,"z":1}]},"b":1}');
  });

  it('writes what JSON cannot hold as null', () => {
    expect(canonicalJson([Number.NaN, Number.POSITIVE_INFINITY, undefined, -0])).toBe(
      '[null,null,null,0]',
    );
  });

  it('keeps a __proto__ key as a plain key', () => {
    const value = JSON.parse('{"__proto__":{"x":1},"a":2}') as unknown;
    expect(canonicalJson(value)).toBe('{"__proto__":{"x":1},"a":2}');
  });
});

describe('payloadHash', () => {
  test.prop([fc.jsonValue(), fc.nat()], { numRuns: 1000 })(
    'is the same whatever the order of the keys',
    (value, seed) => {
      expect(payloadHash(reorder(value, seed))).toBe(payloadHash(value));
      expect(payloadHash(value)).toMatch(/^[0-9a-f]{16}$/);
    },
  );

  test.prop([fc.jsonValue(), fc.jsonValue()], { numRuns: 1000 })(
    'differs for values whose canonical JSON differs',
    (a, b) => {
      fc.pre(canonicalJson(a) !== canonicalJson(b));
      expect(payloadHash(a)).not.toBe(payloadHash(b));
    },
  );

  const cancel = fc.record({
    action: fc.constant('cancel'),
    orderId: fc.constantFrom('ord-1', 'ord-2'),
    lines: fc.array(
      fc.record({
        lineId: fc.constantFrom('L1', 'L2', 'L3'),
        quantity: fc.integer({ min: 1, max: 9 }),
      }),
      { maxLength: 3 },
    ),
  });

  test.prop([cancel, cancel], { numRuns: 1000 })(
    'tells two different cancellations apart',
    (a, b) => {
      const same = JSON.stringify(a) === JSON.stringify(b);
      expect(payloadHash(a) === payloadHash(b)).toBe(same);
    },
  );
});
