// Named order-machine contexts for hand-written expectations: line A of 2 units, line B of 1.
import type { LineQuantities, OrderMachineContext } from '../../src/index.js';

const zero: LineQuantities = {
  ordered: 0,
  cancelled: 0,
  allocated: 0,
  shipped: 0,
  delivered: 0,
  returned: 0,
  refunded: 0,
};

function order(a: Partial<LineQuantities>, b: Partial<LineQuantities>, openReturns = 0) {
  return {
    lines: [
      { quantities: { ...zero, ordered: 2, ...a } },
      { quantities: { ...zero, ordered: 1, ...b } },
    ],
    openReturns,
  } satisfies OrderMachineContext;
}

const shippedA = { allocated: 2, shipped: 2 };
const shippedB = { allocated: 1, shipped: 1 };

export const contexts = {
  /** Nothing done yet. */
  fresh: order({}, {}),
  /** One unit of A cancelled. */
  partCancelled: order({ cancelled: 1 }, {}),
  /** Every unit cancelled. */
  allCancelled: order({ cancelled: 2 }, { cancelled: 1 }),
  /** Stock reserved for everything. */
  allocated: order({ allocated: 2 }, { allocated: 1 }),
  /** A shipped, B still in the warehouse. */
  partShipped: order(shippedA, { allocated: 1 }),
  /** A shipped and delivered, B still in the warehouse. */
  partShippedDelivered: order({ ...shippedA, delivered: 2 }, { allocated: 1 }),
  /** Everything shipped, nothing delivered. */
  allShipped: order(shippedA, shippedB),
  /** A shipped, B cancelled. */
  cancelRestShipped: order(shippedA, { cancelled: 1 }),
  /** Everything shipped, A delivered. */
  partDelivered: order({ ...shippedA, delivered: 2 }, shippedB),
  /** Everything shipped and delivered. */
  allDelivered: order({ ...shippedA, delivered: 2 }, { ...shippedB, delivered: 1 }),
  /** A shipped and delivered, B cancelled. */
  cancelRestDelivered: order({ ...shippedA, delivered: 2 }, { cancelled: 1 }),
  /** Everything delivered, one return open. */
  openReturn: order({ ...shippedA, delivered: 2, returned: 1 }, { ...shippedB, delivered: 1 }, 1),
} as const;

export type ContextName = keyof typeof contexts;
