import type { MoneyJson } from '../money/index.js';
import type { ParcelStatus } from '../parcel/statuses.js';
import type { RmaStatus } from '../rma/statuses.js';
import type { OrderCommandType } from './commands.js';
import type { OrderCurrencyMismatch, OrderLineIdDuplicate } from './errors.js';
import type { HoldReason, HoldScope } from './eventFields.js';
import type { OrderEventType } from './events.js';
import type { OrderStatus } from './statuses.js';

/** The order's status does not allow this event (the order machine has no such transition). */
export interface OrderInvalidTransition {
  readonly code: 'order/invalid_transition';
  readonly from: OrderStatus;
  readonly event: OrderEventType;
}

/** A command other than `capture` was given for an order that does not exist yet. */
export interface OrderNotCaptured {
  readonly code: 'order/not_captured';
  readonly command: OrderCommandType;
}

/** `capture` was given for an order that already exists. */
export interface OrderAlreadyCaptured {
  readonly code: 'order/already_captured';
  readonly orderId: string;
}

/**
 * The captured order is not a fresh order: its quantities other than `ordered` must be 0 and
 * it must carry no parcels (the lifecycle makes them).
 */
export interface OrderCaptureInvalid {
  readonly code: 'order/capture_invalid';
  readonly reason: 'quantities_not_initial' | 'parcels_present';
  /** The first line whose quantities are not initial. */
  readonly lineId?: string;
}

/** An active hold the command ran into. */
export interface BlockingHold {
  readonly holdId: string;
  readonly reasonCode: HoldReason;
  readonly scope: HoldScope;
}

/**
 * The order (or a line the command touches) is on hold, and the command decides something on
 * behalf of an automated actor (kind ≠ `user`). An operator can give it, or release the holds.
 */
export interface OrderOnHold {
  readonly code: 'order/on_hold';
  readonly command: OrderCommandType;
  /** The holds that block this command, in placement order. */
  readonly holds: readonly BlockingHold[];
}

/** A command names a line the order does not have. */
export interface OrderLineUnknown {
  readonly code: 'order/line_unknown';
  readonly lineId: string;
}

/** A quantity is not a whole number of units of at least 1 (at least 0 for a refund). */
export interface OrderQuantityInvalid {
  readonly code: 'order/quantity_invalid';
  readonly lineId: string;
  readonly quantity: number;
}

/**
 * What a command does with units, for {@link OrderQuantityExceeded}:
 * - `allocate`: reserve (available: ordered − cancelled − allocated)
 * - `reallocate`: move to another warehouse (available: allocated − units already in parcels)
 * - `pack`: put in a parcel (available: allocated − units already in parcels)
 * - `cancel`: cancel (available: ordered − cancelled − units in parcels)
 * - `return`: ask back (available: delivered − returned − units in open returns)
 * - `receive`: receive back (available: requested in this return − received in it)
 * - `refund`: refund (available: cancelled + shipped − refunded)
 */
export type QuantityAction =
  'allocate' | 'reallocate' | 'pack' | 'cancel' | 'return' | 'receive' | 'refund';

/** A command asks for more units of a line than its quantities allow. */
export interface OrderQuantityExceeded {
  readonly code: 'order/quantity_exceeded';
  readonly lineId: string;
  readonly what: QuantityAction;
  /** Units asked for (summed over the command's entries for this line). */
  readonly quantity: number;
  /** Units that could be. */
  readonly available: number;
}

/** `reallocateLines` moves units of a line to the warehouse they are already in. */
export interface OrderReallocationSameWarehouse {
  readonly code: 'order/reallocation_same_warehouse';
  readonly lineId: string;
  /** The warehouse named both as `fromWarehouseId` and `toWarehouseId`. */
  readonly warehouseId: string;
}

/** A command names a parcel the order does not have. */
export interface OrderParcelUnknown {
  readonly code: 'order/parcel_unknown';
  readonly parcelId: string;
}

/** Tracking or delivery reported for a parcel that has not shipped. */
export interface OrderParcelNotShipped {
  readonly code: 'order/parcel_not_shipped';
  readonly parcelId: string;
}

