import type { MoneyJson, RoundingMode } from '../../money/index.js';
import type { TotalsCheck } from '../errors.js';
import type { Order } from '../schema.js';

/**
 * The totals check in whole minor units, for the common order: every amount has at most the
 * currency's decimals and every figure stays a safe integer. It decides exactly what the decimal
 * path decides (integers are exact; rounded taxes are integer divisions with their remainder),
 * and answers only when every equation holds: a failing order, or one it cannot represent, goes
 * to the decimal path, which also explains the failure.
 */

/** What the fast path needs besides the order. */
export interface MinorUnitsContext {
  readonly minorUnits: number;
  readonly rounding: RoundingMode;
  /** The tolerance in minor units. */
  readonly toleranceUnits: number;
}

/** The figures of an order whose every equation holds, in minor units. */
export interface MinorUnitsReport {
  readonly products: number;
  readonly tax: number;
  readonly grandTotal: number;
  readonly checks: readonly TotalsCheck[];
}

/** Tax rates have at most 6 decimals: a rate is `P / RATE_SCALE` with an integer `P`. */
const RATE_SCALE = 1_000_000;

/** Digits a safe integer always holds (2^53 ≈ 9.007e15). */
const SAFE_DIGITS = 15;

/** A sum that is NaN when it leaves the safe integers (NaN then spreads to every result). */
function add(a: number, b: number): number {
  const sum = a + b;
  return Number.isSafeInteger(sum) ? sum : Number.NaN;
}

function sub(a: number, b: number): number {
  return add(a, -b);
}

function mul(a: number, b: number): number {
  const product = a * b;
  return Number.isSafeInteger(product) ? product + 0 : Number.NaN;
}

/**
 * An amount (`^-?\d+(\.\d+)?$`, as the schema checked) as an integer of minor units; NaN when
 * it has more significant decimals than the currency or too many digits.
 */
export function toMinorUnits(amount: string, minorUnits: number): number {
  const negative = amount.startsWith('-');
  const body = negative ? amount.slice(1) : amount;
  const dot = body.indexOf('.');
  const whole = dot === -1 ? body : body.slice(0, dot);
  let fraction = dot === -1 ? '' : body.slice(dot + 1);
  if (fraction.length > minorUnits) {
    // Trailing zeros beyond the currency's decimals change nothing ('1.500' is 1.50).
    if (!/^0*$/.test(fraction.slice(minorUnits))) return Number.NaN;
    fraction = fraction.slice(0, minorUnits);
  }
  if (whole.length + minorUnits > SAFE_DIGITS) return Number.NaN;
  const units = Number(whole + fraction.padEnd(minorUnits, '0'));
  return units === 0 ? 0 : negative ? -units : units;
}

/** A tax rate (`'0.055'`, at most 6 decimals as the schema checked) as `P` of `P / 10^6`. */
function rateUnits(rate: string): number {
  const dot = rate.indexOf('.');
  const fraction = dot === -1 ? '' : rate.slice(dot + 1);
  const whole = dot === -1 ? rate : rate.slice(0, dot);
  return Number(whole) * RATE_SCALE + Number(fraction.padEnd(6, '0'));
}

/**
 * `numerator / denominator` (denominator > 0) rounded to an integer with the mode, as decimal.js
 * rounds (`up` away from zero, `ceil` towards +∞, `half_up` ties away from zero…). NaN in, NaN
 * out.
 */
export function divideRounded(numerator: number, denominator: number, mode: RoundingMode): number {
  // Below 2^52, the quotient times the denominator stays exact even when one off.
  if (!Number.isSafeInteger(numerator) || Math.abs(numerator) > 2 ** 52) return Number.NaN;
  let quotient = Math.trunc(numerator / denominator);
  let remainder = numerator - quotient * denominator;
  // The float division can be one off near an integer: settle the remainder's range and sign.
  while (remainder >= denominator || (numerator < 0 && remainder > 0)) {
    quotient += 1;
    remainder -= denominator;
  }
  while (remainder <= -denominator || (numerator > 0 && remainder < 0)) {
    quotient -= 1;
    remainder += denominator;
  }
  if (remainder === 0) return quotient + 0;
  const away = quotient + (numerator < 0 ? -1 : 1);
  const half = Math.sign(2 * Math.abs(remainder) - denominator);
  let rounded: number;
  switch (mode) {
    case 'up':
      rounded = away;
      break;
    case 'down':
      rounded = quotient;
      break;
    case 'ceil':
      rounded = numerator > 0 ? away : quotient;
      break;
    case 'floor':
      rounded = numerator < 0 ? away : quotient;
      break;
    case 'half_up':
      rounded = half >= 0 ? away : quotient;
      break;
    case 'half_down':
      rounded = half > 0 ? away : quotient;
      break;
    case 'half_even':
      rounded = half > 0 || (half === 0 && quotient % 2 !== 0) ? away : quotient;
      break;
  }
  return rounded + 0;
}

