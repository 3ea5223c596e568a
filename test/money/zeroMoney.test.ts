import { describe, expect, it } from 'vitest';
import { isOrdokitError, zeroMoney } from '../../src/index.js';

describe('zeroMoney', () => {
  it('returns zero in the currency', () => {
    const zero = zeroMoney('JPY');
    expect(zero.amount.toString()).toBe('0');
    expect(zero.currency).toBe('JPY');
  });

  it('throws on an unknown currency', () => {
    expect(() => zeroMoney('XYZ' as 'EUR')).toThrow(
      expect.objectContaining({ code: 'money/currency_unknown' }) as Error,
    );
    try {
      zeroMoney('XYZ' as 'EUR');
    } catch (error) {
      expect(isOrdokitError(error)).toBe(true);
    }
  });
});
