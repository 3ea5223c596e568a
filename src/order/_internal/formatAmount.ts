import type { MoneyJson } from '../../money/index.js';
import type { Locale } from '../../result/index.js';

/**
 * An amount for a message: `104.00 EUR` / `104,00 EUR`, with a real minus sign; `signed` adds
 * `+` to positive amounts.
 */
export function formatAmount(m: MoneyJson, locale: Locale, signed = false): string {
  const negative = m.amount.startsWith('-');
  const digits = negative ? m.amount.slice(1) : m.amount;
  const zero = /^[0.]*$/.test(digits);
  const sign = negative ? '−' : signed && !zero ? '+' : '';
  return `${sign}${locale === 'fr' ? digits.replace('.', ',') : digits} ${m.currency}`;
}