/** `shipParcel` for a parcel that has already shipped (no second label, no second tracking). */
export interface OrderParcelAlreadyShipped {
  readonly code: 'order/parcel_already_shipped';
  readonly parcelId: string;
}

/** The parcel machine does not allow this tracking status after the parcel's current one. */
export interface OrderParcelInvalidTransition {
  readonly code: 'order/parcel_invalid_transition';
  readonly parcelId: string;
  readonly from: ParcelStatus;
  readonly to: ParcelStatus;
}

/** `shipParcel` without a tracking number: a parcel never ships without tracking. */
export interface OrderTrackingMissing {
  readonly code: 'order/tracking_missing';
  readonly parcelId: string;
}

/** A command names a return (RMA) the order does not have. */
export interface OrderRmaUnknown {
  readonly code: 'order/rma_unknown';
  readonly rmaId: string;
}

/** The return machine does not allow this event in the return's current status. */
export interface OrderRmaInvalidTransition {
  readonly code: 'order/rma_invalid_transition';
  readonly rmaId: string;
  readonly from: RmaStatus;
  readonly event: OrderEventType;
}

/** `close` while returns are still open (neither refused, resolved nor closed). */
export interface OrderReturnUnresolved {
  readonly code: 'order/return_unresolved';
  readonly rmaIds: readonly string[];
}

/** `close` while a line still has units neither delivered nor cancelled. */
export interface OrderLineOpen {
  readonly code: 'order/line_open';
  readonly lineId: string;
  /** Units of the line neither delivered nor cancelled. */
  readonly open: number;
}

/** `releaseHold` names a hold that is not active. */
export interface OrderHoldUnknown {
  readonly code: 'order/hold_unknown';
  readonly holdId: string;
}

/** A new parcel, return, hold or refund reuses an id the order already has. */
export interface OrderIdDuplicate {
  readonly code: 'order/id_duplicate';
  readonly kind: 'parcel' | 'rma' | 'hold' | 'refund';
  readonly id: string;
}

/**
 * A refund is not well formed:
 * - `empty`: it refunds nothing (no positive amount on any line or on shipping)
 * - `negative_amount`: an amount is below zero
 * - `amount_invalid`: an amount is not a decimal within `moneyLimits`
 */
export interface OrderRefundInvalid {
  readonly code: 'order/refund_invalid';
  readonly reason: 'empty' | 'negative_amount' | 'amount_invalid';
  /** The line whose amount is wrong; absent for shipping or the whole refund. */
  readonly lineId?: string;
}

/**
 * A refund would exceed what the buyer paid: on a line (its share of `totals.paid`), on
 * shipping, or in total (`totals.paid`). Amounts include what was refunded before.
 */
export interface OrderRefundExceedsPaid {
  readonly code: 'order/refund_exceeds_paid';
  readonly part: 'line' | 'shipping' | 'total';
  /** The line, when `part` is `'line'`. */
  readonly lineId?: string;
  /** Refunded before plus this refund. */
  readonly requested: MoneyJson;
  /** What was paid for this part. */
  readonly available: MoneyJson;
}

/** Every error `decide` returns. */
export type OrderLifecycleError =
  | OrderInvalidTransition
  | OrderNotCaptured
  | OrderAlreadyCaptured
  | OrderCaptureInvalid
  | OrderLineIdDuplicate
  | OrderOnHold
  | OrderLineUnknown
  | OrderQuantityInvalid
  | OrderQuantityExceeded
  | OrderReallocationSameWarehouse
  | OrderParcelUnknown
  | OrderParcelNotShipped
  | OrderParcelAlreadyShipped
  | OrderParcelInvalidTransition
  | OrderTrackingMissing
  | OrderRmaUnknown
  | OrderRmaInvalidTransition
  | OrderReturnUnresolved
  | OrderLineOpen
  | OrderHoldUnknown
  | OrderIdDuplicate
  | OrderRefundInvalid
  | OrderRefundExceedsPaid
  | OrderCurrencyMismatch;
