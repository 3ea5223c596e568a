/** The quantity fields of the stock commands. */
export type StockQuantityField = 'quantity' | 'delta' | 'counted' | 'safety';

/**
 * What a quantity must be: `positive` (a safe integer ≥ 1), `non_negative` (≥ 0), `non_zero`
 * (a safe integer other than 0), `within_limit` (the result stays a safe integer).
 */
export type StockQuantityRule = 'positive' | 'non_negative' | 'non_zero' | 'within_limit';

/** A command's quantity is not a whole number of units as the rule asks. */
export interface InventoryQuantityInvalid {
  readonly code: 'inventory/quantity_invalid';
  readonly field: StockQuantityField;
  readonly rule: StockQuantityRule;
  readonly value: number;
}

/** The identifier fields of the stock commands. */
export type StockIdentifierField = 'orderId' | 'lineId' | 'warehouseId' | 'sku';

/** A command's identifier is empty, too long (over 128) or has surrounding spaces. */
export interface InventoryIdentifierInvalid {
  readonly code: 'inventory/identifier_invalid';
  readonly field: StockIdentifierField;
}

/** A reservation asks for more units than the warehouse has available. */
export interface InventoryInsufficientStock {
  readonly code: 'inventory/insufficient_stock';
  readonly warehouseId: string;
  readonly sku: string;
  readonly wanted: number;
  readonly available: number;
  /** The bundle SKU of the order line, when `sku` is one of its components. */
  readonly bundleSku?: string;
}

/** No reservation for this order line, warehouse and SKU. */
export interface InventoryReservationUnknown {
  readonly code: 'inventory/reservation_unknown';
  readonly orderId: string;
  readonly lineId: string;
  readonly warehouseId: string;
  readonly sku: string;
}

/** The fields of an over-release or over-shipment: the line, where, and the units. */
interface ExceedsReservationFields {
  readonly orderId: string;
  readonly lineId: string;
  readonly warehouseId: string;
  readonly sku: string;
  readonly wanted: number;
  readonly reserved: number;
}

/** A release of more units than the line holds in that warehouse. */
export interface InventoryReleaseExceedsReservation extends ExceedsReservationFields {
  readonly code: 'inventory/release_exceeds_reservation';
}

/** A shipment of more units than the line holds in that warehouse. */
export interface InventoryShipExceedsReservation extends ExceedsReservationFields {
  readonly code: 'inventory/ship_exceeds_reservation';
}

/** A shipment of more units than the warehouse has on hand (a count found fewer). */
export interface InventoryShipExceedsOnHand {
  readonly code: 'inventory/ship_exceeds_on_hand';
  readonly warehouseId: string;
  readonly sku: string;
  readonly wanted: number;
  readonly onHand: number;
}

/**
 * An adjustment that would take on-hand stock below zero (`below_zero`) or below the units
 * reserved (`uncovers_reservations`): only a WMS count may find fewer units than reserved.
 */
export interface InventoryAdjustmentRefused {
  readonly code: 'inventory/adjustment_refused';
  readonly reason: 'below_zero' | 'uncovers_reservations';
  readonly warehouseId: string;
  readonly sku: string;
  readonly onHand: number;
  readonly reserved: number;
  readonly delta: number;
}

/**
 * Why a bundle catalogue is invalid:
 * - `shape`: not a list of `{ sku, components: [{ sku, quantity }] }` (`index` says which entry)
 * - `quantity`: a component quantity is not a whole number ≥ 1
 * - `duplicate`: the same bundle SKU is defined twice
 * - `cycle`: a bundle contains itself, directly or through other bundles (`path` shows how)
 * - `too_large`: expanded quantities exceed a safe integer
 */
export type BundleInvalidReason = 'shape' | 'quantity' | 'duplicate' | 'cycle' | 'too_large';

/** A bundle catalogue that cannot be used. */
export interface InventoryBundleInvalid {
  readonly code: 'inventory/bundle_invalid';
  readonly reason: BundleInvalidReason;
  /** The bundle SKU at fault, when known. */
  readonly sku?: string;
  /** The entry's position in the input list, for `shape`. */
  readonly index?: number;
  /** The bundle SKUs of the cycle, first and last equal, for `cycle`. */
  readonly path?: readonly string[];
}

/** Every error of the inventory module. */
export type InventoryError =
  | InventoryQuantityInvalid
  | InventoryIdentifierInvalid
  | InventoryInsufficientStock
  | InventoryReservationUnknown
  | InventoryReleaseExceedsReservation
  | InventoryShipExceedsReservation
  | InventoryShipExceedsOnHand
  | InventoryAdjustmentRefused
  | InventoryBundleInvalid;
