import { describe, expect, it } from 'vitest';
import { compareMoney, money, type Money } from '../../src/index.js';
import { detailOf } from './_helpers.js';

describe('compareMoney', () => {
  it('orders amounts', () => {
    expect(compareMoney(money('1.5', 'EUR'), money('1.49', 'EUR'))).toBe(1);
    expect(compareMoney(money('-2', 'EUR'), money('1', 'EUR'))).toBe(-1);
    expect(compareMoney(money('12.5', 'EUR'), money('12.50', 'EUR'))).toBe(0);
  });

  it('sorts a list', () => {
    const list = ['3', '-1', '2.5', '0'].map((a) => money(a, 'EUR'));
    expect(list.sort(compareMoney).map((m) => m.amount.toString())).toEqual([
      '-1',
      '0',
      '2.5',
      '3',
    ]);
  });

  it('throws on mixed currencies', () => {
    const a: Money = money('1', 'EUR');
    const b: Money = money('1', 'CHF');
    expect(detailOf(() => compareMoney(a, b))).toEqual({
      code: 'money/currency_mismatch',
      expected: 'EUR',
      actual: 'CHF',
      operation: 'compareMoney',
    });
  });
});
