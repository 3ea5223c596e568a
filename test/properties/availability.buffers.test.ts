import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { applyBuffer, validateAvailabilityPolicy } from '../../src/index.js';

const bufferArb = fc.record({
  absolute: fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.maxSafeNat()),
  percent: fc.integer({ min: 0, max: 10_000 }).map((bp) => bp / 100),
});

test.prop([fc.maxSafeNat(), bufferArb], { numRuns: 1000 })(
  'buffers never publish more than the supply, never a negative figure, and round the percentage up exactly',
  (supply, buffer) => {
    const sellable = applyBuffer(supply, buffer);
    expect(Number.isSafeInteger(sellable)).toBe(true);
    expect(sellable).toBeGreaterThanOrEqual(0);
    expect(sellable).toBeLessThanOrEqual(supply);
    // The same figure with arbitrary-precision integers.
    const s = BigInt(supply);
    const held =
      BigInt(buffer.absolute) + (s * BigInt(Math.round(buffer.percent * 100)) + 9_999n) / 10_000n;
    expect(BigInt(sellable)).toBe(s > held ? s - held : 0n);
  },
);

test.prop([fc.integer({ min: 0, max: 100_000 }), bufferArb, bufferArb], { numRuns: 1000 })(
  'a buffer holding back at least as much in both parts never publishes more',
  (supply, a, b) => {
    const lenient = {
      absolute: Math.min(a.absolute, b.absolute),
      percent: Math.min(a.percent, b.percent),
    };
    const prudent = {
      absolute: Math.max(a.absolute, b.absolute),
      percent: Math.max(a.percent, b.percent),
    };
    expect(applyBuffer(supply, prudent)).toBeLessThanOrEqual(applyBuffer(supply, lenient));
  },
);

const hostile = fc.oneof(
  fc.anything(),
  fc.jsonValue(),
  fc.record({
    mode: fc.oneof(fc.constantFrom('cruise', 'peak'), fc.anything()),
    channels: fc.oneof(
      fc.dictionary(
        fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'toString')),
        fc.record(
          {
            warehouses: fc.oneof(fc.array(fc.string(), { maxLength: 4 }), fc.anything()),
            cruise: fc.oneof(bufferArb, fc.anything()),
            peak: fc.record({
              absolute: fc.oneof(fc.integer(), fc.double(), fc.constant('1')),
              percent: fc.oneof(
                fc.double(),
                fc.constant(JSON.parse('1e400') as number),
                fc.constant('Infinity'),
              ),
            }),
          },
          { requiredKeys: [] },
        ),
      ),
      fc.anything(),
    ),
  }),
);

test.prop([hostile], { numRuns: 1000 })(
  'validateAvailabilityPolicy never throws and accepts only what it can use',
  (input) => {
    const result = validateAvailabilityPolicy(input);
    if (!result.ok) {
      expect(result.error.code).toBe('availability/policy_invalid');
      return;
    }
    const channels = Object.values(result.value.channels);
    expect(channels.length).toBeGreaterThan(0);
    for (const rule of channels) {
      expect(rule.warehouses.length).toBeGreaterThan(0);
      expect(new Set(rule.warehouses).size).toBe(rule.warehouses.length);
      for (const buffer of [rule.cruise, rule.peak]) {
        expect(Number.isSafeInteger(buffer.absolute) && buffer.absolute >= 0).toBe(true);
        expect(buffer.percent >= 0 && buffer.percent <= 100).toBe(true);
        expect(Number.isInteger(Math.round(buffer.percent * 100))).toBe(true);
      }
    }
  },
);
