import type { CurrencyCode } from './currencies.js';
import type { Money } from './types.js';
import { createMoney } from './_internal/createMoney.js';

/**
 * Changes the sign of an amount (a charge becomes a refund).
 *
 * @param m - the amount
 * @returns −m, in the same currency (the negation of zero is zero)
 * @example
 * ```ts
 * negateMoney(money('5', 'EUR')).amount.toString(); // '-5'
 * ```
 */
export function negateMoney<C extends CurrencyCode>(m: Money<C>): Money<C> {
  return createMoney(m.amount.negated(), m.currency);
}
