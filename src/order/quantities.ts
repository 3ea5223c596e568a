import { compareMoney, isZeroMoney, parseMoneyJson } from '../money/index.js';
import type { LineQuantities } from './lineSchema.js';
import type { OrderState } from './state.js';
import type { OrderStatus } from './statuses.js';
import { isOpenReturn } from './_internal/aggregate/context.js';

/**
 * A relation between a line's quantities (docs/lifecycle.md, "Line quantities"):
 * - `whole_units`: every quantity is a safe integer ≥ 0
 * - `conservation`: `cancelled + allocated ≤ ordered`, i.e. `ordered = cancelled + unallocated
 *   + allocated` with `unallocated ≥ 0`: no unit is created or lost
 * - `shipped_within_allocated`: `shipped ≤ allocated`
 * - `delivered_within_shipped`: `delivered ≤ shipped`
 * - `returned_within_delivered`: `returned ≤ delivered`
 * - `refunded_within_refundable`: `refunded ≤ cancelled + shipped` (a unit is refunded once it
 *   is cancelled or has left: delivered, returned, lost in transit)
 */
export type QuantityRule =
  | 'whole_units'
  | 'conservation'
  | 'shipped_within_allocated'
  | 'delivered_within_shipped'
  | 'returned_within_delivered'
  | 'refunded_within_refundable';

const fields = [
  'ordered',
  'cancelled',
  'allocated',
  'shipped',
  'delivered',
  'returned',
  'refunded',
] as const;

/**
 * Checks the relations between a line's quantities. `decide` never produces a line that breaks
 * one; use this on data from elsewhere (an import, a hand-built state) or in property tests.
 *
 * @param quantities - a line's quantities
 * @returns the broken rules, in the order of {@link QuantityRule} (empty when all hold)
 * @example
 * ```ts
 * checkQuantities({ ordered: 2, cancelled: 1, allocated: 2, shipped: 0, delivered: 0, returned: 0, refunded: 0 });
 * // ['conservation']: 1 cancelled + 2 allocated > 2 ordered
 * ```
 */
export function checkQuantities(quantities: LineQuantities): QuantityRule[] {
  const q = quantities;
  if (!fields.every((f) => Number.isSafeInteger(q[f]) && q[f] >= 0)) return ['whole_units'];
  const broken: QuantityRule[] = [];
  if (q.cancelled + q.allocated > q.ordered) broken.push('conservation');
  if (q.shipped > q.allocated) broken.push('shipped_within_allocated');
  if (q.delivered > q.shipped) broken.push('delivered_within_shipped');
  if (q.returned > q.delivered) broken.push('returned_within_delivered');
  if (q.refunded > q.cancelled + q.shipped) broken.push('refunded_within_refundable');
  return broken;
}

/**
 * Units of a line neither cancelled nor allocated: `ordered − cancelled − allocated`.
 *
 * @param quantities - a line's quantities
 * @returns the unallocated units (negative only when conservation is broken)
 */
export function countUnallocated(quantities: LineQuantities): number {
  return quantities.ordered - quantities.cancelled - quantities.allocated;
}

/**
 * A line's status, derived from its quantities: the furthest step that every unit still
 * ordered (`ordered − cancelled`) has reached.
 */
export type LineStatus =
  'pending' | 'allocated' | 'shipped' | 'delivered' | 'returned' | 'cancelled';

/**
 * Derives a line's status from its quantities, by the first row that matches (`open` is
 * `ordered − cancelled`, the units still ordered):
 *
 * | # | when | status |
 * |---|---|---|
 * | 1 | `open = 0` | `cancelled` |
 * | 2 | `returned ≥ open` | `returned` |
 * | 3 | `delivered ≥ open` | `delivered` |
 * | 4 | `shipped ≥ open` | `shipped` |
 * | 5 | `allocated ≥ open` | `allocated` |
 * | 6 | otherwise | `pending` |
 *
 * Units further along than the status show as flags of {@link deriveOrderProgress}.
 *
 * @param line - a line (only its quantities are read)
 * @returns the line's status
 * @example
 * ```ts
 * deriveLineStatus({ quantities: { ordered: 3, cancelled: 1, allocated: 2, shipped: 2, delivered: 0, returned: 0, refunded: 0 } });
 * // 'shipped': both units still ordered have shipped
 * ```
 */
