import type { CurrencyCode } from './currencies.js';
import type { Money } from './types.js';
import { assertSameCurrency } from './_internal/assertSameCurrency.js';
import { createMoney } from './_internal/createMoney.js';
import { addExact } from './_internal/decimal.js';

/**
 * Subtracts an amount from another of the same currency, exactly (no rounding).
 *
 * @param a - the amount to subtract from
 * @param b - the amount to subtract, in the same currency
 * @returns a − b (may be negative)
 * @throws OrdokitError `money/currency_mismatch` when the currencies differ at run time
 * @example
 * ```ts
 * subtractMoney(money('10', 'EUR'), money('12.5', 'EUR')).amount.toString(); // '-2.5'
 * ```
 */
export function subtractMoney<C extends CurrencyCode>(a: Money<C>, b: Money<NoInfer<C>>): Money<C> {
  assertSameCurrency(a.currency, b.currency, 'subtractMoney');
  return createMoney(addExact(a.amount, b.amount.negated()), a.currency);
}
