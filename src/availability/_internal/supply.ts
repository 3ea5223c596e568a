import type { BundleCatalogue } from '../../inventory/index.js';
import type { StockView } from '../../routing/index.js';
import { addUnits, toUnits } from './units.js';

/** Reads S, the supply of a SKU over a list of warehouses. */
export type SupplyReader = (warehouses: readonly string[], sku: string) => number;

/**
 * The supply of a SKU over warehouses: Σ available for a stocked SKU; for a bundle, Σ over the
 * warehouses of min over its flattened components of ⌊available ÷ units per bundle⌋ (a bundle
 * is assembled in one warehouse). Reads the stock view directly: a view is a lookup.
 */
export function createSupplyReader(catalogue: BundleCatalogue, stock: StockView): SupplyReader {
  return (warehouses, sku) => {
    const parts = catalogue.expanded.get(sku);
    let supply = 0;
    for (const warehouseId of warehouses) {
      if (parts === undefined) {
        supply = addUnits(supply, toUnits(stock.available(warehouseId, sku)));
        continue;
      }
      let least = Number.POSITIVE_INFINITY;
      for (const part of parts) {
        const units = toUnits(stock.available(warehouseId, part.sku));
        least = Math.min(least, Math.floor(units / part.quantity));
        if (least === 0) break;
      }
      if (least !== Number.POSITIVE_INFINITY) supply = addUnits(supply, least);
    }
    return supply;
  };
}
