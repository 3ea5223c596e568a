import { describe, expect, it } from 'vitest';
import { money, subtractMoney, type Money } from '../../src/index.js';
import { detailOf } from './_helpers.js';

describe('subtractMoney', () => {
  it('subtracts exactly and may go negative', () => {
    expect(subtractMoney(money('0.3', 'EUR'), money('0.1', 'EUR')).amount.toString()).toBe('0.2');
    expect(subtractMoney(money('10', 'EUR'), money('12.5', 'EUR')).amount.toString()).toBe('-2.5');
  });

  it('gives a plain zero, not a negative zero', () => {
    const zero = subtractMoney(money('1.10', 'EUR'), money('1.1', 'EUR'));
    expect(zero.amount.isZero()).toBe(true);
    expect(zero.amount.isNegative()).toBe(false);
  });

  it('throws on mixed currencies', () => {
    const a: Money = money('1', 'KWD');
    const b: Money = money('1', 'BHD');
    expect(detailOf(() => subtractMoney(a, b))).toMatchObject({
      code: 'money/currency_mismatch',
      operation: 'subtractMoney',
    });
  });
});
