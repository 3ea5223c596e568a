import { describe, expect, it } from 'vitest';
import { applyBuffer } from '../../src/index.js';

describe('applyBuffer', () => {
  it('holds back the absolute units and the percentage rounded up', () => {
    expect(applyBuffer(50, { absolute: 2, percent: 10 })).toBe(43); // 50 − 2 − 5
    expect(applyBuffer(12, { absolute: 5, percent: 20 })).toBe(4); // 12 − 5 − ⌈2.4⌉
    expect(applyBuffer(1, { absolute: 0, percent: 0.01 })).toBe(0); // ⌈0.0001⌉ = 1
  });

  it('computes percentages on whole numbers, not floats', () => {
    // 30 × 0.1 = 3.0000000000000004 in floating point, whose ceiling would be 4.
    expect(applyBuffer(30, { absolute: 0, percent: 0.1 })).toBe(29);
    // 100 × 7 ÷ 100 is exactly 7; 0.07 × 100 is 7.000000000000001 in floating point.
    expect(applyBuffer(100, { absolute: 0, percent: 7 })).toBe(93);
    expect(applyBuffer(10_000, { absolute: 0, percent: 0.07 })).toBe(9_993);
  });

  it('never goes below 0 nor above the supply', () => {
    expect(applyBuffer(3, { absolute: 5, percent: 0 })).toBe(0);
    expect(applyBuffer(10, { absolute: 0, percent: 100 })).toBe(0);
    expect(applyBuffer(10, { absolute: 0, percent: 0 })).toBe(10);
  });

  it('stays exact at the largest safe supply', () => {
    const max = Number.MAX_SAFE_INTEGER;
    // 9,007,199,254,740,991 × 25 % = 2,251,799,813,685,247.75 → 2,251,799,813,685,248 held.
    expect(applyBuffer(max, { absolute: 0, percent: 25 })).toBe(6_755_399_441_055_743);
  });

  it('reads a supply that is not a whole number ≥ 0 as its floor, or 0', () => {
    expect(applyBuffer(10.9, { absolute: 0, percent: 0 })).toBe(10);
    expect(applyBuffer(-4, { absolute: 0, percent: 0 })).toBe(0);
    expect(applyBuffer(Number.NaN, { absolute: 0, percent: 0 })).toBe(0);
  });
});
