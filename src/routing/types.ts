import type { MoneyJson } from '../money/index.js';
import type { LineQuantities } from '../order/index.js';

/**
 * A zone of a warehouse: destinations for which it has its own priority (a warehouse near
 * the border may come first for a neighbouring country).
 */
export interface WarehouseZone {
  /** ISO 3166-1 alpha-2 codes, upper case, of the destinations in the zone. */
  readonly countries: readonly string[];
  /** The warehouse's priority for these destinations (lower first), instead of `priority`. */
  readonly priority: number;
}

/** A warehouse as routing sees it: plain data. */
export interface Warehouse {
  /** The warehouse's id, unique among the warehouses given to one routing call. */
  readonly warehouseId: string;
  /** A disabled warehouse is never chosen (rejected with `disabled`). */
  readonly enabled: boolean;
  /** The destination countries it ships to (alpha-2, upper case), or `'*'` for all. */
  readonly countries: readonly string[] | '*';
  /** Per-destination priorities, first match wins; see {@link WarehouseZone}. */
  readonly zones?: readonly WarehouseZone[];
  /** What it can handle: `'hazmat'`, `'cold_chain'`… */
  readonly capabilities: readonly string[];
  /** Its rank (a safe integer, lower first) where no zone says otherwise. */
  readonly priority: number;
  /** The cost of one parcel from it; every warehouse of a call uses the same currency. */
  readonly costPerParcel: MoneyJson;
}

/**
 * Read access to stock: the units of a SKU a warehouse can still promise. Any ledger fits;
 * a value that is not a whole number ≥ 0 counts as its floor, or 0.
 */
export interface StockView {
  /** The units of `sku` available in `warehouseId`. */
  readonly available: (warehouseId: string, sku: string) => number;
}

/** When an order may ship from several warehouses. */
export type SplitPolicy = 'never' | 'allowed' | { readonly minOrderValue: MoneyJson };

/**
 * What to do with units no chosen warehouse can ship: hold only those units and ship the
 * rest (`hold_missing_lines`), or allocate nothing until the whole order can ship
 * (`hold_order`).
 */
export type BackorderPolicy = 'hold_missing_lines' | 'hold_order';

/** How orders are routed. */
export interface RoutingPolicy {
  /** `'never'`, `'allowed'`, or allowed when the order's grand total reaches a value. */
  readonly split: SplitPolicy;
  /** At most this many warehouses (parcels) per order when splitting; a safe integer ≥ 1. */
  readonly maxParcels: number;
  /** What happens to units that cannot ship. */
  readonly backorder: BackorderPolicy;
  /** The capabilities a SKU needs (`{ 'ACID-1L': ['hazmat'] }`); unlisted SKUs need none. */
  readonly skuCapabilities?: Readonly<Record<string, readonly string[]>>;
}

/** The part of an order line routing reads; an `OrderLine` fits. */
export interface RoutingLine {
  readonly lineId: string;
  readonly sku: string;
  readonly quantities: Pick<LineQuantities, 'ordered' | 'cancelled' | 'allocated'>;
  /** For a bundle: the components of one unit, all picked in the same warehouse. */
  readonly components?: readonly { readonly sku: string; readonly quantity: number }[];
}

/** The part of an order routing reads; an `Order` fits. */
export interface RoutingOrder {
  readonly shippingAddress: { readonly country: string };
  readonly totals: { readonly grandTotal: MoneyJson };
  readonly lines: readonly RoutingLine[];
}

/** Units of one line sent to one warehouse. */
export interface RouteLine {
  readonly lineId: string;
  readonly sku: string;
  readonly quantity: number;
}

/** What one warehouse ships: one parcel (preparation order) per allocation. */
export interface RouteAllocation {
  readonly warehouseId: string;
  readonly lines: readonly RouteLine[];
}

/**
 * Why units are back-ordered:
 * - `no_eligible_warehouse`: no enabled warehouse serving the country has the capabilities
 * - `insufficient_stock`: the eligible warehouses not chosen lack the stock too
 * - `split_not_allowed`: another warehouse has stock, but the policy forbids a split
 * - `parcel_limit`: another warehouse has stock, but `maxParcels` is reached
 * - `order_held`: the backorder policy `hold_order` holds every unit
 */
export type BackorderReason =
  | 'no_eligible_warehouse'
  | 'insufficient_stock'
  | 'split_not_allowed'
  | 'parcel_limit'
  | 'order_held';

/** Units of one line that no warehouse ships now. */
export interface RouteBackorder {
  readonly lineId: string;
  readonly quantity: number;
  readonly reason: BackorderReason;
}

/** One reason in a warehouse's explanation: a filter that failed, or a part of its score. */
export type RouteReason =
  | { readonly code: 'disabled' }
  | { readonly code: 'country_not_served'; readonly country: string }
  | { readonly code: 'capability_missing'; readonly capability: string }
  | { readonly code: 'out_of_stock' }
  | { readonly code: 'complete' }
  | { readonly code: 'partial'; readonly units: number; readonly of: number }
  | { readonly code: 'priority'; readonly priority: number }
  | { readonly code: 'cost'; readonly cost: MoneyJson }
  | { readonly code: 'stock_balance'; readonly units: number }
  | { readonly code: 'allocated'; readonly units: number }
  | { readonly code: 'order_covered' }
  | { readonly code: 'split_not_allowed' }
  | { readonly code: 'parcel_limit'; readonly maxParcels: number }
  | { readonly code: 'order_held' };

/** The code of a {@link RouteReason}. */
export type RouteReasonCode = RouteReason['code'];

/** Whether a warehouse ships part of the order, failed a filter, or was not needed. */
export type RouteVerdict = 'chosen' | 'rejected' | 'not_needed';

/** Why one warehouse was chosen, rejected or not needed. */
export interface WarehouseExplanation {
  readonly warehouseId: string;
  readonly verdict: RouteVerdict;
  readonly reasons: readonly RouteReason[];
}

/**
 * An order's route: what each chosen warehouse ships, what waits, and why. Explanations list
 * the candidates in ranking order, then the rejected warehouses by id.
 */
export interface RoutePlan {
  readonly allocations: readonly RouteAllocation[];
  readonly backorders: readonly RouteBackorder[];
  readonly explanation: readonly WarehouseExplanation[];
}
