/** The policy field that is wrong. */
export type RoutingPolicyField = 'split' | 'maxParcels' | 'backorder' | 'skuCapabilities';

/** The routing policy has a field with a value routing cannot use. */
export interface RoutingPolicyInvalid {
  readonly code: 'routing/policy_invalid';
  readonly field: RoutingPolicyField;
  /** A short description of what was received: `-1`, `string "x"`, `missing`. */
  readonly received: string;
}

/** The warehouse field that is wrong. */
export type WarehouseField =
  'warehouseId' | 'enabled' | 'countries' | 'zones' | 'capabilities' | 'priority' | 'costPerParcel';

/**
 * A warehouse cannot be used for routing: a field is missing or malformed, its id repeats
 * another's (`duplicate`), or its cost is in another currency than the first warehouse's
 * (`currency_mismatch`).
 */
export interface RoutingWarehouseInvalid {
  readonly code: 'routing/warehouse_invalid';
  /** The warehouse's position in the list given. */
  readonly index: number;
  /** Its id, or `''` when the id itself is the problem. */
  readonly warehouseId: string;
  readonly field: WarehouseField;
  readonly reason: 'invalid' | 'duplicate' | 'currency_mismatch';
}

/** Every error the routing module returns. */
export type RoutingError = RoutingPolicyInvalid | RoutingWarehouseInvalid;
