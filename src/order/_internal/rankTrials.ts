import type { Decimal } from 'decimal.js';
import { slotKey, type Slot } from './totalsModel.js';

/** A candidate repair: one amount set to the value that makes some failing equations hold. */
export interface Trial {
  readonly slot: Slot;
  /** The repaired value. */
  readonly value: Decimal;
  /** The value the order states. */
  readonly current: Decimal;
  /** Ids of the failing equations this repair makes hold, in canonical order. */
  readonly fixed: readonly string[];
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

/** A trial's rank, compared element by element: lower is more likely. */
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

/**
 * The best group of trials: those that fix the most failing equations, and exactly the same
 * ones as the best-ranked of them, one per slot, best rank first. Empty when there is no trial.
 * Deterministic: ties keep the order of `trials` (the sort is stable).
 */
export function bestGroup(trials: readonly Trial[]): Trial[] {
  const ranked = trials
    .map((trial) => ({ trial, rank: rankOf(trial) }))
    .sort((a, b) => compareRanks(a.rank, b.rank))
    .map(({ trial }) => trial);
  const top = ranked.reduce((most, t) => Math.max(most, t.fixed.length), 0);
  const signature = ranked.find((t) => t.fixed.length === top)?.fixed.join('|');
  const seen = new Set<string>();
  return ranked.filter((t) => {
    const key = slotKey(t.slot);
    if (t.fixed.join('|') !== signature || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
