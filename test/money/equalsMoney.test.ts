import { describe, expect, it } from 'vitest';
import { equalsMoney, money } from '../../src/index.js';

describe('equalsMoney', () => {
  it('compares value and currency', () => {
    expect(equalsMoney(money('12.5', 'EUR'), money('12.50', 'EUR'))).toBe(true);
    expect(equalsMoney(money('12.5', 'EUR'), money('12.51', 'EUR'))).toBe(false);
    expect(equalsMoney(money('1', 'EUR'), money('1', 'GBP'))).toBe(false);
    expect(equalsMoney(money('0', 'EUR'), money('-0', 'EUR'))).toBe(true);
  });
});
