import { applyStock } from './applyStock.js';
import type { StockEvent } from './events.js';
import { emptyStockState, type StockState } from './schema.js';

/**
 * Rebuilds the ledger from its history: `applyStock` folded over the events, from
 * `emptyStockState`. The result deep-equals the state the events were decided on (a property
 * test proves it).
 *
 * @param events - the stock events, oldest first
 * @returns the ledger after the last event
 * @example
 * ```ts
 * const state = replayStock(await stockEvents.load(tenantId));
 * ```
 */
export function replayStock(events: readonly StockEvent[]): StockState {
  return events.reduce(applyStock, emptyStockState);
}
