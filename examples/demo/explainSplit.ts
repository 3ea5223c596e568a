// How the demo explains a route the engine chose when it accepted an order: the engine returns
// the plan (with the reason for every warehouse) from `oms.allocate`, not from `accept` or
// `ingest`, so the route is computed again with `routeOrder`, on the order and the stock ledger
// as they stood just before the order's reservations (both rebuilt from their event logs).
import {
  available,
  findStockLevel,
  formatRouteExplanation,
  replay,
  replayStock,
  routeOrder,
  type Locale,
  type OrderEvent,
  type RoutingOrder,
  type StoredStockEvent,
} from 'ordokit';
import { routing, warehouses } from './stock.js';
import type { World } from './world.js';

/** The tenant's stock log, every event, oldest first. */
export async function loadStockEvents(world: World, tenantId: string) {
  const all: StoredStockEvent[] = [];
  for (let after = 0; ;) {
    const page = await world.storage.stock.loadEvents(tenantId, after, 1000);
    if (page.length === 0) return all;
    all.push(...page);
    after = page.at(-1)?.seq ?? after;
  }
}

/**
 * The route of the first order the engine split when it accepted it, explained: `routeOrder`
 * run again on the order and the stock ledger as they stood just before its reservations
 * (the engine returns the plan from `allocate`, not from `accept` or `ingest`).
 */
export function explainSplit(
  world: World,
  histories: Map<string, readonly OrderEvent[]>,
  stock: StoredStockEvent[],
  locale: Locale,
) {
  for (const [orderId, events] of histories) {
    const at = events.findIndex((e) => e.type === 'order.lines_allocated');
    const allocation = events[at];
    if (allocation?.type !== 'order.lines_allocated') continue;
    if (new Set(allocation.data.lines.map((l) => l.warehouseId)).size < 2) continue;
    const seq = stock.find(
      (s) => s.event.type === 'stock.reserved' && s.event.data.orderId === orderId,
    )?.seq;
    if (seq === undefined) continue;
    const ledger = replayStock(stock.filter((s) => s.seq < seq).map((s) => s.event));
    const { order } = replay(events.slice(0, at));
    const routingOrder: RoutingOrder = {
      shippingAddress: order.shippingAddress,
      totals: order.totals,
      lines: order.lines.map((l) => {
        const components = world.catalogue.expanded.get(l.sku);
        return { ...l, ...(components === undefined ? {} : { components }) };
      }),
    };
    const stockView = {
      available: (w: string, sku: string) => available(findStockLevel(ledger, w, sku)),
    };
    const plan = routeOrder(routingOrder, warehouses, stockView, routing);
    if (plan.ok) return { orderId, explanation: formatRouteExplanation(plan.value, locale) };
  }
  return undefined;
}
