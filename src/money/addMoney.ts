import type { CurrencyCode } from './currencies.js';
import type { Money } from './types.js';
import { assertSameCurrency } from './_internal/assertSameCurrency.js';
import { createMoney } from './_internal/createMoney.js';
import { addExact } from './_internal/decimal.js';

/**
 * Adds two amounts of the same currency, exactly (no rounding).
 *
 * @param a - the first amount
 * @param b - the second amount, in the same currency (mixing literal currencies is a compile
 *   error)
 * @returns a + b
 * @throws OrdokitError `money/currency_mismatch` when the currencies differ at run time
 * @example
 * ```ts
 * addMoney(money('0.1', 'EUR'), money('0.2', 'EUR')).amount.toString(); // '0.3'
 * ```
 */
export function addMoney<C extends CurrencyCode>(a: Money<C>, b: Money<NoInfer<C>>): Money<C> {
  assertSameCurrency(a.currency, b.currency, 'addMoney');
  return createMoney(addExact(a.amount, b.amount), a.currency);
}
