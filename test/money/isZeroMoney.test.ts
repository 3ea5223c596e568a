import { describe, expect, it } from 'vitest';
import { isZeroMoney, money } from '../../src/index.js';

describe('isZeroMoney', () => {
  it('tells zero apart', () => {
    expect(isZeroMoney(money('0.00', 'EUR'))).toBe(true);
    expect(isZeroMoney(money('-0', 'EUR'))).toBe(true);
    expect(isZeroMoney(money('0.001', 'EUR'))).toBe(false);
  });
});
