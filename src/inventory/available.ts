import type { WarehouseStockLevel } from './schema.js';

/**
 * The units of a stock level that can still be promised: on hand − reserved − safety, never
 * below 0 (the raw figures stay in the level).
 *
 * @param level - one warehouse's stock of one SKU
 * @returns the available units, ≥ 0
 * @example
 * ```ts
 * available({ warehouseId: 'PAR', sku: 'MUG', onHand: 10, reserved: 3, safety: 2 }); // 5
 * ```
 */
export function available(level: WarehouseStockLevel): number {
  return Math.max(0, level.onHand - level.reserved - level.safety);
}
