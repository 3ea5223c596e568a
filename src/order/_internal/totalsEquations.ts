import type { Decimal } from 'decimal.js';
import { roundMoney } from '../../money/index.js';
import type { TotalsCheck } from '../errors.js';
import { Dec, type LineAmounts, type TotalsAmounts, type TotalsContext } from './totalsModel.js';

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

/** Rounds to the currency's minor units with the validation's rounding mode. */
function roundToMinor(value: Decimal, ctx: TotalsContext): Decimal {
  return new Dec(roundMoney({ amount: value, currency: ctx.currency }, ctx.rounding).amount);
}

function outcome(
  check: TotalsCheck,
  stated: Decimal,
  computed: Decimal,
  ctx: TotalsContext,
  lineIndex?: number,
): Outcome {
  const holds = stated.minus(computed).abs().lte(ctx.tolerance);
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
  const value = line.lineTotal ?? fromUnit ?? new Dec(0);
  const lineTotalCheck =
    line.lineTotal !== undefined && fromUnit !== undefined
      ? outcome('line_total', line.lineTotal, fromUnit, ctx, index)
      : undefined;
  const rated: RateOnlyTax | undefined =
    line.taxRate === undefined
      ? undefined
      : { key: line.taxRate.toString(), rate: line.taxRate, base: value.minus(line.discount) };
  const lineTaxCheck =
    rated !== undefined && line.tax !== undefined && ctx.taxRounding === 'line'
      ? outcome('line_tax', line.tax, taxOf(rated, ctx), ctx, index)
      : undefined;
  return {
    value,
    lineTotalCheck,
    lineTaxCheck,
    givenTax: line.tax,
    rateOnly: line.tax === undefined ? rated : undefined,
  };
}

function addLine(agg: Aggregates, f: LineFigures, sign: 1 | -1, ctx: TotalsContext): Aggregates {
  const products = agg.products.plus(f.value.times(sign));
  if (f.givenTax !== undefined) {
    return { ...agg, products, lineTax: agg.lineTax.plus(f.givenTax.times(sign)) };
  }
  if (f.rateOnly === undefined) {
    return { ...agg, products, untaxedLines: agg.untaxedLines + sign };
  }
  if (ctx.taxRounding === 'line') {
    return { ...agg, products, lineTax: agg.lineTax.plus(taxOf(f.rateOnly, ctx).times(sign)) };
  }
  const { key, rate, base } = f.rateOnly;
  const summed = (agg.baseByRate.get(key)?.base ?? new Dec(0)).plus(base.times(sign));
  const baseByRate = new Map(agg.baseByRate);
  baseByRate.set(key, { rate, base: summed, tax: taxOf({ base: summed, rate }, ctx) });
  return { ...agg, products, baseByRate };
}

/** Sums the line figures. */
export function aggregate(figures: readonly LineFigures[], ctx: TotalsContext): Aggregates {
  const empty: Aggregates = {
    products: new Dec(0),
    untaxedLines: 0,
    lineTax: new Dec(0),
    baseByRate: new Map(),
  };
  return figures.reduce((agg, f) => addLine(agg, f, 1, ctx), empty);
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
export function computeTax(agg: Aggregates, totals: TotalsAmounts): Decimal | undefined {
  if (agg.untaxedLines > 0) return undefined;
  let tax = agg.lineTax.plus(totals.shippingTax ?? 0);
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
