import { Decimal } from 'decimal.js';
import type { RoundingMode } from '../money/index.js';

/**
 * Exact amount arithmetic for the order arbitrary, written apart from `validateTotals` so that
 * the two can check each other: amounts are bigint minor units, taxes from rates are decimals
 * in minor units rounded to whole units with decimal.js's own rounding modes.
 */
const TD = Decimal.clone({ precision: 80, toExpNeg: -9e15, toExpPos: 9e15 });

/**
 * Named rounding modes to decimal.js's constants. The money module has the same table; it is
 * written again here on purpose, so that a wrong entry there fails the totals properties.
 */
const modes: Readonly<Record<RoundingMode, Decimal.Rounding>> = {
  half_even: Decimal.ROUND_HALF_EVEN,
  half_up: Decimal.ROUND_HALF_UP,
  half_down: Decimal.ROUND_HALF_DOWN,
  up: Decimal.ROUND_UP,
  down: Decimal.ROUND_DOWN,
  ceil: Decimal.ROUND_CEIL,
  floor: Decimal.ROUND_FLOOR,
};

/** Writes minor units as plain decimal text: `12345n` with 2 decimals → `'123.45'`. */
export function unitsToAmount(units: bigint, minorUnits: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(minorUnits + 1, '0');
  const whole = digits.slice(0, digits.length - minorUnits);
  const fraction = minorUnits === 0 ? '' : `.${digits.slice(digits.length - minorUnits)}`;
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** The tax on `baseUnits` at `rate`, in minor units, unrounded (on top of or inside the base). */
export function rawTaxUnits(baseUnits: bigint, rate: string, pricesIncludeTax: boolean): Decimal {
  const base = new TD(baseUnits.toString());
  const r = new TD(rate);
  return pricesIncludeTax ? base.times(r).div(r.plus(1)) : base.times(r);
}

/** Rounds a decimal number of minor units to a whole number of them. */
export function roundUnits(units: Decimal, mode: RoundingMode): bigint {
  return BigInt(units.toDecimalPlaces(0, modes[mode]).toFixed(0));
}

/** A canonical key for a rate, so that `'0.2'` and `'0.20'` are one rate. */
export function rateKey(rate: string): string {
  return new TD(rate).toString();
}
