import { describe, expect, it } from 'vitest';
import { CurrencyCodeSchema, DecimalStringSchema, MoneyJsonSchema } from '../../src/index.js';

describe('CurrencyCodeSchema', () => {
  it('accepts known codes only', () => {
    expect(CurrencyCodeSchema.safeParse('EUR').success).toBe(true);
    expect(CurrencyCodeSchema.safeParse('HRK').success).toBe(false);
    expect(CurrencyCodeSchema.safeParse('eur').success).toBe(false);
    expect(CurrencyCodeSchema.safeParse(978).success).toBe(false);
  });
});

describe('DecimalStringSchema', () => {
  it.each(['0', '12.50', '-0.005', '999999999999999.99999999999999999999'])(
    'accepts %j',
    (text) => {
      expect(DecimalStringSchema.safeParse(text).success).toBe(true);
    },
  );

  it.each([
    '',
    ' 1',
    '1e5',
    '+1',
    '.5',
    'Infinity',
    'NaN',
    '12,5',
    '1000000000000000',
    '0.000000000000000000001',
    '0'.repeat(65),
  ])('refuses %j', (text) => {
    expect(DecimalStringSchema.safeParse(text).success).toBe(false);
  });

  it('refuses numbers', () => {
    expect(DecimalStringSchema.safeParse(12.5).success).toBe(false);
  });
});

describe('MoneyJsonSchema', () => {
  it('accepts { amount, currency } with a decimal string', () => {
    expect(MoneyJsonSchema.parse({ amount: '12.50', currency: 'EUR' })).toEqual({
      amount: '12.50',
      currency: 'EUR',
    });
  });

  it('refuses number amounts and unknown currencies', () => {
    expect(MoneyJsonSchema.safeParse({ amount: 12.5, currency: 'EUR' }).success).toBe(false);
    expect(MoneyJsonSchema.safeParse({ amount: '12.50', currency: 'XYZ' }).success).toBe(false);
  });
});
