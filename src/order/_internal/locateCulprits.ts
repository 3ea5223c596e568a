import type { Decimal } from 'decimal.js';
import type { TotalsCheck } from '../errors.js';
import {
  aggregate,
  computeLineFigures,
  evaluateOrderChecks,
  lineChecks,
  replaceLine,
  type Aggregates,
  type LineFigures,
  type Outcome,
} from './totalsEquations.js';
import { bestGroup, type Trial } from './rankTrials.js';
import {
  readSlot,
  slotKey,
  type LineAmounts,
  type Slot,
  type TotalsAmounts,
  type TotalsContext,
} from './totalsModel.js';

/** The amounts and every equation evaluated on them. */
export interface TotalsState {
  readonly lines: readonly LineAmounts[];
  readonly totals: TotalsAmounts;
  readonly figures: readonly LineFigures[];
  readonly agg: Aggregates;
  /** Every equation, in canonical order: line checks by line, then the order checks. */
  readonly outcomes: readonly Outcome[];
}

/** One explanation: the slot to blame (if any) and the failing equation to report. */
export interface Finding {
  readonly outcome: Outcome;
  /** The slot to blame, most likely first; empty when no single amount explains `outcome`. */
  readonly candidates: readonly Slot[];
}

/** Evaluates every equation of an order. */
export function evaluateState(
  lines: readonly LineAmounts[],
  totals: TotalsAmounts,
  ctx: TotalsContext,
): TotalsState {
  const figures = lines.map((line, index) => computeLineFigures(line, index, ctx));
  const agg = aggregate(figures, ctx);
  const outcomes = [...figures.flatMap(lineChecks), ...evaluateOrderChecks(agg, totals, ctx)];
  return { lines, totals, figures, agg, outcomes };
}

/** Coefficient of each totals amount in `stated − computed` of the equations it appears in. */
const totalsCoefficients: Readonly<
  Record<keyof TotalsAmounts, Readonly<Partial<Record<TotalsCheck, number>>>>
> = {
  products: { products: 1, grand_total: -1 },
  shipping: { grand_total: -1 },
  shippingTax: { tax: -1 },
  tax: { tax: 1, grand_total: -1 }, // not in grand_total when prices include tax
  discount: { grand_total: 1 },
  grandTotal: { grand_total: 1, paid: -1 },
  paid: { paid: 1 },
};

/** Coefficient of `slot` in `stated − computed` of an equation (0 when it does not appear). */
function coefficient(o: Outcome, slot: Slot, state: TotalsState, ctx: TotalsContext): number {
  if (slot.kind === 'line') {
    const line = state.lines[slot.index];
    if (line === undefined) return 0;
    const own = o.lineIndex === slot.index;
    switch (slot.field) {
      case 'lineTotal':
        return (own && o.check === 'line_total') || o.check === 'products' ? (own ? 1 : -1) : 0;
      case 'unitPrice':
        if (own && o.check === 'line_total') return -line.ordered;
        return o.check === 'products' && line.lineTotal === undefined ? -line.ordered : 0;
      case 'tax':
        if (own && o.check === 'line_tax') return 1;
        return o.check === 'tax' ? -1 : 0;
    }
  }
  if (slot.field === 'tax' && o.check === 'grand_total' && ctx.pricesIncludeTax) return 0;
  return totalsCoefficients[slot.field][o.check] ?? 0;
}

/** The slots that appear in an equation. */
function slotsOf(o: Outcome, state: TotalsState): Slot[] {
  const totals = (fields: readonly (keyof TotalsAmounts)[]): Slot[] =>
    fields.map((field) => ({ kind: 'totals', field }));
  const line = (index: number, field: 'unitPrice' | 'lineTotal' | 'tax'): Slot => ({
    kind: 'line',
    index,
    field,
  });
  switch (o.check) {
    case 'line_total':
      return [line(o.lineIndex ?? 0, 'lineTotal'), line(o.lineIndex ?? 0, 'unitPrice')];
    case 'line_tax':
      return [line(o.lineIndex ?? 0, 'tax')];
    case 'products':
      return [
        ...totals(['products']),
        ...state.lines.map((l, i) =>
          line(i, l.lineTotal === undefined ? 'unitPrice' : 'lineTotal'),
        ),
      ];
    case 'tax':
      return [...totals(['tax', 'shippingTax']), ...state.lines.map((_, i) => line(i, 'tax'))];
    case 'grand_total':
      return totals(['grandTotal', 'products', 'shipping', 'tax', 'discount']);
    case 'paid':
      return totals(['paid', 'grandTotal']);
  }
}

function withLine(state: TotalsState, index: number, line: LineAmounts): LineAmounts[] {
  return state.lines.map((l, i) => (i === index ? line : l));
}

