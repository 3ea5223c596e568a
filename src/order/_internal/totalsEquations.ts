import type { Decimal } from 'decimal.js';
import type { TotalsCheck } from '../errors.js';
import {
  decimalRoundingOf,
  ZERO,
  type LineAmounts,
  type TotalsAmounts,
  type TotalsContext,
} from './totalsModel.js';

/** One equation evaluated: what the order states, what the other amounts make. */
export interface Outcome {
  /** Stable id within one order: the check name, with the line index for line checks. */
  readonly id: string;
  readonly check: TotalsCheck;
  readonly lineIndex?: number;
  readonly stated: Decimal;
  readonly computed: Decimal;
  readonly holds: boolean;
}

/** A line with a tax rate but no tax amount: its tax is computed from the rate. */
interface RateOnlyTax {
  /** The rate as a canonical key, so that `'0.2'` and `'0.20'` are one rate. */
  readonly key: string;
  readonly rate: Decimal;
  /** The tax base: the line amount less the line's discount. */
  readonly base: Decimal;
}

/** What one line contributes to the order-level equations. */
export interface LineFigures {
  /** The amount counted in `products`: `lineTotal`, or `unitPrice × ordered` rounded. */
  readonly value: Decimal;
  readonly lineTotalCheck: Outcome | undefined;
  readonly lineTaxCheck: Outcome | undefined;
  /** The line's tax amount as given, if any. */
  readonly givenTax: Decimal | undefined;
  /** For a line with a rate but no tax amount: the rate and the base its tax is computed on. */
  readonly rateOnly: RateOnlyTax | undefined;
}

/** The tax bases of rate-only lines summed for one rate, and their tax (per-order rounding). */
interface RateBase {
  readonly rate: Decimal;
  readonly base: Decimal;
  /** The tax on `base` at `rate`, rounded once. */
  readonly tax: Decimal;
}

/** The order-level sums of the line figures. */
export interface Aggregates {
  readonly products: Decimal;
  /** Lines with neither a tax amount nor a rate: when any, the tax equation cannot be checked. */
  readonly untaxedLines: number;
  /** Σ given line taxes, plus (per-line rounding) Σ rounded taxes of rate-only lines. */
  readonly lineTax: Decimal;
  /**
   * Per-order rounding: Σ tax bases of rate-only lines, per rate. Bases are summed rather than
   * unrounded taxes so that sums stay exact (a tax-inclusive rate divides: 0.2 / 1.2 = 1/6) and
   * each rate's tax is computed and rounded once.
   */
  readonly baseByRate: ReadonlyMap<string, RateBase>;
}

/**
 * Rounds to the currency's minor units with the validation's rounding mode, as `roundMoney`
 * does (a negative zero becomes zero), without its copies.
 */
function roundToMinor(value: Decimal, ctx: TotalsContext): Decimal {
  const rounded = value.toDecimalPlaces(ctx.minorUnits, decimalRoundingOf[ctx.rounding]);
  return rounded.isZero() ? ZERO : rounded;
}

/** Whether `stated` is within the tolerance of `computed`. */
function isWithinTolerance(stated: Decimal, computed: Decimal, ctx: TotalsContext): boolean {
  // Exact check: for a finite stated amount, |stated − computed| ≤ 0 means equality.
  if (ctx.tolerance.isZero() && stated.isFinite()) return stated.eq(computed);
  return stated.minus(computed).abs().lte(ctx.tolerance);
}

function outcome(
  check: TotalsCheck,
  stated: Decimal,
  computed: Decimal,
  ctx: TotalsContext,
  lineIndex?: number,
): Outcome {
  const holds = isWithinTolerance(stated, computed, ctx);
  return lineIndex === undefined
    ? { id: check, check, stated, computed, holds }
    : { id: `${check}:${String(lineIndex)}`, check, lineIndex, stated, computed, holds };
}

/** The tax of `base` at `rate`, rounded: on top of the base, or included in it. */
function taxOf({ base, rate }: { base: Decimal; rate: Decimal }, ctx: TotalsContext): Decimal {
  const raw = ctx.pricesIncludeTax ? base.times(rate).div(rate.plus(1)) : base.times(rate);
  return roundToMinor(raw, ctx);
}

/** Computes one line's figures and its own checks (`line_total`, `line_tax`). */
export function computeLineFigures(
  line: LineAmounts,
  index: number,
  ctx: TotalsContext,
): LineFigures {
  const fromUnit =
    line.unitPrice === undefined
      ? undefined
      : roundToMinor(line.unitPrice.times(line.ordered), ctx);
  const value = line.lineTotal ?? fromUnit ?? ZERO;
  const lineTotalCheck =
    line.lineTotal !== undefined && fromUnit !== undefined
      ? outcome('line_total', line.lineTotal, fromUnit, ctx, index)
      : undefined;
  const { taxRate: rate, tax } = line;
  // The tax base is only needed to check a given tax per line, or to compute a missing one.
  const lineTaxCheck =
    rate !== undefined && tax !== undefined && ctx.taxRounding === 'line'
      ? outcome('line_tax', tax, taxOf({ base: value.minus(line.discount), rate }, ctx), ctx, index)
      : undefined;
  const rateOnly: RateOnlyTax | undefined =
    rate !== undefined && tax === undefined
      ? { key: rate.toString(), rate, base: value.minus(line.discount) }
      : undefined;
  return { value, lineTotalCheck, lineTaxCheck, givenTax: tax, rateOnly };
}

