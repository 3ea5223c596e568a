import type { CurrencyCode } from './currencies.js';
import type { Money } from './types.js';
import { createMoney } from './_internal/createMoney.js';
import { D } from './_internal/decimal.js';
import { readCurrency, unwrapOrThrow } from './_internal/readCurrency.js';

/**
 * Returns zero in a currency.
 *
 * @param currency - an ISO 4217 code
 * @returns 0 in that currency
 * @throws OrdokitError `money/currency_unknown` when `currency` is not in the ISO table
 * @example
 * ```ts
 * zeroMoney('EUR').amount.isZero(); // true
 * ```
 */
export function zeroMoney<C extends CurrencyCode>(currency: C): Money<C> {
  const code = unwrapOrThrow(readCurrency(currency), 'zeroMoney');
  return createMoney(new D(0), code as C);
}
