import type { Money } from './types.js';

/**
 * Tells whether an amount is zero.
 *
 * @param m - the amount
 * @returns true for 0 (and 0.00)
 * @example
 * ```ts
 * isZeroMoney(money('0.00', 'EUR')); // true
 * ```
 */
export function isZeroMoney(m: Money): boolean {
  return m.amount.isZero();
}
