import { findReservation, type StockCommand, type StockState } from '../../inventory/index.js';
import type { OrderState } from '../../order/index.js';
import type { RoutingOrder } from '../../routing/index.js';
import type { OmsInventory } from '../config.js';

type Components = readonly { readonly sku: string; readonly quantity: number }[];
type Line = OrderState['order']['lines'][number];

/** The components of one unit of a line: its own, else the catalogue's; none for a plain SKU. */
export function componentsOf(inventory: OmsInventory, line: Line): Components | undefined {
  return line.components ?? inventory.bundles?.expanded.get(line.sku);
}

/** What one unit of a line takes from stock: its components, or its own SKU once. */
export function partsOf(inventory: OmsInventory, line: Line): Components {
  return componentsOf(inventory, line) ?? [{ sku: line.sku, quantity: 1 }];
}

/**
 * The stock commands that move `units` of a line in one warehouse: one per part (a bundle line
 * moves each component × its quantity). They go in one append: all of them, or none.
 */
export function lineCommands(
  type: 'reserve' | 'release' | 'ship',
  envelope: Pick<StockCommand, 'at' | 'actor'>,
  where: { readonly orderId: string; readonly lineId: string; readonly warehouseId: string },
  parts: Components,
  units: number,
): StockCommand[] {
  return parts.map((part): StockCommand => ({
    type,
    ...envelope,
    ...where,
    sku: part.sku,
    quantity: units * part.quantity,
  }));
}

/** Every SKU whose stock the order's lines touch: the lines' own, and their components. */
export function orderSkus(inventory: OmsInventory, lines: readonly Line[]): string[] {
  const skus = new Set<string>();
  for (const line of lines) {
    const components = componentsOf(inventory, line);
    if (components === undefined) skus.add(line.sku);
    else for (const c of components) skus.add(c.sku);
  }
  return [...skus];
}

/** The order as routing reads it, bundle lines with their components. */
export function routingOrderOf(inventory: OmsInventory, state: OrderState): RoutingOrder {
  const { order } = state;
  return {
    shippingAddress: order.shippingAddress,
    totals: order.totals,
    lines: order.lines.map((line) => {
      const components = componentsOf(inventory, line);
      return {
        lineId: line.lineId,
        sku: line.sku,
        quantities: line.quantities,
        ...(components === undefined ? {} : { components }),
      };
    }),
  };
}

/**
 * Units of an order line held in one warehouse: for a bundle line (several `parts`), only its
 * complete units (the scarcest component decides).
 */
export function unitsHeld(
  state: StockState,
  orderId: string,
  lineId: string,
  parts: Components,
  warehouseId: string,
): number {
  let units = Number.POSITIVE_INFINITY;
  for (const part of parts) {
    const held =
      findReservation(state, { orderId, lineId, warehouseId, sku: part.sku })?.quantity ?? 0;
    units = Math.min(units, Math.floor(held / part.quantity));
  }
  return units;
}
