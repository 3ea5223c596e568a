import type { UncoveredReservation } from '../events.js';
import { listReservations } from '../findStockLevel.js';
import type { StockState } from '../schema.js';

/**
 * The reservations a count of `counted` units leaves without stock. Reservations are covered
 * in the order of `listReservations` (order id, then line id); the units beyond `counted` are
 * uncovered, the last covered reservation possibly in part.
 */
export function findUncovered(
  state: StockState,
  warehouseId: string,
  sku: string,
  counted: number,
): UncoveredReservation[] {
  let left = counted;
  const uncovered: UncoveredReservation[] = [];
  for (const r of listReservations(state, { warehouseId, sku })) {
    const covered = Math.min(left, r.quantity);
    left -= covered;
    if (covered < r.quantity) {
      uncovered.push({ orderId: r.orderId, lineId: r.lineId, quantity: r.quantity - covered });
    }
  }
  return uncovered;
}
