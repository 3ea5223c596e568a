/**
 * The key of a stock level in `StockState.levels`. JSON text of the pair: never collides with
 * another pair and never equals `__proto__`.
 */
export function levelKey(warehouseId: string, sku: string): string {
  return JSON.stringify([warehouseId, sku]);
}

/** The key of a reservation in `StockState.reservations`. */
export function reservationKey(
  orderId: string,
  lineId: string,
  warehouseId: string,
  sku: string,
): string {
  return JSON.stringify([orderId, lineId, warehouseId, sku]);
}
