import { Decimal } from 'decimal.js';

/** Significant digits kept by arithmetic; operations that need more switch to a wider clone. */
const PRECISION = 100;

/**
 * ordokit's private decimal.js constructor. It never touches decimal.js's global config:
 * high precision, and exponent thresholds so wide that `toString()` never uses exponent notation.
 */
export const D = Decimal.clone({
  precision: PRECISION,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -9e15,
  toExpPos: 9e15,
  minE: -9e15,
  maxE: 9e15,
});

const wider = new Map<number, Decimal.Constructor>();

/**
 * Returns a constructor with at least `digits` significant digits of precision, so that an
 * exact result of that many digits is never rounded.
 */
function constructorFor(digits: number): Decimal.Constructor {
  if (digits <= PRECISION) return D;
  // Round up to a multiple of 100 so the cache stays small.
  const precision = Math.ceil(digits / 100) * 100;
  let ctor = wider.get(precision);
  if (ctor === undefined) {
    ctor = D.clone({ precision });
    wider.set(precision, ctor);
  }
  return ctor;
}

/** Copies any decimal.js value (from any clone) into ordokit's constructor, without -0. */
export function toD(value: Decimal): Decimal {
  const copy = new D(value);
  return copy.isZero() ? new D(0) : copy;
}

/** Number of digits needed to hold `a` and `b` exactly once aligned (for + and −). */
function digitsForSum(a: Decimal, b: Decimal): number {
  const high = Math.max(a.e, b.e, 0) + 2;
  const low = Math.max(a.decimalPlaces(), b.decimalPlaces());
  return high + low;
}

/** Adds exactly, whatever the number of digits involved. */
export function addExact(a: Decimal, b: Decimal): Decimal {
  const Ctor = constructorFor(digitsForSum(a, b));
  const sum = new Ctor(a).plus(new Ctor(b));
  return toD(sum);
}

/** Multiplies exactly, whatever the number of digits involved. */
export function multiplyExact(a: Decimal, b: Decimal): Decimal {
  const Ctor = constructorFor(a.sd() + b.sd() + 1);
  return toD(new Ctor(a).times(new Ctor(b)));
}

/** Writes a decimal in plain notation with at least `minFractionDigits` decimals. */
export function toPlainString(value: Decimal, minFractionDigits = 0): string {
  const digits = Math.max(value.decimalPlaces(), minFractionDigits);
  const text = new D(value).toFixed(digits);
  return text.startsWith('-') && new D(value).isZero() ? text.slice(1) : text;
}
