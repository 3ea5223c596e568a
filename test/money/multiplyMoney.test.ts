import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { money, multiplyMoney } from '../../src/index.js';
import { detailOf } from './_helpers.js';

describe('multiplyMoney', () => {
  it('multiplies by a quantity or a rate, exactly', () => {
    expect(multiplyMoney(money('19.99', 'EUR'), 3).amount.toString()).toBe('59.97');
    expect(multiplyMoney(money('10.05', 'EUR'), '0.2').amount.toString()).toBe('2.01');
    expect(multiplyMoney(money('0.1', 'EUR'), 0.1).amount.toString()).toBe('0.01');
    expect(multiplyMoney(money('5', 'EUR'), new Decimal('-1.5')).amount.toString()).toBe('-7.5');
  });

  it('does not round', () => {
    expect(multiplyMoney(money('9.99', 'EUR'), '0.055').amount.toString()).toBe('0.54945');
  });

  it('keeps every digit of long products', () => {
    const factor = '1.' + '1'.repeat(60);
    const product = multiplyMoney(money('999999999999999.99999999999999999999', 'EUR'), factor);
    // Independent check with integers: (10^35 − 1)·10^−20 × (10^61 − 1)/9·10^−60.
    const digits = ((10n ** 35n - 1n) * ((10n ** 61n - 1n) / 9n)).toString();
    const expected = `${digits.slice(0, -80)}.${digits.slice(-80)}`;
    expect(product.amount.toFixed()).toBe(expected);
    expect(product.amount.decimalPlaces()).toBe(80);
  });

  it('throws on a factor that is not a finite decimal', () => {
    expect(detailOf(() => multiplyMoney(money('1', 'EUR'), Number.NaN))).toMatchObject({
      code: 'money/amount_invalid',
      reason: 'not_finite',
    });
    expect(detailOf(() => multiplyMoney(money('1', 'EUR'), 'abc'))).toMatchObject({
      code: 'money/amount_invalid',
      reason: 'not_a_decimal',
    });
  });
});
