import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { allocateMoney, money, type DecimalInput } from '../../src/index.js';
import { detailOf } from './_helpers.js';

const split = (
  amount: string,
  currency: 'EUR' | 'JPY' | 'KWD',
  weights: readonly DecimalInput[],
  fractionDigits?: number,
): string[] =>
  allocateMoney(
    money(amount, currency),
    weights,
    fractionDigits === undefined ? {} : { fractionDigits },
  ).map((m) => m.amount.toFixed());

describe('allocateMoney', () => {
  it('gives the leftover cent to the earliest part on a tie', () => {
    expect(split('100.00', 'EUR', [1, 1, 1])).toEqual(['33.34', '33.33', '33.33']);
    expect(split('0.05', 'EUR', [1, 1])).toEqual(['0.03', '0.02']);
  });

  it('gives leftover units to the largest remainders first', () => {
    // 1001 cents by 1:2:2 → exact shares 200.2, 400.4, 400.4 → 200, 400, 400 + 1 left over;
    // the largest remainders (0.4) tie, so the earlier index 1 gets it.
    expect(split('10.01', 'EUR', [1, 2, 2])).toEqual(['2', '4.01', '4']);
  });

  it('splits by ratios and percentages', () => {
    expect(split('100', 'EUR', ['0.7', '0.3'])).toEqual(['70', '30']);
    expect(split('10', 'EUR', [3, 7])).toEqual(['3', '7']);
    expect(split('1', 'EUR', [1, 1, 1])).toEqual(['0.34', '0.33', '0.33']);
  });

  it('splits in the currency minor unit', () => {
    expect(split('100', 'JPY', [1, 1, 1])).toEqual(['34', '33', '33']);
    expect(split('1', 'KWD', [1, 1, 1])).toEqual(['0.334', '0.333', '0.333']);
  });

  it('gives zero to zero weights', () => {
    expect(split('1.00', 'EUR', [0, 1, 0, 1])).toEqual(['0', '0.5', '0', '0.5']);
    expect(split('0.01', 'EUR', [0, 1, 1])).toEqual(['0', '0.01', '0']);
  });

  it('splits negative totals like their absolute value', () => {
    expect(split('-100.00', 'EUR', [1, 1, 1])).toEqual(['-33.34', '-33.33', '-33.33']);
  });

  it('puts the part below the unit on the first largest weight', () => {
    // 0.125 EUR: 12 cents by 1:2:2 → 2.4, 4.8, 4.8 → 2, 5, 5; the 0.005 below the cent goes
    // to index 1, the first of the largest weights.
    expect(split('0.125', 'EUR', [1, 2, 2])).toEqual(['0.02', '0.055', '0.05']);
    expect(split('-0.125', 'EUR', [0, 1, 1])).toEqual(['0', '-0.065', '-0.06']);
  });

  it('handles huge weight ratios', () => {
    expect(split('1.00', 'EUR', [1e300, 1])).toEqual(['1', '0']);
    expect(split('1.00', 'EUR', [new Decimal('0.000000001'), 1e9])).toEqual(['0', '1']);
  });

  it('scales weights of more than 100 significant digits exactly', () => {
    // 1 cent by 1 : 1.000…001 (150 zeros): both exact shares are just under or over half a
    // cent, so the second weight, larger by 10^-151, has the larger remainder and gets the cent.
    // A weight rounded to 100 digits would tie, and the tie would give it to index 0.
    const larger = `1.${'0'.repeat(150)}1`;
    expect(split('0.01', 'EUR', ['1', new Decimal(larger)])).toEqual(['0', '0.01']);
  });

  it('splits over a very long list of weights', () => {
    const parts = split('1.00', 'EUR', new Array<number>(200_000).fill(1));
    expect(parts.slice(0, 101)).toEqual([...new Array<string>(100).fill('0.01'), '0']);
    expect(parts.filter((part) => part !== '0')).toHaveLength(100);
  });

  it('accepts another unit', () => {
    expect(split('100', 'EUR', [1, 1, 1], 0)).toEqual(['34', '33', '33']);
    expect(split('1', 'EUR', [1, 1, 1], 4)).toEqual(['0.3334', '0.3333', '0.3333']);
  });

  it.each([
    [[], { reason: 'no_weights' }],
    [[1, -1], { reason: 'weight_negative', index: 1 }],
    [[1, Number.NaN], { reason: 'weight_not_finite', index: 1 }],
    [[Number.POSITIVE_INFINITY], { reason: 'weight_not_finite', index: 0 }],
    [['abc'], { reason: 'weight_invalid', index: 0 }],
    [[0, '0.00'], { reason: 'all_weights_zero' }],
    [[new Decimal('1e2000'), 1], { reason: 'weight_out_of_range', index: 0 }],
    [[1, 0, new Decimal('1e-2000')], { reason: 'weight_out_of_range', index: 2 }],
  ] as const)('refuses the weights %j', (weights, detail) => {
    expect(detailOf(() => allocateMoney(money('1', 'EUR'), weights))).toEqual({
      code: 'money/allocation_invalid',
      ...detail,
    });
  });

  it('refuses a bad unit', () => {
    expect(detailOf(() => allocateMoney(money('1', 'EUR'), [1], { fractionDigits: 2.5 }))).toEqual({
      code: 'money/fraction_digits_invalid',
      fractionDigits: 2.5,
      max: 100,
    });
  });
});
