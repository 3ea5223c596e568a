import type { Money } from './types.js';
import { toD } from './_internal/decimal.js';

/**
 * Tells whether two amounts are equal: same currency and same value (12.5 equals 12.50).
 * Unlike `compareMoney`, different currencies are simply not equal (no error).
 *
 * @param a - the first amount
 * @param b - the second amount
 * @returns true when currency and value are equal
 * @example
 * ```ts
 * equalsMoney(money('12.5', 'EUR'), money('12.50', 'EUR')); // true
 * equalsMoney(money('1', 'EUR'), money('1', 'GBP')); // false
 * ```
 */
export function equalsMoney(a: Money, b: Money): boolean {
  return a.currency === b.currency && toD(a.amount).equals(toD(b.amount));
}
