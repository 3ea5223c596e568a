import {
  applyStock,
  decideStock,
  emptyStockState,
  type DecideStockOptions,
  type StockCommand,
  type StockState,
} from '../../src/index.js';

export const at = '2025-03-01T09:00:00Z';
export const wms = { kind: 'wms', id: 'wms-par' } as const;
export const router = { kind: 'system', id: 'router' } as const;

/** Decides and applies; throws when refused (tests of the happy path only). */
export function run(
  commands: readonly StockCommand[],
  state: StockState = emptyStockState,
  options: DecideStockOptions = {},
): StockState {
  let current = state;
  for (const command of commands) {
    const decided = decideStock(current, command, options);
    if (!decided.ok) throw new Error(`refused: ${decided.error.code}`);
    current = decided.value.reduce(applyStock, current);
  }
  return current;
}

export function received(warehouseId: string, sku: string, delta: number): StockCommand {
  return { type: 'adjust', at, actor: wms, warehouseId, sku, delta, reasonCode: 'received' };
}

export function reserve(
  orderId: string,
  lineId: string,
  warehouseId: string,
  sku: string,
  quantity: number,
): StockCommand {
  return { type: 'reserve', at, actor: router, orderId, lineId, warehouseId, sku, quantity };
}