/** The tax on `base` (minor units) at rate `P / 10^6`: on top of the base, or included in it. */
function taxOf(base: number, rate: number, includesTax: boolean, mode: RoundingMode): number {
  return divideRounded(mul(base, rate), includesTax ? RATE_SCALE + rate : RATE_SCALE, mode);
}

/**
 * The totals report of an order whose equations all hold, computed in minor units; undefined
 * when some equation fails or some figure does not fit (the decimal path then decides).
 */
export function checkTotalsInMinorUnits(
  order: Order,
  ctx: MinorUnitsContext,
): MinorUnitsReport | undefined {
  const { minorUnits, rounding, toleranceUnits } = ctx;
  const { pricesIncludeTax, taxRounding } = order.totals;
  const units = (m: MoneyJson | undefined): number | undefined =>
    m === undefined ? undefined : toMinorUnits(m.amount, minorUnits);
  const holds = (stated: number, computed: number): boolean =>
    Math.abs(stated - computed) <= toleranceUnits;
  const lineChecks = new Set<TotalsCheck>();
  let products = 0;
  let lineTax = 0;
  let untaxedLines = 0;
  const baseByRate = new Map<number, number>();
  for (const line of order.lines) {
    const lineTotal = units(line.lineTotal);
    const unitPrice = units(line.unitPrice);
    const fromUnit = unitPrice === undefined ? undefined : mul(unitPrice, line.quantities.ordered);
    const value = lineTotal ?? fromUnit ?? 0;
    if (lineTotal !== undefined && fromUnit !== undefined) {
      if (!holds(lineTotal, fromUnit)) return undefined;
      lineChecks.add('line_total');
    }
    products = add(products, value);
    const tax = units(line.tax);
    const rate = line.taxRate === undefined ? undefined : rateUnits(line.taxRate);
    const base = sub(value, units(line.discount) ?? 0);
    if (rate !== undefined && tax !== undefined && taxRounding === 'line') {
      if (!holds(tax, taxOf(base, rate, pricesIncludeTax, rounding))) return undefined;
      lineChecks.add('line_tax');
    }
    if (tax !== undefined) lineTax = add(lineTax, tax);
    else if (rate === undefined) untaxedLines += 1;
    else if (taxRounding === 'line')
      lineTax = add(lineTax, taxOf(base, rate, pricesIncludeTax, rounding));
    else baseByRate.set(rate, add(baseByRate.get(rate) ?? 0, base));
  }
  const t = order.totals;
  const stated = {
    products: toMinorUnits(t.products.amount, minorUnits),
    shipping: toMinorUnits(t.shipping.amount, minorUnits),
    tax: toMinorUnits(t.tax.amount, minorUnits),
    discount: toMinorUnits(t.discount.amount, minorUnits),
    grandTotal: toMinorUnits(t.grandTotal.amount, minorUnits),
    paid: toMinorUnits(t.paid.amount, minorUnits),
  };
  if (!holds(stated.products, products)) return undefined;
  let computedTax: number | undefined;
  if (untaxedLines === 0) {
    computedTax = add(lineTax, units(t.shippingTax) ?? 0);
    for (const [rate, base] of baseByRate) {
      computedTax = add(computedTax, taxOf(base, rate, pricesIncludeTax, rounding));
    }
    if (!holds(stated.tax, computedTax)) return undefined;
  }
  const statedBeforeTax = sub(add(stated.products, stated.shipping), stated.discount);
  const grandTotal = pricesIncludeTax ? statedBeforeTax : add(statedBeforeTax, stated.tax);
  if (!holds(stated.grandTotal, grandTotal) || !holds(stated.paid, stated.grandTotal)) {
    return undefined;
  }
  const tax = computedTax ?? stated.tax;
  const beforeTax = sub(add(products, stated.shipping), stated.discount);
  const report: MinorUnitsReport = {
    products,
    tax,
    grandTotal: pricesIncludeTax ? beforeTax : add(beforeTax, tax),
    checks: [
      ...lineChecks,
      'products',
      ...(computedTax === undefined ? [] : (['tax'] as const)),
      'grand_total',
      'paid',
    ],
  };
  // A NaN anywhere (an amount it cannot represent, a figure past the safe integers) makes
  // some comparison false above, or shows here: the decimal path decides instead.
  return Number.isNaN(report.products + report.tax + report.grandTotal) ? undefined : report;
}

/** Minor units as a plain amount with the currency's decimals: 1250 → `'12.50'`. */
export function formatMinorUnits(value: number, minorUnits: number): string {
  const digits = String(Math.abs(value)).padStart(minorUnits + 1, '0');
  const whole = digits.slice(0, digits.length - minorUnits);
  const fraction = digits.slice(digits.length - minorUnits);
  return `${value < 0 ? '-' : ''}${whole}${minorUnits > 0 ? `.${fraction}` : ''}`;
}
