import { describe, expect, it } from 'vitest';
import { formatMoney, money, multiplyMoney } from '../../src/index.js';
import { detailOf } from './_helpers.js';

const nbsp = '\u00a0';
const narrowNbsp = '\u202f';

describe('formatMoney', () => {
  it('formats in en-GB by default with the ISO decimals', () => {
    expect(formatMoney(money('1234.5', 'EUR'))).toBe('€1,234.50');
    expect(formatMoney(money('1234', 'JPY'))).toBe('JP¥1,234');
    expect(formatMoney(money('1.5', 'KWD'), 'en-GB', { currencyDisplay: 'code' })).toBe(
      `KWD${nbsp}1.500`,
    );
  });

  it('shows 2 decimals for HUF and IDR, where CLDR would show 0', () => {
    expect(formatMoney(money('1234.5', 'HUF'), 'en-GB', { currencyDisplay: 'code' })).toBe(
      `HUF${nbsp}1,234.50`,
    );
    expect(formatMoney(money('1000.25', 'IDR'), 'en-GB', { currencyDisplay: 'code' })).toBe(
      `IDR${nbsp}1,000.25`,
    );
  });

  it('follows the locale', () => {
    expect(formatMoney(money('1234.5', 'EUR'), 'fr-FR')).toBe(`1${narrowNbsp}234,50${nbsp}€`);
  });

  it('rounds with a named mode, half_even by default', () => {
    expect(formatMoney(money('0.125', 'EUR'))).toBe('€0.12');
    expect(formatMoney(money('0.125', 'EUR'), 'en-GB', { roundingMode: 'half_up' })).toBe('€0.13');
    expect(formatMoney(money('-0.001', 'EUR'))).toBe('€0.00');
    expect(formatMoney(money('-1.5', 'EUR'))).toBe('-€1.50');
  });

  it('shows more decimals on request', () => {
    expect(formatMoney(money('0.12345', 'EUR'), 'en-GB', { fractionDigits: 4 })).toBe('€0.1234');
  });

  it('refuses more decimals than Intl can show', () => {
    expect(detailOf(() => formatMoney(money('1', 'EUR'), 'en-GB', { fractionDigits: 21 }))).toEqual(
      { code: 'money/fraction_digits_invalid', fractionDigits: 21, max: 20 },
    );
    expect(formatMoney(money('1.5', 'EUR'), 'en-GB', { fractionDigits: 20 })).toBe(
      `€1.5${'0'.repeat(19)}`,
    );
  });

  it('keeps every digit of very large amounts', () => {
    const huge = multiplyMoney(money('123456789012345.67', 'EUR'), '1000000000');
    expect(formatMoney(huge, 'en-GB', { currencyDisplay: 'code' })).toBe(
      `EUR${nbsp}123,456,789,012,345,670,000,000.00`,
    );
  });
});
