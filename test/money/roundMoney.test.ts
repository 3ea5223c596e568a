import { describe, expect, it } from 'vitest';
import { money, roundMoney, type RoundingMode } from '../../src/index.js';
import { detailOf } from './_helpers.js';

const text = (amount: string, mode?: RoundingMode, digits?: number): string =>
  roundMoney(money(amount, 'EUR'), mode, digits).amount.toFixed();

describe('roundMoney', () => {
  it('rounds ties to even by default', () => {
    expect(text('2.345')).toBe('2.34');
    expect(text('2.355')).toBe('2.36');
    expect(text('-2.345')).toBe('-2.34');
  });

  it('rounds ties away from zero with half_up', () => {
    expect(text('2.345', 'half_up')).toBe('2.35');
    expect(text('2.355', 'half_up')).toBe('2.36');
    expect(text('-2.345', 'half_up')).toBe('-2.35');
  });

  // Expected values from the table in docs/money.md, worked out by hand.
  it.each([
    ['half_even', '2.34', '-2.34', '2.36', '2.35'],
    ['half_up', '2.35', '-2.35', '2.36', '2.35'],
    ['half_down', '2.34', '-2.34', '2.35', '2.35'],
    ['up', '2.35', '-2.35', '2.36', '2.35'],
    ['down', '2.34', '-2.34', '2.35', '2.34'],
    ['ceil', '2.35', '-2.34', '2.36', '2.35'],
    ['floor', '2.34', '-2.35', '2.35', '2.34'],
  ] as const)(
    '%s: 2.345 → %s, −2.345 → %s, 2.355 → %s, 2.3451 → %s',
    (mode, pos, neg, tieOdd, above) => {
      expect(text('2.345', mode)).toBe(pos);
      expect(text('-2.345', mode)).toBe(neg);
      expect(text('2.355', mode)).toBe(tieOdd);
      expect(text('2.3451', mode)).toBe(above);
    },
  );

  it('uses the currency minor units by default', () => {
    expect(roundMoney(money('1234.5', 'JPY')).amount.toFixed()).toBe('1234');
    expect(roundMoney(money('1235.5', 'JPY')).amount.toFixed()).toBe('1236');
    expect(roundMoney(money('1.23456', 'KWD')).amount.toFixed()).toBe('1.235');
    expect(roundMoney(money('1.005', 'HUF'), 'half_up').amount.toFixed()).toBe('1.01');
  });

  it('accepts another number of decimals', () => {
    expect(text('2.3456', 'half_even', 3)).toBe('2.346');
    expect(text('1250', 'half_even', 0)).toBe('1250');
    expect(text('-0.004', 'half_even', 2)).toBe('0');
  });

  it('throws on bad options', () => {
    expect(detailOf(() => text('1', 'half_even', -1))).toEqual({
      code: 'money/fraction_digits_invalid',
      fractionDigits: -1,
      max: 100,
    });
    expect(detailOf(() => text('1', 'half_even', 1.5))).toMatchObject({
      code: 'money/fraction_digits_invalid',
    });
    expect(detailOf(() => text('1', 'nearest' as RoundingMode))).toEqual({
      code: 'money/rounding_mode_invalid',
      mode: '"nearest"',
    });
    expect(detailOf(() => text('1', 'toString' as RoundingMode))).toMatchObject({
      code: 'money/rounding_mode_invalid',
    });
  });
});