export function deriveLineStatus(line: { readonly quantities: LineQuantities }): LineStatus {
  const q = line.quantities;
  const open = q.ordered - q.cancelled;
  if (open <= 0) return 'cancelled';
  if (q.returned >= open) return 'returned';
  if (q.delivered >= open) return 'delivered';
  if (q.shipped >= open) return 'shipped';
  if (q.allocated >= open) return 'allocated';
  return 'pending';
}

/**
 * A fact about an order that is not a status (docs/lifecycle.md, "Derived progress"):
 * - `partially_cancelled`: some units cancelled, not all
 * - `partially_shipped` / `partially_delivered`: some units still ordered shipped / delivered,
 *   not all
 * - `partially_returned` / `returned`: some / all delivered units came back
 * - `partially_refunded` / `refunded`: refunds are above 0 / reach `totals.paid`
 * - `return_open`: a return is neither refused, resolved nor closed
 * - `on_hold`: a hold is active
 */
export type OrderProgressFlag =
  | 'partially_cancelled'
  | 'partially_shipped'
  | 'partially_delivered'
  | 'partially_returned'
  | 'returned'
  | 'partially_refunded'
  | 'refunded'
  | 'return_open'
  | 'on_hold';

/** An order's progress: its status, each line's derived status and the derived flags. */
export interface OrderProgress {
  /** The order's status (from the order machine). */
  readonly status: OrderStatus;
  /** Each line's status, in line order. */
  readonly lines: readonly { readonly lineId: string; readonly status: LineStatus }[];
  /** The flags that hold, in the order of {@link OrderProgressFlag}. */
  readonly flags: readonly OrderProgressFlag[];
}

function refundFlag(state: OrderState): OrderProgressFlag | undefined {
  const refunded = parseMoneyJson(state.refunds.total);
  const paid = parseMoneyJson(state.order.totals.paid);
  if (!refunded.ok || !paid.ok || isZeroMoney(refunded.value)) return undefined;
  if (refunded.value.currency !== paid.value.currency) return 'partially_refunded';
  return compareMoney(refunded.value, paid.value) >= 0 ? 'refunded' : 'partially_refunded';
}

/**
 * Derives an order's progress, by precedence parcel → line → order: parcel events set the
 * line quantities (a shipped parcel adds its units to `shipped`, a delivered one to
 * `delivered`), each line's status comes from its quantities ({@link deriveLineStatus}), and
 * the order keeps the status of its machine while the "partially …" facts are flags summed
 * over the lines, never extra statuses.
 *
 * @param state - the order's state
 * @returns the status, the line statuses and the flags
 * @example
 * ```ts
 * deriveOrderProgress(state);
 * // { status: 'in_preparation', lines: [...], flags: ['partially_shipped'] }
 * ```
 */
export function deriveOrderProgress(state: OrderState): OrderProgress {
  let ordered = 0;
  let cancelled = 0;
  let shipped = 0;
  let delivered = 0;
  let returned = 0;
  const lines = state.order.lines.map((line) => {
    const q = line.quantities;
    ordered += q.ordered;
    cancelled += q.cancelled;
    shipped += q.shipped;
    delivered += q.delivered;
    returned += q.returned;
    return { lineId: line.lineId, status: deriveLineStatus(line) };
  });
  const open = ordered - cancelled;
  const flags: OrderProgressFlag[] = [];
  if (cancelled > 0 && cancelled < ordered) flags.push('partially_cancelled');
  if (shipped > 0 && shipped < open) flags.push('partially_shipped');
  if (delivered > 0 && delivered < open) flags.push('partially_delivered');
  if (returned > 0) flags.push(returned < delivered ? 'partially_returned' : 'returned');
  const refund = refundFlag(state);
  if (refund !== undefined) flags.push(refund);
  if (Object.values(state.rmas).some(isOpenReturn)) flags.push('return_open');
  if (state.holds.length > 0) flags.push('on_hold');
  return { status: state.status, lines, flags };
}
