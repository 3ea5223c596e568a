import type { Decimal } from 'decimal.js';
import {
  getCurrency,
  moneyToJSON,
  roundMoney,
  type CurrencyCode,
  type MoneyJson,
  type RoundingMode,
} from '../../money/index.js';
import { err, ok, OrdokitError, type Result } from '../../result/index.js';
import type {
  OrderIssue,
  OrderOptionInvalid,
  OrderTotalsMismatch,
  TotalsCheck,
  TotalsComponent,
} from '../errors.js';
import type { Order } from '../schema.js';
import { describeValue } from './describeValue.js';
import { evaluateState, locateCulprits, type Finding } from './locateCulprits.js';
import {
  isRoundingMode,
  readAmounts,
  toleranceAmount,
  ZERO,
  type Slot,
  type TotalsAmounts,
  type TotalsContext,
} from './totalsModel.js';
import { checkTotalsInMinorUnits, formatMinorUnits } from './totalsInMinorUnits.js';

/** Options of {@link validateTotals}. */
export interface ValidateTotalsOptions {
  /**
   * How far a stated amount may be from the computed one, in minor units of the order's
   * currency, for each equation (default 0: exact). Channels that round differently often
   * need 1; pass the number of lines for a per-line allowance on the sums.
   */
  readonly toleranceMinorUnits?: number;
  /** How computed amounts are rounded to minor units (default `'half_even'`). */
  readonly rounding?: RoundingMode;
}

/** The figures `validateTotals` computed from the lines, for hosts to log. */
export interface TotalsReport {
  readonly currency: CurrencyCode;
  /** Σ line amounts. */
  readonly products: MoneyJson;
  /** Σ line taxes + shipping tax; the stated tax when some line carries no tax data. */
  readonly tax: MoneyJson;
  /** The computed products + shipping (+ tax when prices exclude it) − discount. */
  readonly grandTotal: MoneyJson;
  /** The equations checked, in order (`tax` is absent when it could not be checked). */
  readonly checks: readonly TotalsCheck[];
}

const componentOfTotals: Readonly<Record<keyof TotalsAmounts, TotalsComponent>> = {
  products: 'products',
  shipping: 'shipping',
  shippingTax: 'shipping_tax',
  tax: 'tax',
  discount: 'discount',
  grandTotal: 'grand_total',
  paid: 'paid',
};

function componentOf(slot: Slot): TotalsComponent {
  return slot.kind === 'line' ? 'line' : componentOfTotals[slot.field];
}

const subjectOfCheck: Readonly<Record<TotalsCheck, TotalsComponent>> = {
  line_total: 'line',
  line_tax: 'line',
  products: 'products',
  tax: 'tax',
  grand_total: 'grand_total',
  paid: 'paid',
};

function readTolerance(options: ValidateTotalsOptions): number {
  const tolerance = options.toleranceMinorUnits ?? 0;
  if (Number.isSafeInteger(tolerance) && tolerance >= 0) return tolerance;
  const detail: OrderOptionInvalid = {
    code: 'order/option_invalid',
    option: 'toleranceMinorUnits',
    received: describeValue(tolerance),
  };
  throw new OrdokitError(detail, 'toleranceMinorUnits must be a safe integer ≥ 0');
}

function toIssue(
  finding: Finding,
  lineIds: readonly string[],
  ctx: TotalsContext,
): OrderTotalsMismatch {
  const json = (value: Decimal): MoneyJson =>
    moneyToJSON({ amount: value, currency: ctx.currency });
  const { outcome, candidates } = finding;
  const primary = candidates[0];
  const lines = new Set(candidates.flatMap((s) => (s.kind === 'line' ? [s.index] : [])));
  let line: { index: number; field: 'unitPrice' | 'lineTotal' | 'tax' } | undefined;
  if (primary === undefined && outcome.lineIndex !== undefined) {
    line = { index: outcome.lineIndex, field: outcome.check === 'line_tax' ? 'tax' : 'lineTotal' };
  } else if (primary?.kind === 'line' && lines.size === 1) {
    line = { index: primary.index, field: primary.field };
  }
  const lineId = line === undefined ? undefined : lineIds[line.index];
  const components = [...new Set(candidates.map(componentOf))];
  return {
    code: 'order/totals_mismatch',
    component: primary === undefined ? subjectOfCheck[outcome.check] : componentOf(primary),
    ...(line !== undefined && lineId !== undefined ? { lineId, lineField: line.field } : {}),
    check: outcome.check,
    pricesIncludeTax: ctx.pricesIncludeTax,
    expected: json(outcome.computed),
    actual: json(outcome.stated),
    difference: json(outcome.stated.minus(outcome.computed)),
    ...(candidates.length > 1 ? { candidates: components } : {}),
  };
}

