import { minorUnitsOf } from './currencies.js';
import type { Money, RoundingMode } from './types.js';
import { toD, toPlainString } from './_internal/decimal.js';
import { checkFractionDigits, toDecimalRounding } from './_internal/rounding.js';

/** Options of {@link formatMoney}. */
export interface FormatMoneyOptions {
  /** How to show the currency (default `'symbol'`). */
  readonly currencyDisplay?: 'symbol' | 'narrowSymbol' | 'code' | 'name';
  /** Decimals to show, 0 to 20 (default: the currency's ISO minor units, e.g. 2 for HUF). */
  readonly fractionDigits?: number;
  /** How to round to `fractionDigits` (default `'half_even'`). */
  readonly roundingMode?: RoundingMode;
}

/** `Intl.NumberFormat` accepts at most 20 fraction digits on Node 20. */
const MAX_INTL_FRACTION_DIGITS = 20;

interface DecimalTextFormat {
  format(value: string): string;
}

/**
 * Formats an amount for people with `Intl.NumberFormat` in currency style, but with the number
 * of decimals taken from ordokit's ISO table (so HUF and IDR show 2 decimals, where CLDR says
 * 0). The amount is rounded by ordokit first, then passed to Intl as decimal text, so large
 * amounts keep every digit (exact for any amount that `Intl` accepts as text; amounts are not
 * converted to a float).
 *
 * @param m - the amount
 * @param locale - a BCP 47 locale (default `'en-GB'`)
 * @param options - display, decimals and rounding
 * @returns the formatted text, e.g. `'€1,234.50'` or `'1 234,50 €'`
 * @throws RangeError from `Intl` for a malformed locale; OrdokitError
 *   `money/fraction_digits_invalid` (not an integer from 0 to 20) or
 *   `money/rounding_mode_invalid` for bad options
 * @example
 * ```ts
 * formatMoney(money('1234.5', 'EUR')); // '€1,234.50'
 * formatMoney(money('1234.5', 'HUF'), 'en-GB', { currencyDisplay: 'code' }); // 'HUF 1,234.50'
 * ```
 */
export function formatMoney(m: Money, locale = 'en-GB', options: FormatMoneyOptions = {}): string {
  const digits = checkFractionDigits(
    options.fractionDigits ?? minorUnitsOf(m.currency),
    MAX_INTL_FRACTION_DIGITS,
  );
  const rounding = toDecimalRounding(options.roundingMode ?? 'half_even');
  const rounded = toD(m.amount).toDecimalPlaces(digits, rounding);
  const format = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: m.currency,
    currencyDisplay: options.currencyDisplay ?? 'symbol',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }) as unknown as DecimalTextFormat;
  return format.format(toPlainString(rounded, digits));
}
