import type { CurrencyCode } from './currencies.js';
import { createMoney } from './_internal/createMoney.js';
import { readAmountInput } from './_internal/readDecimal.js';
import { readCurrency, unwrapOrThrow } from './_internal/readCurrency.js';
import type { DecimalInput, Money } from './types.js';

/**
 * Creates an amount of money from a literal in code. For untrusted data use `parseMoney`.
 *
 * @param amount - a plain decimal string (`'12.50'`), a finite number (read from its shortest
 *   text, so `0.1` is exactly 0.1) or a Decimal
 * @param currency - an ISO 4217 code
 * @returns the frozen Money
 * @throws OrdokitError `money/amount_invalid`, `money/amount_out_of_range` or
 *   `money/currency_unknown` when the arguments are not what the types promise
 * @example
 * ```ts
 * const price = money('19.99', 'EUR');
 * price.amount.toString(); // '19.99'
 * ```
 */
export function money<C extends CurrencyCode>(amount: DecimalInput, currency: C): Money<C> {
  const code = unwrapOrThrow(readCurrency(currency), 'money');
  const value = unwrapOrThrow(readAmountInput(amount), 'money');
  return createMoney(value, code as C);
}
