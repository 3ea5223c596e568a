import type { Result } from '../result/index.js';
import type { RoutingError } from './errors.js';
import type { RoutePlan, RoutingOrder, RoutingPolicy, StockView, Warehouse } from './types.js';
import { prepareRouting } from './_internal/prepare.js';
import { routeWith } from './_internal/routeWith.js';
import { createWorkingStock } from './_internal/workingStock.js';

/**
 * Chooses the warehouses that ship an order's units still to route (`ordered − cancelled −
 * allocated` per line) and explains every warehouse considered.
 *
 * Filters: enabled, serves the shipping country, has the capabilities the line's SKU needs,
 * has stock. Ranking: a warehouse that completes the whole order first, then priority (a
 * matching zone's first), cost per parcel, stock balance (more units of the order's SKUs
 * first), warehouse id. Split policy `never` uses the best warehouse only; `allowed` (or
 * above `minOrderValue`, on the grand total) covers greedily down the ranking, at most
 * `maxParcels` warehouses. Missing units are back-ordered (`hold_missing_lines`), or
 * nothing is allocated while anything is missing (`hold_order`). The same inputs always give
 * the same plan, whatever the order of the warehouses.
 *
 * @param order - the order (an `Order` fits)
 * @param warehouses - the warehouses, any order
 * @param stock - the units available per (warehouse, SKU); only read
 * @param policy - split, parcels, backorder and capability rules
 * @returns the plan, or `routing/policy_invalid` / `routing/warehouse_invalid`
 * @example
 * ```ts
 * const plan = routeOrder(order, warehouses, { available: (w, sku) => ledger[w]?.[sku] ?? 0 }, {
 *   split: 'allowed', maxParcels: 2, backorder: 'hold_missing_lines',
 * });
 * if (plan.ok) console.log(formatRouteExplanation(plan.value, 'en'));
 * ```
 */
export function routeOrder(
  order: RoutingOrder,
  warehouses: readonly Warehouse[],
  stock: StockView,
  policy: RoutingPolicy,
): Result<RoutePlan, RoutingError> {
  const prepared = prepareRouting(warehouses, policy);
  if (!prepared.ok) return prepared;
  return {
    ok: true,
    value: routeWith(order, prepared.value, createWorkingStock(stock, prepared.value)),
  };
}
