import type { InventoryError } from '../inventory/index.js';
import type { OrderIssue, OrderLifecycleError } from '../order/index.js';
import type { StockVersionConflict, StoreAppendError } from '../ports/index.js';

/** No order with this id in this tenant. */
export interface EngineOrderNotFound {
  readonly code: 'engine/order_not_found';
  readonly tenantId: string;
  readonly orderId: string;
}

/**
 * The ingested payload is not an order at all (wrong shape, missing fields): nothing can be
 * captured. Its issues say what to fix in the mapping or the feed. Orders that are orders but
 * fail validation (address, totals) are captured and put on hold instead.
 */
export interface EnginePayloadInvalid {
  readonly code: 'engine/payload_invalid';
  readonly channel: string;
  readonly issues: readonly OrderIssue[];
}

/** The payload's `channelRef.channel` is not the channel it was ingested from. */
export interface EngineChannelMismatch {
  readonly code: 'engine/channel_mismatch';
  readonly expected: string;
  readonly received: string;
}

/** The command kept meeting concurrent changes and gave up after this many attempts. */
export interface EngineConflictPersisting {
  readonly code: 'engine/conflict_persisting';
  readonly tenantId: string;
  readonly orderId: string;
  readonly attempts: number;
}

/** A stock call (`oms.allocate`, `oms.updateStock`) on an engine created without `inventory`. */
export interface EngineInventoryMissing {
  readonly code: 'engine/inventory_missing';
}

/** What an invalid part of an `OmsConfig` should have been. */
export type ConfigExpectation =
  | 'port'
  | 'positive_integer'
  | 'non_negative_integer'
  | 'at_least_backoff_base'
  | 'boolean'
  | 'locale'
  | 'actor'
  | 'carrier'
  | 'code'
  | 'code_list'
  | 'id_list'
  | 'matching_key'
  | 'channel_profiles'
  | 'inventory';

/**
 * `createOms` was given an invalid config (a missing port, a policy number that is not
 * positive, a connector code that is not a slug…): a programmer error, thrown as an
 * `OrdokitError` by `createOms`, never returned.
 */
export interface EngineConfigInvalid {
  readonly code: 'engine/config_invalid';
  /** Where in the config: `'store'`, `'policy.maxAttempts'`, `'connectors.carriers.dhl'`. */
  readonly field: string;
  readonly expected: ConfigExpectation;
}

/** Every error the engine returns: its own, the lifecycle's, the stock ledger's, and the stores'. */
export type EngineError =
  | EngineOrderNotFound
  | EnginePayloadInvalid
  | EngineChannelMismatch
  | EngineConflictPersisting
  | EngineInventoryMissing
  | OrderLifecycleError
  | InventoryError
  | StoreAppendError
  | StockVersionConflict;

/** The engine's own errors (those with an `engine/` code), returned or thrown. */
export type EngineOwnError =
  Extract<EngineError, { readonly code: `engine/${string}` }> | EngineConfigInvalid;
