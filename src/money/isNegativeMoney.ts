import type { Money } from './types.js';

/**
 * Tells whether an amount is below zero (zero is not negative).
 *
 * @param m - the amount
 * @returns true when the amount is < 0
 * @example
 * ```ts
 * isNegativeMoney(money('-0.01', 'EUR')); // true
 * ```
 */
export function isNegativeMoney(m: Money): boolean {
  return m.amount.isNegative() && !m.amount.isZero();
}