/** Options of `validateTotals`, checked: see {@link readTotalsSettings}. */
export interface TotalsSettings {
  readonly toleranceUnits: number;
  readonly rounding: RoundingMode;
}

/**
 * Checks the options of `validateTotals` before any data is read.
 *
 * @throws OrdokitError `order/option_invalid` for a bad tolerance, `money/rounding_mode_invalid`
 *   for an unknown rounding mode
 */
export function readTotalsSettings(options: ValidateTotalsOptions): TotalsSettings {
  const toleranceUnits = readTolerance(options);
  const rounding = options.rounding ?? 'half_even';
  // An unknown mode goes to roundMoney, which throws the money module's own error.
  if (!isRoundingMode(rounding)) roundMoney({ amount: ZERO, currency: 'EUR' }, rounding);
  return { toleranceUnits, rounding };
}

/**
 * Checks the totals of an order that already passed `parseOrder` (`validateTotals` parses
 * first; `validateOrder` has parsed it already): in whole minor units when every amount fits
 * and every equation holds (the common case), else with decimals, which also locate the culprits.
 */
export function checkTotals(
  order: Order,
  settings: TotalsSettings,
): Result<TotalsReport, readonly OrderIssue[]> {
  const { toleranceUnits, rounding } = settings;
  const { currency } = order;
  const minorUnits = getCurrency(currency)?.minorUnits ?? 2;
  const fast = checkTotalsInMinorUnits(order, { minorUnits, rounding, toleranceUnits });
  if (fast === undefined) return checkTotalsWithDecimals(order, settings);
  const json = (units: number): MoneyJson => ({
    amount: formatMinorUnits(units, minorUnits),
    currency,
  });
  return ok({
    currency,
    products: json(fast.products),
    tax: json(fast.tax),
    grandTotal: json(fast.grandTotal),
    checks: fast.checks,
  });
}

/**
 * {@link checkTotals} with decimals throughout: the reference the minor-units path must agree
 * with, and the path that explains failures.
 */
export function checkTotalsWithDecimals(
  order: Order,
  settings: TotalsSettings,
): Result<TotalsReport, readonly OrderIssue[]> {
  const { toleranceUnits, rounding } = settings;
  const { currency, totals } = order;
  const minorUnits = getCurrency(currency)?.minorUnits ?? 2;
  const ctx: TotalsContext = {
    currency,
    minorUnits,
    pricesIncludeTax: totals.pricesIncludeTax,
    taxRounding: totals.taxRounding,
    rounding,
    tolerance: toleranceAmount(toleranceUnits, minorUnits),
  };
  const amounts = readAmounts(order);
  const state = evaluateState(amounts.lines, amounts.totals, ctx);
  const findings = locateCulprits(state, ctx);
  if (findings.length > 0) {
    const lineIds = amounts.lines.map((l) => l.lineId);
    return err(findings.map((f) => toIssue(f, lineIds, ctx)));
  }
  const t = amounts.totals;
  // The tax equation's computed side is the tax from the lines (absent when not computable).
  const tax = state.outcomes.find((o) => o.check === 'tax')?.computed ?? t.tax;
  const beforeTax = state.agg.products.plus(t.shipping).minus(t.discount);
  const json = (value: Decimal): MoneyJson => moneyToJSON({ amount: value, currency });
  return ok({
    currency,
    products: json(state.agg.products),
    tax: json(tax),
    grandTotal: json(ctx.pricesIncludeTax ? beforeTax : beforeTax.plus(tax)),
    checks: [...new Set(state.outcomes.map((o) => o.check))],
  });
}
