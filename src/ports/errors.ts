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

/** Every error value of the ports: store, outbox and connector failures. */
export type PortError = StoreAppendError | OutboxLeaseLost | ConnectorFailure;
