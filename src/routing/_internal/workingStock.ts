import type { StockView } from '../types.js';
import type { PreparedRouting } from './prepare.js';

/**
 * Stock as a routing call sees it: the caller's view, read once per (warehouse, SKU), minus
 * what routing has taken so far. Never the caller's data.
 */
export interface WorkingStock {
  readonly view: StockView;
  /** The warehouses' ids, by index in the prepared list. */
  readonly warehouseIds: readonly string[];
  /**
   * Per SKU met so far, one row: at `w`, the view's units in warehouse `w` (its floor, or 0;
   * `NaN` until read); at `warehouseIds.length + w`, the units routing took there for good.
   */
  readonly rows: Map<string, number[]>;
  /** The SKUs of the order being routed, and their rows (by SKU index). */
  skus: readonly string[];
  readonly open: number[][];
}

/** A fresh working copy over a stock view, for the prepared warehouses. */
export const createWorkingStock = (view: StockView, prepared: PreparedRouting): WorkingStock => ({
  view,
  warehouseIds: prepared.warehouses.map((pw) => pw.warehouse.warehouseId),
  rows: new Map(),
  skus: [],
  open: [],
});

/** Opens the rows of an order's SKUs (by index in `skus`). */
export function openOrder(stock: WorkingStock, skus: readonly string[]): void {
  const open = stock.open;
  open.length = 0;
  stock.skus = skus;
  for (const sku of skus) {
    let row = stock.rows.get(sku);
    if (row === undefined) {
      const count = stock.warehouseIds.length;
      row = [];
      for (let w = 0; w < count; w++) row.push(Number.NaN);
      for (let w = 0; w < count; w++) row.push(0);
      stock.rows.set(sku, row);
    }
    open.push(row);
  }
}

/**
 * Units of the order's SKU `k` still available in warehouse `w`: the view's figure (its floor;
 * 0 when not a finite number > 0) minus what was taken for good and in this order (`local`).
 */
export function availableAt(stock: WorkingStock, w: number, k: number, local: number): number {
  const row = stock.open[k] as number[];
  let base = row[w] as number;
  if (Number.isNaN(base)) {
    const raw = stock.view.available(stock.warehouseIds[w] as string, stock.skus[k] as string);
    base = typeof raw === 'number' && Number.isFinite(raw) && raw > 0 ? Math.floor(raw) : 0;
    row[w] = base;
  }
  return Math.max(0, base - (row[stock.warehouseIds.length + w] as number) - local);
}

/** Makes units taken in warehouse `w` for the order (`local`, by SKU index) permanent. */
export function commitTaken(stock: WorkingStock, w: number, local: readonly number[]): void {
  const at = stock.warehouseIds.length + w;
  for (let k = 0; k < local.length; k++) {
    const quantity = local[k] as number;
    if (quantity === 0) continue;
    const row = stock.open[k] as number[];
    row[at] = (row[at] as number) + quantity;
  }
}
