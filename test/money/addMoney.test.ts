import { describe, expect, it } from 'vitest';
import { addMoney, money, type Money } from '../../src/index.js';
import { detailOf } from './_helpers.js';

describe('addMoney', () => {
  it('adds exactly, without float drift', () => {
    expect(addMoney(money('0.1', 'EUR'), money('0.2', 'EUR')).amount.toString()).toBe('0.3');
    expect(addMoney(money(0.1, 'EUR'), money(0.2, 'EUR')).amount.toString()).toBe('0.3');
  });

  it('keeps every digit of large and tiny amounts', () => {
    const sum = addMoney(
      money('999999999999999.99', 'EUR'),
      money('0.00000000000000000001', 'EUR'),
    );
    expect(sum.amount.toFixed()).toBe('999999999999999.99000000000000000001');
  });

  it('returns the currency of its operands', () => {
    expect(addMoney(money('1', 'JPY'), money('2', 'JPY'))).toMatchObject({ currency: 'JPY' });
  });

  it('throws a typed error when currencies differ at run time', () => {
    const eur: Money = money('1', 'EUR');
    const gbp: Money = money('1', 'GBP');
    expect(detailOf(() => addMoney(eur, gbp))).toEqual({
      code: 'money/currency_mismatch',
      expected: 'EUR',
      actual: 'GBP',
      operation: 'addMoney',
    });
  });
});
