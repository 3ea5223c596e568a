import type { CurrencyCode } from './currencies.js';
import type { DecimalInput, Money } from './types.js';
import { createMoney } from './_internal/createMoney.js';
import { multiplyExact } from './_internal/decimal.js';
import { readDecimal } from './_internal/readDecimal.js';
import { unwrapOrThrow } from './_internal/readCurrency.js';

/**
 * Multiplies an amount by a quantity or a rate, exactly (no rounding: round the result with
 * `roundMoney` where the domain says so).
 *
 * @param m - the amount
 * @param factor - a quantity (`3`) or a rate (`'0.2'`): plain decimal text, a finite number or a
 *   Decimal
 * @returns m × factor, in the same currency
 * @throws OrdokitError `money/amount_invalid` when `factor` is not a finite decimal
 * @example
 * ```ts
 * multiplyMoney(money('19.99', 'EUR'), 3).amount.toString(); // '59.97'
 * multiplyMoney(money('10.05', 'EUR'), '0.2').amount.toString(); // '2.01'
 * ```
 */
export function multiplyMoney<C extends CurrencyCode>(m: Money<C>, factor: DecimalInput): Money<C> {
  const value = unwrapOrThrow(readDecimal(factor), 'multiplyMoney');
  return createMoney(multiplyExact(m.amount, value), m.currency);
}
