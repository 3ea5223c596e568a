import type { BundleCatalogue } from './bundleCatalogue.js';
import { available } from './available.js';
import { findStockLevel } from './findStockLevel.js';
import type { StockState } from './schema.js';

/**
 * The units of a SKU one warehouse can promise: for a bundle, the minimum over its components
 * of ⌊available ÷ units per bundle⌋ (0 as soon as one component is short); for any other SKU,
 * its `available` figure.
 *
 * @param state - the stock ledger
 * @param catalogue - the validated bundle catalogue
 * @param warehouseId - the warehouse
 * @param sku - the SKU (bundle or not)
 * @returns the units available in that warehouse, ≥ 0
 * @example
 * ```ts
 * // GIFT-BOX = 2 × MUG + 1 × TEA; PAR has 5 MUG and 9 TEA available
 * bundleAvailable(state, catalogue, 'PAR', 'GIFT-BOX'); // 2
 * ```
 */
export function bundleAvailable(
  state: StockState,
  catalogue: BundleCatalogue,
  warehouseId: string,
  sku: string,
): number {
  const parts = catalogue.expanded.get(sku);
  if (parts === undefined) return available(findStockLevel(state, warehouseId, sku));
  let least = Number.POSITIVE_INFINITY;
  for (const part of parts) {
    const units = Math.floor(
      available(findStockLevel(state, warehouseId, part.sku)) / part.quantity,
    );
    least = Math.min(least, units);
  }
  return least === Number.POSITIVE_INFINITY ? 0 : least;
}
