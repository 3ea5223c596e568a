import { describe, expect, it } from 'vitest';
import { isNegativeMoney, money } from '../../src/index.js';

describe('isNegativeMoney', () => {
  it('is true below zero only', () => {
    expect(isNegativeMoney(money('-0.01', 'EUR'))).toBe(true);
    expect(isNegativeMoney(money('0', 'EUR'))).toBe(false);
    expect(isNegativeMoney(money('-0', 'EUR'))).toBe(false);
    expect(isNegativeMoney(money('0.01', 'EUR'))).toBe(false);
  });
});
