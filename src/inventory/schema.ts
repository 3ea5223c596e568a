import { z } from 'zod';
import { count, identifier, positiveCount } from './_internal/fields.js';

/**
 * The stock of one SKU in one warehouse. Raw figures: `onHand` is what the warehouse holds,
 * `reserved` the sum of the reservations on it, `safety` the units never promised. A WMS count
 * may leave `reserved` above `onHand` (the `stock.counted` event then lists the uncovered
 * reservations); no figure is ever negative.
 */
export const WarehouseStockLevelSchema = z.strictObject({
  /** The warehouse. */
  warehouseId: identifier(),
  /** The article. */
  sku: identifier(),
  /** Units physically in the warehouse. */
  onHand: count(),
  /** Units reserved for order lines: the sum of this warehouse and SKU's reservations. */
  reserved: count(),
  /** Units kept back: never reported available. */
  safety: count(),
});

/** The stock of one SKU in one warehouse. See {@link WarehouseStockLevelSchema}. */
export type WarehouseStockLevel = z.infer<typeof WarehouseStockLevelSchema>;

/** Units of one SKU held in one warehouse for one order line. */
export const ReservationSchema = z.strictObject({
  /** The order. */
  orderId: identifier(),
  /** The order line. */
  lineId: identifier(),
  /** The warehouse holding the units. */
  warehouseId: identifier(),
  /** The article (a component SKU for a bundle line). */
  sku: identifier(),
  /** Units held, at least 1 (a reservation released or shipped in full disappears). */
  quantity: positiveCount(),
});

/** Units of one SKU held in one warehouse for one order line. See {@link ReservationSchema}. */
export type Reservation = z.infer<typeof ReservationSchema>;

/**
 * The stock ledger: plain data, the fold of the stock events (`replayStock`). Levels are keyed
 * by warehouse and SKU, reservations by order, line, warehouse and SKU (opaque keys: read them
 * with `findStockLevel` and `findReservation`). There is no global total: every figure belongs
 * to one warehouse.
 */
export interface StockState {
  /** Stock levels by warehouse and SKU. */
  readonly levels: Readonly<Record<string, WarehouseStockLevel>>;
  /** Open reservations by order, line, warehouse and SKU. */
  readonly reservations: Readonly<Record<string, Reservation>>;
}

/** The ledger before any event: no level, no reservation. */
export const emptyStockState: StockState = Object.freeze({
  levels: Object.freeze({}),
  reservations: Object.freeze({}),
});
