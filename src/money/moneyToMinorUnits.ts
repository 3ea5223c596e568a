import { minorUnitsOf } from './currencies.js';
import type { Money, RoundingMode } from './types.js';
import { toD } from './_internal/decimal.js';
import { toDecimalRounding } from './_internal/rounding.js';

/**
 * Converts an amount to an integer count of the currency's minor units (cents for EUR, yen
 * for JPY, fils for KWD), rounding first if the amount has more decimals.
 *
 * @param m - the amount
 * @param mode - how to round extra decimals (default `'half_even'`)
 * @returns the count of minor units, as a bigint
 * @throws OrdokitError `money/rounding_mode_invalid` for an unknown mode
 * @example
 * ```ts
 * moneyToMinorUnits(money('12.50', 'EUR')); // 1250n
 * moneyToMinorUnits(money('1250', 'JPY')); // 1250n
 * moneyToMinorUnits(money('1.2345', 'KWD'), 'half_up'); // 1235n (KWD has 3 decimals)
 * ```
 */
export function moneyToMinorUnits(m: Money, mode: RoundingMode = 'half_even'): bigint {
  const digits = minorUnitsOf(m.currency);
  const text = toD(m.amount).toFixed(digits, toDecimalRounding(mode));
  return BigInt(text.replace('.', ''));
}
