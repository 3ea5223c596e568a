import type { Reservation, WarehouseStockLevel, StockState } from './schema.js';
import { levelKey, reservationKey } from './_internal/keys.js';

/**
 * Reads the stock of one SKU in one warehouse; a pair the ledger never saw has all figures 0.
 *
 * @param state - the stock ledger
 * @param warehouseId - the warehouse
 * @param sku - the article
 * @returns the stock level
 */
export function findStockLevel(
  state: StockState,
  warehouseId: string,
  sku: string,
): WarehouseStockLevel {
  return (
    state.levels[levelKey(warehouseId, sku)] ?? {
      warehouseId,
      sku,
      onHand: 0,
      reserved: 0,
      safety: 0,
    }
  );
}

/**
 * Reads the reservation of an order line on one SKU in one warehouse.
 *
 * @param state - the stock ledger
 * @param key - the order, line, warehouse and SKU
 * @returns the reservation, or `undefined` when the line holds nothing there
 */
export function findReservation(
  state: StockState,
  key: {
    readonly orderId: string;
    readonly lineId: string;
    readonly warehouseId: string;
    readonly sku: string;
  },
): Reservation | undefined {
  return state.reservations[reservationKey(key.orderId, key.lineId, key.warehouseId, key.sku)];
}

/**
 * Lists the open reservations, optionally of one warehouse (and one SKU), sorted by order,
 * line, warehouse and SKU.
 *
 * @param state - the stock ledger
 * @param filter - keep only this warehouse, and this SKU when given
 * @returns the reservations
 */
export function listReservations(
  state: StockState,
  filter: { readonly warehouseId?: string; readonly sku?: string } = {},
): readonly Reservation[] {
  return Object.keys(state.reservations)
    .sort()
    .map((k) => state.reservations[k] as Reservation)
    .filter(
      (r) =>
        (filter.warehouseId === undefined || r.warehouseId === filter.warehouseId) &&
        (filter.sku === undefined || r.sku === filter.sku),
    );
}
