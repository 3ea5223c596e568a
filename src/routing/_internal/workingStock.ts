import type { StockView } from '../types.js';

/** Units taken per SKU in one warehouse. */
export type Taken = Map<string, number>;

/** Stock as a routing call sees it: the caller's view minus what routing has taken so far. */
export interface WorkingStock {
  readonly view: StockView;
  /** Units taken per warehouse, then per SKU; never the caller's data. */
  readonly taken: Map<string, Taken>;
}

/** A fresh working copy over a stock view. */
export const createWorkingStock = (view: StockView): WorkingStock => ({ view, taken: new Map() });

/**
 * Units of a SKU still available in a warehouse: the view's figure (its floor; 0 when not a
 * finite number > 0) minus what was taken for good (`taken`) and in this order (`local`).
 */
export function availableIn(
  stock: WorkingStock,
  local: Taken | undefined,
  warehouseId: string,
  sku: string,
): number {
  const raw = stock.view.available(warehouseId, sku);
  const base = typeof raw === 'number' && Number.isFinite(raw) && raw > 0 ? Math.floor(raw) : 0;
  const taken = stock.taken.get(warehouseId)?.get(sku) ?? 0;
  return Math.max(0, base - taken - (local?.get(sku) ?? 0));
}

/** Adds `quantity` to the units taken of one SKU. */
export function take(map: Taken, sku: string, quantity: number): void {
  map.set(sku, (map.get(sku) ?? 0) + quantity);
}

/** Makes units taken in one warehouse for an order permanent in the working stock. */
export function commit(stock: WorkingStock, warehouseId: string, local: Taken): void {
  let taken = stock.taken.get(warehouseId);
  if (taken === undefined) {
    taken = new Map();
    stock.taken.set(warehouseId, taken);
  }
  for (const [sku, q] of local) take(taken, sku, q);
}
