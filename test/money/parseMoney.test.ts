import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { parseMoney } from '../../src/index.js';

function amountOf(result: ReturnType<typeof parseMoney>): string | undefined {
  return result.ok ? result.value.amount.toString() : undefined;
}

function errorOf(result: ReturnType<typeof parseMoney>): unknown {
  return result.ok ? undefined : result.error;
}

describe('parseMoney', () => {
  it('accepts plain decimal text, trimmed, keeping every decimal', () => {
    expect(amountOf(parseMoney(' 12.50 ', 'EUR'))).toBe('12.5');
    expect(amountOf(parseMoney('-0.005', 'EUR'))).toBe('-0.005');
    expect(amountOf(parseMoney('007', 'JPY'))).toBe('7');
    expect(amountOf(parseMoney('999999999999999.99', 'EUR'))).toBe('999999999999999.99');
  });

  it('accepts finite JSON numbers by their shortest text', () => {
    expect(amountOf(parseMoney(0.1, 'EUR'))).toBe('0.1');
    expect(amountOf(parseMoney(19.99, 'EUR'))).toBe('19.99');
    expect(amountOf(parseMoney(1e-7, 'EUR'))).toBe('0.0000001');
    expect(amountOf(parseMoney(-0, 'EUR'))).toBe('0');
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['1e5', 'exponent_notation'],
    ['1.5E-3', 'exponent_notation'],
    ['Infinity', 'not_finite'],
    ['-Infinity', 'not_finite'],
    ['NaN', 'not_finite'],
    ['12,50', 'not_a_decimal'],
    ['+1', 'not_a_decimal'],
    ['.5', 'not_a_decimal'],
    ['1.', 'not_a_decimal'],
    ['0x10', 'not_a_decimal'],
    ['１２', 'not_a_decimal'],
    ['1'.repeat(65), 'too_long'],
  ])('refuses the text %j (%s)', (input, reason) => {
    expect(errorOf(parseMoney(input, 'EUR'))).toMatchObject({
      code: 'money/amount_invalid',
      reason,
    });
  });

  it.each([
    [Number.NaN, 'not_finite'],
    [Number.POSITIVE_INFINITY, 'not_finite'],
    [null, 'wrong_type'],
    [undefined, 'wrong_type'],
    [true, 'wrong_type'],
    [[1], 'wrong_type'],
    [{ amount: '1' }, 'wrong_type'],
    [10n, 'wrong_type'],
    [new Decimal('1'), 'wrong_type'],
    [{ toStringTag: '[object Decimal]', d: 'abc', e: 1, s: 1 }, 'wrong_type'],
  ])('refuses %s (%s)', (input, reason) => {
    expect(errorOf(parseMoney(input, 'EUR'))).toMatchObject({
      code: 'money/amount_invalid',
      reason,
    });
  });

  it('refuses amounts beyond the documented bounds', () => {
    expect(errorOf(parseMoney('1000000000000000', 'EUR'))).toEqual({
      code: 'money/amount_out_of_range',
      input: '"1000000000000000"',
      reason: 'too_large',
      maxAbsExclusive: '1000000000000000',
      maxFractionDigits: 20,
    });
    expect(errorOf(parseMoney(-1e15, 'EUR'))).toMatchObject({ reason: 'too_large' });
    expect(errorOf(parseMoney('0.000000000000000000001', 'EUR'))).toMatchObject({
      reason: 'too_many_decimals',
    });
    // trailing zeros are not significant decimals
    expect(amountOf(parseMoney('1.000000000000000000000000', 'EUR'))).toBe('1');
  });

  it('refuses unknown currencies, whatever the amount', () => {
    expect(errorOf(parseMoney('1', 'HRK'))).toEqual({
      code: 'money/currency_unknown',
      currency: '"HRK"',
    });
    expect(errorOf(parseMoney('x', 'eur'))).toMatchObject({ code: 'money/currency_unknown' });
    expect(errorOf(parseMoney('1', '__proto__'))).toMatchObject({ code: 'money/currency_unknown' });
    expect(errorOf(parseMoney('1', 978))).toEqual({
      code: 'money/currency_unknown',
      currency: '978',
    });
  });

  it('describes long inputs briefly', () => {
    const result = parseMoney('x'.repeat(100), 'EUR');
    expect(errorOf(result)).toMatchObject({ input: `"${'x'.repeat(40)}"…` });
  });
});
