import type { OrderState, ParcelCarrier, ParcelLine, ParcelState } from '../../order/index.js';
import { countUnallocated } from '../../order/index.js';
import type {
  BuyerNotification,
  LabelRequest,
  PickLine,
  PreparationRequest,
  StatusPush,
  StatusPushCause,
  StockLine,
  StockMovement,
  TrackingPush,
} from '../../ports/index.js';

/** The entry of a record under an own key only (`'constructor'` is a valid channel code). */
export function ownEntry<T>(record: Readonly<Record<string, T>> | undefined, key: string) {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The order's lines with `quantityOf(line)` units, skipping those with none, in line order. */
function pickLines(
  state: OrderState,
  quantityOf: (line: OrderState['order']['lines'][number]) => number | undefined,
): PickLine[] {
  const lines: PickLine[] = [];
  for (const line of state.order.lines) {
    const quantity = quantityOf(line);
    if (quantity === undefined || quantity <= 0) continue;
    const components = line.components?.map((c) => ({ sku: c.sku, quantity: c.quantity }));
    lines.push({
      lineId: line.lineId,
      sku: line.sku,
      title: line.title,
      quantity,
      ...(components === undefined ? {} : { components }),
    });
  }
  return lines;
}

/** A preparation request for these lines, from the warehouse given (if any). */
function preparationOf(
  state: OrderState,
  lines: readonly PickLine[],
  warehouseId: string | undefined,
): PreparationRequest | undefined {
  if (lines.length === 0) return undefined;
  const { orderId, order } = state;
  return {
    orderId,
    channelRef: order.channelRef,
    ...(warehouseId === undefined ? {} : { warehouseId }),
    lines: [...lines],
    shipTo: order.shippingAddress,
    buyer: order.buyer,
  };
}

/** What the WMS must pick: the units neither cancelled nor allocated yet, per line. */
export function buildPreparation(state: OrderState): PreparationRequest | undefined {
  return preparationOf(
    state,
    pickLines(state, (line) => countUnallocated(line.quantities)),
    state.warehouseId,
  );
}

/**
 * What one warehouse must pick for an allocation: the allocated units of each line, in the
 * order's line order (lines the order no longer has are skipped).
 */
export function buildWarehousePreparation(
  state: OrderState,
  warehouseId: string,
  units: ReadonlyMap<string, number>,
): PreparationRequest | undefined {
  return preparationOf(
    state,
    pickLines(state, (line) => units.get(line.lineId)),
    warehouseId,
  );
}

/**
 * The stock movement of units of some lines (a bundle line with its components); lines the
 * order does not have, and zero quantities, are skipped.
 */
export function buildStockMovement(
  state: OrderState,
  units: ReadonlyMap<string, number>,
  where: { readonly warehouseId?: string; readonly parcelId?: string } = {},
): StockMovement | undefined {
  const lines: StockLine[] = pickLines(state, (line) => units.get(line.lineId)).map(
    ({ title: _title, ...line }) => line,
  );
  if (lines.length === 0) return undefined;
  return { orderId: state.orderId, lines, ...where };
}

/** Units cancelled so far, per line (lines without cancellations left out). */
function cancelledLines(state: OrderState): ParcelLine[] {
  const lines: ParcelLine[] = [];
  for (const line of state.order.lines) {
    const quantity = line.quantities.cancelled;
    if (quantity > 0) lines.push({ lineId: line.lineId, quantity });
  }
  return lines;
}

/** The order's status on its own channel as last observed, as an optional field. */
function observedStatus(state: OrderState): { readonly channelStatus?: string } {
  const observed = ownEntry(state.channelStatuses, state.order.channelRef.channel);
  return observed === undefined ? {} : { channelStatus: observed.status };
}

/**
 * The order's status for its channel, with the units cancelled so far, why it is pushed and,
 * for a cancellation by the seller, the units it covers.
 */
export function buildStatusPush(
  state: OrderState,
  cause: StatusPushCause,
  cancelledNow?: readonly ParcelLine[],
): StatusPush {
  return {
    orderId: state.orderId,
    channelRef: state.order.channelRef,
    status: state.status,
    cancelled: cancelledLines(state),
    ...observedStatus(state),
    cause,
    ...(cancelledNow === undefined || cancelledNow.length === 0
      ? {}
      : { cancelledNow: cancelledNow.map((l) => ({ lineId: l.lineId, quantity: l.quantity })) }),
  };
}

/** A shipped parcel's tracking for the channel. */
export function buildTrackingPush(
  state: OrderState,
  parcelId: string,
  parcel: ParcelState,
  carrier: ParcelCarrier,
  tracking: NonNullable<ParcelState['tracking']>,
): TrackingPush {
  return {
    orderId: state.orderId,
    channelRef: state.order.channelRef,
    parcelId,
    carrier,
    tracking,
    lines: parcel.lines.map((l) => ({ lineId: l.lineId, quantity: l.quantity })),
    ...observedStatus(state),
  };
}

/** A label request for a packed parcel. */
export function buildLabelRequest(
  state: OrderState,
  parcelId: string,
  parcel: ParcelState,
  carrier: ParcelCarrier,
): LabelRequest {
  const { warehouseId } = parcel;
  return {
    orderId: state.orderId,
    parcelId,
    carrier,
    shipTo: state.order.shippingAddress,
    lines: parcel.lines.map((l) => ({ lineId: l.lineId, quantity: l.quantity })),
    ...(warehouseId === undefined ? {} : { warehouseId }),
  };
}

/** A message to the buyer about the order. */
export function buildNotification(
  state: OrderState,
  template: BuyerNotification['template'],
  tracking?: NonNullable<ParcelState['tracking']>,
): BuyerNotification {
  return {
    orderId: state.orderId,
    channelRef: state.order.channelRef,
    template,
    buyer: state.order.buyer,
    ...(tracking === undefined ? {} : { tracking }),
  };
}
