import type { StockEvent } from '../inventory/index.js';
import { compareCodeUnits } from './_internal/ids.js';

/**
 * Lists the SKUs whose stock a batch of events changed: the SKU of every event (reserved,
 * released, shipped, adjusted, counted, safety set), sorted, without repeats. A reservation
 * of a bundle is recorded on its components, so the components are listed; the bundles
 * containing them follow from the index (`findAffectedSkus`).
 *
 * @param events - stock events, in any order
 * @returns the SKUs they touched
 * @example
 * ```ts
 * listTouchedSkus(events.map((stored) => stored.event)); // ['MUG', 'TEA']
 * ```
 */
export function listTouchedSkus(events: Iterable<StockEvent>): readonly string[] {
  const skus = new Set<string>();
  for (const event of events) skus.add(event.data.sku);
  return [...skus].sort(compareCodeUnits);
}
