import type { Order, RoutingLine, RoutingOrder, StockView, Warehouse } from '../../src/index.js';

// An `Order` must fit routing's input as it is.
export const orderFits = (order: Order): RoutingOrder => order;

const eur = (amount: string) => ({ amount, currency: 'EUR' as const });

export const lyon: Warehouse = {
  warehouseId: 'LYON',
  enabled: true,
  countries: ['FR', 'BE'],
  capabilities: [],
  priority: 1,
  costPerParcel: eur('4.90'),
};
export const paris: Warehouse = {
  warehouseId: 'PARIS',
  enabled: true,
  countries: ['FR'],
  capabilities: ['hazmat'],
  priority: 2,
  costPerParcel: eur('5.50'),
};
export const lille: Warehouse = {
  warehouseId: 'LILLE',
  enabled: false,
  countries: '*',
  capabilities: ['hazmat'],
  priority: 0,
  costPerParcel: eur('1.00'),
};
export const madrid: Warehouse = {
  warehouseId: 'MADRID',
  enabled: true,
  countries: ['ES'],
  capabilities: [],
  priority: 1,
  costPerParcel: eur('3.00'),
};
export const warehouses = [paris, madrid, lyon, lille];

/** A line with `ordered` units, none cancelled or allocated unless given. */
export function line(
  lineId: string,
  sku: string,
  ordered: number,
  more: Partial<{ cancelled: number; allocated: number }> & Pick<RoutingLine, never> = {},
): RoutingLine {
  return {
    lineId,
    sku,
    quantities: { ordered, cancelled: more.cancelled ?? 0, allocated: more.allocated ?? 0 },
  };
}

export function order(lines: RoutingLine[], country = 'FR', grandTotal = '30.00'): RoutingOrder {
  return { shippingAddress: { country }, totals: { grandTotal: eur(grandTotal) }, lines };
}

/** A stock view over a nested record, warehouse → SKU → units. */
export function stockOf(table: Record<string, Record<string, number>>): StockView {
  return { available: (w, sku) => table[w]?.[sku] ?? 0 };
}
