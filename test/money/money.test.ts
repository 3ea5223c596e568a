import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { isOrdokitError, money } from '../../src/index.js';

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('money', () => {
  it('reads plain decimal text exactly', () => {
    const m = money('19.99', 'EUR');
    expect(m.amount.toString()).toBe('19.99');
    expect(m.currency).toBe('EUR');
  });

  it('reads numbers from their shortest text, without float drift', () => {
    expect(money(0.1, 'EUR').amount.toString()).toBe('0.1');
    expect(money(1.005, 'EUR').amount.toString()).toBe('1.005');
  });

  it('copies Decimals from the global decimal.js constructor', () => {
    expect(money(new Decimal('12.345'), 'KWD').amount.toString()).toBe('12.345');
  });

  it('reads Decimals of another decimal.js copy through their text, refuses look-alikes', () => {
    const foreign = { toStringTag: '[object Decimal]', toString: () => '1.5e-3' };
    expect(money(foreign as unknown as Decimal, 'EUR').amount.toString()).toBe('0.0015');
    const forged = { toStringTag: '[object Decimal]', d: 'abc', e: 1, s: 1 };
    expect(() => money(forged as unknown as Decimal, 'EUR')).toThrow(
      expect.objectContaining({ code: 'money/amount_invalid' }) as Error,
    );
  });

  it('is frozen and has no negative zero', () => {
    const m = money('-0', 'EUR');
    expect(Object.isFrozen(m)).toBe(true);
    expect(m.amount.isNegative()).toBe(false);
  });

  it('throws typed errors on bad literals', () => {
    const bad = thrown(() => money('1e5', 'EUR'));
    expect(isOrdokitError(bad) && bad.detail).toEqual({
      code: 'money/amount_invalid',
      input: '"1e5"',
      reason: 'exponent_notation',
    });
    const unknown = thrown(() => money('1', 'XYZ' as 'EUR'));
    expect(isOrdokitError(unknown) && unknown.detail).toEqual({
      code: 'money/currency_unknown',
      currency: '"XYZ"',
    });
    const large = thrown(() => money('1000000000000000', 'EUR'));
    expect(isOrdokitError(large) && large.code).toBe('money/amount_out_of_range');
    const nan = thrown(() => money(Number.NaN, 'EUR'));
    expect(isOrdokitError(nan) && nan.detail).toMatchObject({ reason: 'not_finite' });
  });
});
