import type { Order } from './schema.js';

/**
 * An order as the lifecycle captures it: the same order with every quantity but `ordered` at
 * 0 and no parcels.
 *
 * @param order - any canonical order
 * @returns the order, ready for a `capture` command
 * @example
 * ```ts
 * decide(undefined, { type: 'capture', at, actor, order: toCapturedOrder(order), needsAcceptance: false });
 * ```
 */
export function toCapturedOrder(order: Order): Order {
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
