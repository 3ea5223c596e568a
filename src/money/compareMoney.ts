import type { CurrencyCode } from './currencies.js';
import type { Money } from './types.js';
import { assertSameCurrency } from './_internal/assertSameCurrency.js';
import { toD } from './_internal/decimal.js';

/**
 * Compares two amounts of the same currency (usable as an `Array.prototype.sort` comparator).
 *
 * @param a - the first amount
 * @param b - the second amount, in the same currency
 * @returns -1 when a < b, 0 when equal (12.5 equals 12.50), 1 when a > b
 * @throws OrdokitError `money/currency_mismatch` when the currencies differ
 * @example
 * ```ts
 * compareMoney(money('12.5', 'EUR'), money('12.50', 'EUR')); // 0
 * ```
 */
export function compareMoney<C extends CurrencyCode>(
  a: Money<C>,
  b: Money<NoInfer<C>>,
): -1 | 0 | 1 {
  assertSameCurrency(a.currency, b.currency, 'compareMoney');
  const order = toD(a.amount).comparedTo(toD(b.amount));
  return order < 0 ? -1 : order > 0 ? 1 : 0;
}
