import { ok, type Result } from '../result/index.js';
import type { RoutingError } from './errors.js';
import type { RoutePlan, RoutingOrder, RoutingPolicy, StockView, Warehouse } from './types.js';
import { prepareRouting } from './_internal/prepare.js';
import { routeWith } from './_internal/routeWith.js';
import { createWorkingStock } from './_internal/workingStock.js';

/**
 * Routes many orders, one after the other in input order, against shared stock: each plan's
 * allocations are taken from a working copy before the next order is routed, so the batch
 * never promises more than `stock` holds. The caller's stock view is only read, at most once per
 * (warehouse, SKU): it must give the stock before the batch for the whole call.
 *
 * @param orders - the orders, routed in this order (put the most urgent first)
 * @param warehouses - the warehouses, any order
 * @param stock - the units available per (warehouse, SKU) before the batch
 * @param policy - the routing policy
 * @returns one plan per order, in input order, or the policy's or warehouses' first problem
 * @example
 * ```ts
 * const plans = routeBatch(orders, warehouses, stockView, policy);
 * ```
 */
export function routeBatch(
  orders: readonly RoutingOrder[],
  warehouses: readonly Warehouse[],
  stock: StockView,
  policy: RoutingPolicy,
): Result<RoutePlan[], RoutingError> {
  const prepared = prepareRouting(warehouses, policy);
  if (!prepared.ok) return prepared;
  const working = createWorkingStock(stock, prepared.value);
  return ok(orders.map((order) => routeWith(order, prepared.value, working)));
}
