import { describe, expect, it } from 'vitest';
import { money, sumMoney, type Money } from '../../src/index.js';
import { detailOf } from './_helpers.js';

describe('sumMoney', () => {
  it('sums a list exactly', () => {
    const items = Array.from({ length: 10 }, () => money('0.1', 'EUR'));
    expect(sumMoney(items, 'EUR').amount.toString()).toBe('1');
  });

  it('sums an empty list to zero in the given currency', () => {
    const zero = sumMoney([], 'JPY');
    expect(zero.amount.toString()).toBe('0');
    expect(zero.currency).toBe('JPY');
  });

  it('throws on an item in another currency', () => {
    const items: Money[] = [money('1', 'EUR'), money('1', 'USD')];
    expect(detailOf(() => sumMoney(items, 'EUR'))).toEqual({
      code: 'money/currency_mismatch',
      expected: 'EUR',
      actual: 'USD',
      operation: 'sumMoney',
    });
  });

  it('throws on an unknown currency', () => {
    expect(detailOf(() => sumMoney([], 'ZZZ' as 'EUR'))).toMatchObject({
      code: 'money/currency_unknown',
    });
  });
});
