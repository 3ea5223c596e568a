import type { LineQuantities } from './lineSchema.js';

/**
 * What the order machine's guards read: each line's quantities and the number of open returns,
 * taken from the order's state AFTER the event's data is applied.
 */
export interface OrderMachineContext {
  readonly lines: readonly { readonly quantities: LineQuantities }[];
  /** Returns (RMAs) neither refused, resolved nor closed. */
  readonly openReturns: number;
}

/**
 * Tells whether every unit of every line is cancelled (`cancelled ≥ ordered` on each line).
 *
 * @param context - the lines and open returns
 * @returns true when nothing is left to fulfil because everything was cancelled
 */
export function isEveryUnitCancelled(context: OrderMachineContext): boolean {
  for (const { quantities: q } of context.lines) if (q.cancelled < q.ordered) return false;
  return true;
}

/**
 * Tells whether every unit still ordered (ordered − cancelled) has shipped, and there is at
 * least one such unit.
 *
 * @param context - the lines and open returns
 * @returns true when the order has fully left the warehouse
 */
export function isEveryOpenUnitShipped(context: OrderMachineContext): boolean {
  let open = 0;
  for (const { quantities: q } of context.lines) {
    const wanted = q.ordered - q.cancelled;
    if (q.shipped < wanted) return false;
    if (wanted > 0) open += wanted;
  }
  return open > 0;
}

/**
 * Tells whether every unit still ordered (ordered − cancelled) has been delivered, and there is
 * at least one such unit.
 *
 * @param context - the lines and open returns
 * @returns true when the buyer has received everything they still expect
 */
export function isEveryOpenUnitDelivered(context: OrderMachineContext): boolean {
  let open = 0;
  for (const { quantities: q } of context.lines) {
    const wanted = q.ordered - q.cancelled;
    if (q.delivered < wanted) return false;
    if (wanted > 0) open += wanted;
  }
  return open > 0;
}

/**
 * Tells whether no return is open.
 *
 * @param context - the lines and open returns
 * @returns true when `openReturns` is 0
 */
export function hasNoOpenReturn(context: OrderMachineContext): boolean {
  return context.openReturns === 0;
}
