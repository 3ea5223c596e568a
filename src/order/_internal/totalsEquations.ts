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

/** What one line contributes to the order-level equations. */
export interface LineFigures {
  /** The amount counted in `products`: `lineTotal`, or `unitPrice × ordered` rounded. */
  readonly value: Decimal;
  readonly lineTotalCheck: Outcome | undefined;
  readonly lineTaxCheck: Outcome | undefined;
  /** The line's tax amount as given, if any. */
  readonly givenTax: Decimal | undefined;
  /** For a line with a rate but no tax amount: its rate, as a canonical key. */
  readonly rateKey: string | undefined;
  /** For such a line: its tax before rounding. */
  readonly rawTax: Decimal | undefined;
}

/** The order-level sums of the line figures. */
export interface Aggregates {
  readonly products: Decimal;
  /** Lines with neither a tax amount nor a rate: when any, the tax equation cannot be checked. */
  readonly untaxedLines: number;
  /** Σ given line taxes, plus (per-line rounding) Σ rounded taxes of rate-only lines. */
  readonly lineTax: Decimal;
  /** Per-order rounding: Σ unrounded taxes of rate-only lines, per rate. */
  readonly rawTaxByRate: ReadonlyMap<string, Decimal>;
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

/** The tax of `base` at `rate`, unrounded: on top of the base, or included in it. */
function rawTaxOf(base: Decimal, rate: Decimal, ctx: TotalsContext): Decimal {
  return ctx.pricesIncludeTax ? base.times(rate).div(rate.plus(1)) : base.times(rate);
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
  const raw =
    line.taxRate === undefined
      ? undefined
      : rawTaxOf(value.minus(line.discount), line.taxRate, ctx);
  const lineTaxCheck =
    raw !== undefined && line.tax !== undefined && ctx.taxRounding === 'line'
      ? outcome('line_tax', line.tax, roundToMinor(raw, ctx), ctx, index)
      : undefined;
  const rateOnly = line.tax === undefined && line.taxRate !== undefined;
  return {
    value,
    lineTotalCheck,
    lineTaxCheck,
    givenTax: line.tax,
    rateKey: rateOnly ? line.taxRate.toString() : undefined,
    rawTax: rateOnly ? raw : undefined,
  };
}

function addLine(agg: Aggregates, f: LineFigures, sign: 1 | -1, ctx: TotalsContext): Aggregates {
  const products = agg.products.plus(f.value.times(sign));
  if (f.givenTax !== undefined) {
    return { ...agg, products, lineTax: agg.lineTax.plus(f.givenTax.times(sign)) };
  }
  if (f.rawTax === undefined || f.rateKey === undefined) {
    return { ...agg, products, untaxedLines: agg.untaxedLines + sign };
  }
  if (ctx.taxRounding === 'line') {
    return { ...agg, products, lineTax: agg.lineTax.plus(roundToMinor(f.rawTax, ctx).times(sign)) };
  }
  const rawTaxByRate = new Map(agg.rawTaxByRate);
  const previous = rawTaxByRate.get(f.rateKey) ?? new Dec(0);
  rawTaxByRate.set(f.rateKey, previous.plus(f.rawTax.times(sign)));
  return { ...agg, products, rawTaxByRate };
}

/** Sums the line figures. */
export function aggregate(figures: readonly LineFigures[], ctx: TotalsContext): Aggregates {
  const empty: Aggregates = {
    products: new Dec(0),
    untaxedLines: 0,
    lineTax: new Dec(0),
    rawTaxByRate: new Map(),
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
export function computeTax(
  agg: Aggregates,
  totals: TotalsAmounts,
  ctx: TotalsContext,
): Decimal | undefined {
  if (agg.untaxedLines > 0) return undefined;
  let tax = agg.lineTax.plus(totals.shippingTax ?? 0);
  for (const raw of agg.rawTaxByRate.values()) tax = tax.plus(roundToMinor(raw, ctx));
  return tax;
}

/** Evaluates the order-level equations: products, tax (when computable), grand total, paid. */
export function evaluateOrderChecks(
  agg: Aggregates,
  totals: TotalsAmounts,
  ctx: TotalsContext,
): Outcome[] {
  const checks = [outcome('products', totals.products, agg.products, ctx)];
  const tax = computeTax(agg, totals, ctx);
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
