import type { Decimal } from 'decimal.js';
import type { CurrencyCode } from './currencies.js';
import type { Money } from './types.js';
import { assertSameCurrency } from './_internal/assertSameCurrency.js';
import { createMoney } from './_internal/createMoney.js';
import { addExact, D } from './_internal/decimal.js';
import { readCurrency, unwrapOrThrow } from './_internal/readCurrency.js';

/**
 * Adds a list of amounts of one currency, exactly. An empty list sums to zero.
 *
 * @param items - the amounts, all in `currency` (checked at run time: a list can mix
 *   currencies without the types noticing)
 * @param currency - the currency of the result (needed for the empty list)
 * @returns the exact total
 * @throws OrdokitError `money/currency_mismatch` when an item is in another currency,
 *   `money/currency_unknown` when `currency` is not an ISO code
 * @example
 * ```ts
 * sumMoney([money('1.10', 'EUR'), money('2.20', 'EUR')], 'EUR').amount.toString(); // '3.3'
 * sumMoney([], 'EUR').amount.toString(); // '0'
 * ```
 */
export function sumMoney<C extends CurrencyCode>(
  items: readonly Money<C>[],
  currency: C,
): Money<C> {
  const code = unwrapOrThrow(readCurrency(currency), 'sumMoney') as C;
  let total: Decimal = new D(0);
  for (const item of items) {
    assertSameCurrency(code, item.currency, 'sumMoney');
    total = addExact(total, item.amount);
  }
  return createMoney(total, code);
}