/**
 * The equations a change of `slot` can affect, evaluated with the slot set to `value`, in
 * canonical order; undefined as soon as one of them is `broken` (a line's own equations are
 * evaluated first, so a repair that breaks them costs no order-level evaluation).
 */
function trial(
  state: TotalsState,
  slot: Slot,
  value: Decimal,
  ctx: TotalsContext,
  broken: (o: Outcome) => boolean,
): Outcome[] | undefined {
  if (slot.kind === 'totals') {
    const after = evaluateOrderChecks(state.agg, { ...state.totals, [slot.field]: value }, ctx);
    return after.some(broken) ? undefined : after;
  }
  const before = state.figures[slot.index];
  const line = state.lines[slot.index];
  if (before === undefined || line === undefined) return undefined;
  const figures = computeLineFigures({ ...line, [slot.field]: value }, slot.index, ctx);
  const own = lineChecks(figures);
  if (own.some(broken)) return undefined;
  const order = evaluateOrderChecks(
    replaceLine(state.agg, before, figures, ctx),
    state.totals,
    ctx,
  );
  return order.some(broken) ? undefined : [...own, ...order];
}

/** The state after setting `slot` to `value`. */
function apply(state: TotalsState, slot: Slot, value: Decimal, ctx: TotalsContext): TotalsState {
  if (slot.kind === 'totals') {
    return evaluateState(state.lines, { ...state.totals, [slot.field]: value }, ctx);
  }
  const line = state.lines[slot.index];
  if (line === undefined) return state;
  return evaluateState(
    withLine(state, slot.index, { ...line, [slot.field]: value }),
    state.totals,
    ctx,
  );
}

/** A wrong amount keeps the precision of the right one: no more decimals than it had. */
function isPlausible(repaired: Decimal, current: Decimal, ctx: TotalsContext): boolean {
  return (
    repaired.isFinite() &&
    repaired.decimalPlaces() <= Math.max(ctx.minorUnits, current.decimalPlaces())
  );
}

/**
 * Every single-amount repair that fixes some failing equation, leaves no equation of that
 * amount failing, and breaks none that holds.
 */
function findTrials(state: TotalsState, ctx: TotalsContext): Trial[] {
  const holding = new Set(state.outcomes.filter((o) => o.holds).map((o) => o.id));
  const failing = state.outcomes.filter((o) => !o.holds);
  const failingIds = new Set(failing.map((o) => o.id));
  const tried = new Set<string>();
  const trials: Trial[] = [];
  for (const o of failing) {
    for (const slot of slotsOf(o, state)) {
      const c = coefficient(o, slot, state, ctx);
      const current = readSlot(state.lines, state.totals, slot);
      if (c === 0 || current === undefined) continue;
      const value = current.minus(o.stated.minus(o.computed).div(c));
      const key = `${slotKey(slot)}=${value.toString()}`;
      if (tried.has(key) || !isPlausible(value, current, ctx)) continue;
      tried.add(key);
      // The repaired amount must satisfy every equation it appears in, and break none.
      const after = trial(
        state,
        slot,
        value,
        ctx,
        (a) => !a.holds && (holding.has(a.id) || coefficient(a, slot, state, ctx) !== 0),
      );
      if (after === undefined) continue;
      // `after` lists its equations in canonical order, so `fixed` is in canonical order too.
      const fixed = after.filter((a) => a.holds && failingIds.has(a.id)).map((a) => a.id);
      if (fixed.length > 0) trials.push({ slot, value, current, fixed });
    }
  }
  return trials;
}

/**
 * How many wrong amounts are explained one by one at most; past that, the mapping is broken
 * wholesale and the remaining failing equations are reported on their own (each round costs a
 * trial per suspect, so this also bounds the work on large broken orders).
 */
const MAX_EXPLAINED = 20;

/**
 * Explains the failing equations by single wrong amounts (docs/validation.md, "Which amount is
 * wrong"). Greedy: the repair of one amount that makes the most failing equations hold,
 * without breaking any that holds, is one finding; apply it and repeat. Failing equations that
 * no single amount explains are reported on their own, with no candidate.
 */
export function locateCulprits(initial: TotalsState, ctx: TotalsContext): Finding[] {
  const findings: Finding[] = [];
  let state = initial;
  for (let round = 0; round < MAX_EXPLAINED; round++) {
    const failing = state.outcomes.filter((o) => !o.holds);
    const group = failing.length === 0 ? [] : bestGroup(findTrials(state, ctx));
    const leader = group[0];
    if (leader === undefined) break;
    const reported = failing.find((o) => o.id === leader.fixed[0]) ?? failing[0];
    if (reported !== undefined) {
      findings.push({ outcome: reported, candidates: group.map((t) => t.slot) });
    }
    state = apply(state, leader.slot, leader.value, ctx);
  }
  const unexplained = state.outcomes.filter((o) => !o.holds);
  return [...findings, ...unexplained.map((outcome) => ({ outcome, candidates: [] }))];
}
