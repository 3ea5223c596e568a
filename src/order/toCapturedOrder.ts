import type { OrderLine } from './lineSchema.js';
import type { Order } from './schema.js';

/** Whether a line counts its ordered units only. */
function isInitial(line: OrderLine): boolean {
  const q = line.quantities;
  return (
    q.cancelled === 0 &&
    q.allocated === 0 &&
    q.shipped === 0 &&
    q.delivered === 0 &&
    q.returned === 0 &&
    q.refunded === 0
  );
}

/**
 * An order as the lifecycle captures it: the same order with every quantity but `ordered` at
 * 0 and no parcels.
 *
 * @param order - any canonical order
 * @returns the order, ready for a `capture` command (the same object when it already is:
 *   orders are never mutated)
 * @example
 * ```ts
 * decide(undefined, { type: 'capture', at, actor, order: toCapturedOrder(order), needsAcceptance: false });
 * ```
 */
export function toCapturedOrder(order: Order): Order {
  if (order.parcels === undefined && order.lines.every(isInitial)) return order;
  const captured: Order = {
    ...order,
    lines: order.lines.map((line) => ({
      ...line,
      quantities: {
        ordered: line.quantities.ordered,
        cancelled: 0,
        allocated: 0,
        shipped: 0,
        delivered: 0,
        returned: 0,
        refunded: 0,
      },
    })),
  };
  delete (captured as { parcels?: unknown }).parcels;
  return captured;
}
