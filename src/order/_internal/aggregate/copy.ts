// Explicit copies of the aggregate's objects. In V8, `{ ...obj, key }` over objects of many
// shapes (orders and lines from different channels carry different optional fields) falls back
// to a slow generic path (~0.4 µs per copy); a literal with the fields written out, optional
// ones added in a fixed order, stays on the fast path. test/order/apply.test.ts copies a line
// and an order typed `Required<…>`: a field added to the schemas fails that test until it is
// copied here.
import type { LineQuantities, OrderLine } from '../../lineSchema.js';
import type { Order } from '../../schema.js';
import type { OrderState } from '../../state.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A line with new quantities. */
export function copyLine(line: OrderLine, quantities: LineQuantities): OrderLine {
  const next: Mutable<OrderLine> = {
    lineId: line.lineId,
    sku: line.sku,
    title: line.title,
    quantities,
  };
  if (line.channelLineRef !== undefined) next.channelLineRef = line.channelLineRef;
  if (line.unitPrice !== undefined) next.unitPrice = line.unitPrice;
  if (line.lineTotal !== undefined) next.lineTotal = line.lineTotal;
  if (line.tax !== undefined) next.tax = line.tax;
  if (line.taxRate !== undefined) next.taxRate = line.taxRate;
  if (line.discount !== undefined) next.discount = line.discount;
  if (line.components !== undefined) next.components = line.components;
  return next;
}

/** An order with new lines. */
export function copyOrder(order: Order, lines: Order['lines']): Order {
  const next: Mutable<Order> = {
    orderId: order.orderId,
    tenantId: order.tenantId,
    channelRef: order.channelRef,
    placedAt: order.placedAt,
    currency: order.currency,
    buyer: order.buyer,
    shippingAddress: order.shippingAddress,
    lines,
    totals: order.totals,
  };
  if (order.billingAddress !== undefined) next.billingAddress = order.billingAddress;
  if (order.parcels !== undefined) next.parcels = order.parcels;
  if (order.notes !== undefined) next.notes = order.notes;
  if (order.tags !== undefined) next.tags = order.tags;
  return next;
}

/** The state with some fields replaced (`warehouseId` is set only when given or present). */
export function copyState(
  state: OrderState,
  patch: Partial<Omit<OrderState, 'orderId' | 'tenantId'>>,
): OrderState {
  const next: Mutable<OrderState> = {
    orderId: state.orderId,
    tenantId: state.tenantId,
    version: patch.version ?? state.version,
    status: patch.status ?? state.status,
    needsAcceptance: state.needsAcceptance,
    order: patch.order ?? state.order,
    parcels: patch.parcels ?? state.parcels,
    rmas: patch.rmas ?? state.rmas,
    holds: patch.holds ?? state.holds,
    refunds: patch.refunds ?? state.refunds,
    erpDocuments: patch.erpDocuments ?? state.erpDocuments,
    notes: patch.notes ?? state.notes,
    channelStatuses: patch.channelStatuses ?? state.channelStatuses,
  };
  const warehouseId = patch.warehouseId ?? state.warehouseId;
  if (warehouseId !== undefined) next.warehouseId = warehouseId;
  return next;
}
