import type { ConnectorFailure } from './connector.js';

/**
 * An append was refused because the order changed since it was loaded: someone else appended
 * first. Load the order again and decide the command on the fresh state (the engine does).
 */
export interface StoreVersionConflict {
  readonly code: 'store/version_conflict';
  readonly tenantId: string;
  readonly orderId: string;
  /** The version the append expected. */
  readonly expectedVersion: number;
  /** The version the store holds (0 when the order does not exist). */
  readonly actualVersion: number;
}

/**
 * A new order was appended with a `(tenant, channel, channelOrderRef)` that another order of
 * the tenant already has: the same channel order twice. Ingest it as an update of that order.
 */
export interface StoreChannelRefTaken {
  readonly code: 'store/channel_ref_taken';
  readonly tenantId: string;
  readonly channel: string;
  readonly channelOrderRef: string;
  /** The order that already has this reference. */
  readonly existingOrderId: string;
}

/** Why `OrderStore.append` refused a batch. */
export type StoreAppendError = StoreVersionConflict | StoreChannelRefTaken;

/**
 * A worker tried to complete or fail an outbox message whose lease it no longer holds: the
 * lease expired and another worker claimed it, or it was completed already. Drop the result;
 * the holder of the current lease decides.
 */
export interface OutboxLeaseLost {
  readonly code: 'outbox/lease_lost';
  readonly messageId: string;
}

/** Which stored record failed its check on read. */
export type StoredRecordKind =
  | 'order_state'
  | 'order_event'
  | 'outbox_effect'
  | 'action_request'
  | 'stock_event'
  | 'stock_level';

/**
 * A record read back from storage does not match its schema (an order's state, one of its
 * events, an outbox message's effect, a journaled action's request, a stock event or level):
 * the data was changed outside ordokit or written by an incompatible version. Thrown (in
 * `OrdokitError.detail`) by the stores that check what they read, such as `ordokit/postgres`:
 * corrupt data is not an outcome a caller can handle.
 */
export interface StoreRecordInvalid {
  readonly code: 'store/record_invalid';
  readonly record: StoredRecordKind;
  readonly tenantId: string;
  /** The order (every record but the stock ones). */
  readonly orderId?: string;
  /** The event's `seq` (`order_event` and `stock_event` records). */
  readonly seq?: number;
  /** The level's warehouse and SKU (`stock_level` records). */
  readonly warehouseId?: string;
  readonly sku?: string;
  /** The message's id (`outbox_effect` records). */
  readonly messageId?: string;
  /** The action's payload hash (`action_request` records of the action journal). */
  readonly payloadHash?: string;
  /** Where in the record the first problem is (object keys and array indexes). */
  readonly path: readonly (string | number)[];
}

/**
 * A storage adapter was given a database schema name it does not accept: lower-case letters,
 * digits and `_`, starting with a letter or `_`, at most 63 characters.
 */
export interface StoreSchemaNameInvalid {
  readonly code: 'store/schema_name_invalid';
  /** The name given. */
  readonly schema: string;
}

/**
 * A stock append was refused because a level changed since it was read: someone else
 * appended first. Read the levels again and decide on the fresh figures (the engine does).
 */
export interface StockVersionConflict {
  readonly code: 'stock/version_conflict';
  readonly tenantId: string;
  /** The first level whose version differed. */
  readonly warehouseId: string;
  readonly sku: string;
  /** The version the append expected. */
  readonly expectedVersion: number;
  /** The version the store holds (0 when the level was never stored). */
  readonly actualVersion: number;
}

/**
 * Availability publishing tried to move its checkpoint from a seq the store no longer holds:
 * another publisher of the same tenant moved it first. Start again from the stored checkpoint.
 */
export interface StockCheckpointConflict {
  readonly code: 'stock/checkpoint_conflict';
  readonly tenantId: string;
  /** The checkpoint the save expected. */
  readonly expectedSeq: number;
  /** The checkpoint the store holds. */
  readonly actualSeq: number;
}

/** Every error value of the ports: store, outbox and connector failures. */
export type PortError =
  | StoreAppendError
  | StockVersionConflict
  | StockCheckpointConflict
  | StoreRecordInvalid
  | StoreSchemaNameInvalid
  | OutboxLeaseLost
  | ConnectorFailure;
