import type { StockEvent } from './events.js';
import { findStockLevel } from './findStockLevel.js';
import type { Reservation, WarehouseStockLevel, StockState } from './schema.js';
import { levelKey, reservationKey } from './_internal/keys.js';

function withLevel(state: StockState, level: WarehouseStockLevel): StockState {
  return {
    levels: { ...state.levels, [levelKey(level.warehouseId, level.sku)]: level },
    reservations: state.reservations,
  };
}

/** Adds `delta` units to the line's reservation; a reservation at 0 disappears. */
function withReservation(
  state: StockState,
  units: Omit<Reservation, 'quantity'>,
  delta: number,
): Readonly<Record<string, Reservation>> {
  const key = reservationKey(units.orderId, units.lineId, units.warehouseId, units.sku);
  const quantity = (state.reservations[key]?.quantity ?? 0) + delta;
  const next = { ...state.reservations };
  if (quantity > 0) {
    next[key] = {
      orderId: units.orderId,
      lineId: units.lineId,
      warehouseId: units.warehouseId,
      sku: units.sku,
      quantity,
    };
  } else {
    // The key is JSON text, never `__proto__`: deleting an own property of a fresh copy.
    // eslint-disable-next-line @typescript-eslint/no-dynamic-delete
    delete next[key];
  }
  return next;
}

/**
 * Applies one stock event to the ledger: pure and total. It trusts the event (make new ones
 * with `decideStock`); the parts it does not touch are shared with the previous state.
 *
 * @param state - the ledger before the event
 * @param event - the event
 * @returns the ledger after the event
 * @example
 * ```ts
 * const next = events.reduce(applyStock, state);
 * ```
 */
export function applyStock(state: StockState, event: StockEvent): StockState {
  const { warehouseId, sku } = event.data;
  const level = findStockLevel(state, warehouseId, sku);
  switch (event.type) {
    case 'stock.reserved':
    case 'stock.released':
    case 'stock.shipped': {
      const { orderId, lineId, quantity } = event.data;
      const delta = event.type === 'stock.reserved' ? quantity : -quantity;
      const reservations = withReservation(state, { orderId, lineId, warehouseId, sku }, delta);
      const onHand = event.type === 'stock.shipped' ? level.onHand - quantity : level.onHand;
      const next = withLevel(state, { ...level, onHand, reserved: level.reserved + delta });
      return { levels: next.levels, reservations };
    }
    case 'stock.adjusted':
      return withLevel(state, { ...level, onHand: level.onHand + event.data.delta });
    case 'stock.counted':
      return withLevel(state, { ...level, onHand: event.data.counted });
    case 'stock.safety_set':
      return withLevel(state, { ...level, safety: event.data.safety });
  }
}
