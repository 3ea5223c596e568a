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
import {
  readSlot,
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

/** The equations a change of `slot` can affect, evaluated with the slot set to `value`. */
function trial(state: TotalsState, slot: Slot, value: Decimal, ctx: TotalsContext): Outcome[] {
  if (slot.kind === 'totals') {
    return evaluateOrderChecks(state.agg, { ...state.totals, [slot.field]: value }, ctx);
  }
  const before = state.figures[slot.index];
  const line = state.lines[slot.index];
  if (before === undefined || line === undefined) return [];
  const after = computeLineFigures({ ...line, [slot.field]: value }, slot.index, ctx);
  const agg = replaceLine(state.agg, before, after, ctx);
  return [...lineChecks(after), ...evaluateOrderChecks(agg, state.totals, ctx)];
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

/** Prior likelihood of each amount being the wrong one, most likely first (for ties). */
const prior = [
  'shipping',
  'discount',
  'tax',
  'shippingTax',
  'products',
  'line:lineTotal',
  'line:unitPrice',
  'line:tax',
  'grandTotal',
  'paid',
];

interface Trial {
  readonly slot: Slot;
  readonly value: Decimal;
  readonly current: Decimal;
  /** Ids of the failing equations this repair makes hold, in canonical order. */
  readonly fixed: readonly string[];
}

function rankOf(t: Trial): readonly number[] {
  const name = t.slot.kind === 'line' ? `line:${t.slot.field}` : t.slot.field;
  return [
    t.value.isNegative() && !t.value.isZero() ? 1 : 0, // a repair to a negative amount is unlikely
    t.current.isNegative() && !t.current.isZero() ? 0 : 1, // a negative amount is suspect
    prior.indexOf(name),
    t.slot.kind === 'line' ? t.slot.index : 0,
  ];
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function slotKey(slot: Slot): string {
  return slot.kind === 'line' ? `line:${String(slot.index)}:${slot.field}` : slot.field;
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
      const after = trial(state, slot, value, ctx);
      // The repaired amount must satisfy every equation it appears in, and break none.
      const broken = after.some(
        (a) => !a.holds && (holding.has(a.id) || coefficient(a, slot, state, ctx) !== 0),
      );
      if (broken) continue;
      const fixedIds = new Set(
        after.filter((a) => a.holds && failingIds.has(a.id)).map((a) => a.id),
      );
      const fixed = failing.filter((f) => fixedIds.has(f.id)).map((f) => f.id);
      if (fixed.length > 0) trials.push({ slot, value, current, fixed });
    }
  }
  return trials;
}

/** The best group of trials: those fixing the most equations (the same ones), best rank first. */
function bestGroup(trials: readonly Trial[]): Trial[] {
  const ranked = [...trials].sort((a, b) => compareRanks(rankOf(a), rankOf(b)));
  const top = Math.max(...ranked.map((t) => t.fixed.length));
  const leader = ranked.find((t) => t.fixed.length === top);
  const signature = leader?.fixed.join('|');
  const seen = new Set<string>();
  return ranked.filter((t) => {
    const key = slotKey(t.slot);
    if (t.fixed.join('|') !== signature || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
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