/** `a + b` or `a − b` (the same decimal as `a.plus(b.times(sign))`, without the product). */
function addSigned(a: Decimal, b: Decimal, sign: 1 | -1): Decimal {
  return sign === 1 ? a.plus(b) : a.minus(b);
}

function addLine(agg: Aggregates, f: LineFigures, sign: 1 | -1, ctx: TotalsContext): Aggregates {
  const products = addSigned(agg.products, f.value, sign);
  if (f.givenTax !== undefined) {
    return { ...agg, products, lineTax: addSigned(agg.lineTax, f.givenTax, sign) };
  }
  if (f.rateOnly === undefined) {
    return { ...agg, products, untaxedLines: agg.untaxedLines + sign };
  }
  if (ctx.taxRounding === 'line') {
    return { ...agg, products, lineTax: addSigned(agg.lineTax, taxOf(f.rateOnly, ctx), sign) };
  }
  const { key, rate, base } = f.rateOnly;
  const summed = addSigned(agg.baseByRate.get(key)?.base ?? ZERO, base, sign);
  const baseByRate = new Map(agg.baseByRate);
  baseByRate.set(key, { rate, base: summed, tax: taxOf({ base: summed, rate }, ctx) });
  return { ...agg, products, baseByRate };
}

/**
 * Sums the line figures: the sums `addLine` would reach line by line, with each rate's tax
 * (per-order rounding) computed once, on its final base.
 */
export function aggregate(figures: readonly LineFigures[], ctx: TotalsContext): Aggregates {
  let products = ZERO;
  let lineTax = ZERO;
  let untaxedLines = 0;
  const bases = new Map<string, { rate: Decimal; base: Decimal }>();
  for (const f of figures) {
    products = products.plus(f.value);
    if (f.givenTax !== undefined) {
      lineTax = lineTax.plus(f.givenTax);
    } else if (f.rateOnly === undefined) {
      untaxedLines += 1;
    } else if (ctx.taxRounding === 'line') {
      lineTax = lineTax.plus(taxOf(f.rateOnly, ctx));
    } else {
      const { key, rate, base } = f.rateOnly;
      bases.set(key, { rate, base: (bases.get(key)?.base ?? ZERO).plus(base) });
    }
  }
  const baseByRate = new Map<string, RateBase>();
  for (const [key, { rate, base }] of bases) {
    baseByRate.set(key, { rate, base, tax: taxOf({ base, rate }, ctx) });
  }
  return { products, untaxedLines, lineTax, baseByRate };
}

/** The sums after one line's figures changed from `before` to `after`. */
export function replaceLine(
  agg: Aggregates,
  before: LineFigures,
  after: LineFigures,
  ctx: TotalsContext,
): Aggregates {
  return addLine(addLine(agg, before, -1, ctx), after, 1, ctx);
}

/**
 * The order's tax computed from its lines (and `shippingTax`), or undefined when some line has
 * neither a tax amount nor a rate.
 */
function computeTax(agg: Aggregates, totals: TotalsAmounts): Decimal | undefined {
  if (agg.untaxedLines > 0) return undefined;
  let tax = agg.lineTax.plus(totals.shippingTax ?? ZERO);
  for (const rateBase of agg.baseByRate.values()) tax = tax.plus(rateBase.tax);
  return tax;
}

/** Evaluates the order-level equations: products, tax (when computable), grand total, paid. */
export function evaluateOrderChecks(
  agg: Aggregates,
  totals: TotalsAmounts,
  ctx: TotalsContext,
): Outcome[] {
  const checks = [outcome('products', totals.products, agg.products, ctx)];
  const tax = computeTax(agg, totals);
  if (tax !== undefined) checks.push(outcome('tax', totals.tax, tax, ctx));
  const beforeTax = totals.products.plus(totals.shipping).minus(totals.discount);
  const grandTotal = ctx.pricesIncludeTax ? beforeTax : beforeTax.plus(totals.tax);
  checks.push(outcome('grand_total', totals.grandTotal, grandTotal, ctx));
  checks.push(outcome('paid', totals.paid, totals.grandTotal, ctx));
  return checks;
}

/** A line's own checks, in canonical order. */
export function lineChecks(f: LineFigures): Outcome[] {
  return [f.lineTotalCheck, f.lineTaxCheck].filter((o): o is Outcome => o !== undefined);
}
