import { describe, expect, it } from 'vitest';
import { moneyFromMinorUnits } from '../../src/index.js';

function amountOf(result: ReturnType<typeof moneyFromMinorUnits>): string | undefined {
  return result.ok ? result.value.amount.toString() : undefined;
}

describe('moneyFromMinorUnits', () => {
  it('divides by the ISO minor unit of the currency', () => {
    expect(amountOf(moneyFromMinorUnits(1250, 'EUR'))).toBe('12.5');
    expect(amountOf(moneyFromMinorUnits(1250, 'JPY'))).toBe('1250');
    expect(amountOf(moneyFromMinorUnits(1250, 'KWD'))).toBe('1.25');
    expect(amountOf(moneyFromMinorUnits(1250, 'HUF'))).toBe('12.5');
    expect(amountOf(moneyFromMinorUnits(12345, 'CLF'))).toBe('1.2345');
  });

  it('accepts bigints and integer text, negative too', () => {
    expect(amountOf(moneyFromMinorUnits(-1n, 'EUR'))).toBe('-0.01');
    expect(amountOf(moneyFromMinorUnits(' -1250 ', 'EUR'))).toBe('-12.5');
    expect(amountOf(moneyFromMinorUnits(99999999999999999n, 'EUR'))).toBe('999999999999999.99');
    expect(amountOf(moneyFromMinorUnits(-0, 'EUR'))).toBe('0');
  });

  it.each([
    [12.5, 'not_an_integer'],
    [Number.NaN, 'not_an_integer'],
    [Number.POSITIVE_INFINITY, 'not_an_integer'],
    [2 ** 53, 'unsafe_integer'],
    ['12.50', 'not_an_integer'],
    ['1e3', 'not_an_integer'],
    ['', 'not_an_integer'],
    ['9'.repeat(65), 'too_long'],
  ])('refuses %s (%s)', (units, reason) => {
    expect(moneyFromMinorUnits(units, 'EUR')).toMatchObject({
      ok: false,
      error: { code: 'money/minor_units_invalid', reason },
    });
  });

  it('refuses wrong types and unknown currencies without throwing', () => {
    expect(moneyFromMinorUnits(null as unknown as number, 'EUR')).toMatchObject({
      ok: false,
      error: { code: 'money/minor_units_invalid', reason: 'wrong_type' },
    });
    expect(moneyFromMinorUnits(1, 'HRK')).toMatchObject({
      ok: false,
      error: { code: 'money/currency_unknown', currency: '"HRK"' },
    });
  });

  it('refuses counts whose amount is beyond the bound', () => {
    expect(moneyFromMinorUnits(100000000000000000n, 'EUR')).toMatchObject({
      ok: false,
      error: { code: 'money/amount_out_of_range', reason: 'too_large' },
    });
  });
});
