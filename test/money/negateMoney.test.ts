import { describe, expect, it } from 'vitest';
import { money, negateMoney } from '../../src/index.js';

describe('negateMoney', () => {
  it('changes the sign', () => {
    expect(negateMoney(money('5', 'EUR')).amount.toString()).toBe('-5');
    expect(negateMoney(money('-0.01', 'EUR')).amount.toString()).toBe('0.01');
  });

  it('keeps zero positive', () => {
    expect(negateMoney(money('0', 'EUR')).amount.isNegative()).toBe(false);
  });
});
