import type { Reservation, StockState, WarehouseStockLevel } from './schema.js';
import { levelKey, reservationKey } from './_internal/keys.js';

/**
 * Builds a ledger from stored figures: levels and open reservations, as a stock store keeps
 * them. A store-backed host (the engine) loads only the levels and reservations a decision
 * needs and decides on this partial ledger; `decideStock` never reads anything else.
 *
 * @param levels - stock levels, at most one per warehouse and SKU (a later one replaces an earlier one)
 * @param reservations - open reservations, at most one per order, line, warehouse and SKU
 * @returns the ledger holding exactly these figures
 * @example
 * ```ts
 * const state = stockStateOf(
 *   [{ warehouseId: 'PAR', sku: 'MUG', onHand: 10, reserved: 2, safety: 0 }],
 *   [{ orderId: 'O1', lineId: 'L1', warehouseId: 'PAR', sku: 'MUG', quantity: 2 }],
 * );
 * available(findStockLevel(state, 'PAR', 'MUG')); // 8
 * ```
 */
export function stockStateOf(
  levels: readonly WarehouseStockLevel[],
  reservations: readonly Reservation[],
): StockState {
  const byLevel: Record<string, WarehouseStockLevel> = {};
  for (const level of levels) byLevel[levelKey(level.warehouseId, level.sku)] = { ...level };
  const byReservation: Record<string, Reservation> = {};
  for (const r of reservations) {
    byReservation[reservationKey(r.orderId, r.lineId, r.warehouseId, r.sku)] = { ...r };
  }
  return { levels: byLevel, reservations: byReservation };
}
