import { minorUnitsOf, type CurrencyCode } from './currencies.js';
import type { Money, RoundingMode } from './types.js';
import { createMoney } from './_internal/createMoney.js';
import { toD } from './_internal/decimal.js';
import { checkFractionDigits, toDecimalRounding } from './_internal/rounding.js';

/**
 * Rounds an amount to a number of decimals with a named rounding mode.
 *
 * @param m - the amount
 * @param mode - the rounding mode (default `'half_even'`, banker's rounding); see `RoundingMode`
 * @param fractionDigits - decimals to keep (default: the currency's ISO minor units)
 * @returns the rounded amount, in the same currency
 * @throws OrdokitError `money/fraction_digits_invalid` when `fractionDigits` is not an integer
 *   from 0 to 100, `money/rounding_mode_invalid` for an unknown mode
 * @example
 * ```ts
 * roundMoney(money('2.345', 'EUR')).amount.toString(); // '2.34' (half_even)
 * roundMoney(money('2.345', 'EUR'), 'half_up').amount.toString(); // '2.35'
 * roundMoney(money('1234.5', 'JPY')).amount.toString(); // '1234'
 * ```
 */
export function roundMoney<C extends CurrencyCode>(
  m: Money<C>,
  mode: RoundingMode = 'half_even',
  fractionDigits?: number,
): Money<C> {
  const digits = checkFractionDigits(fractionDigits ?? minorUnitsOf(m.currency));
  const rounded = toD(m.amount).toDecimalPlaces(digits, toDecimalRounding(mode));
  return createMoney(rounded, m.currency);
}
