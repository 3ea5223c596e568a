import type { Result } from '../result/index.js';
import type { HoldReason, OrderEvent, OrderState, OrderStatus } from '../order/index.js';
import type { StoreAppendError } from './errors.js';
import type { OutboxMessageDraft } from './outbox.js';

/** An order as stored: its current state (the fold of its events) and when it changed. */
export interface OrderRecord {
  /** The state after the last event; `state.version` is the order's version. */
  readonly state: OrderState;
  /** The `at` of its first event. */
  readonly capturedAt: string;
  /** The `at` of its last event. */
  readonly updatedAt: string;
}

/**
 * Events to append to one order, with the state they lead to and the outbox messages they
 * cause, written together or not at all.
 */
export interface AppendBatch {
  readonly tenantId: string;
  readonly orderId: string;
  /** The version the events were decided on: 0 for a new order (first event `order.captured`). */
  readonly expectedVersion: number;
  /** At least one event, `seq` = `expectedVersion + 1`, `+ 2`… */
  readonly events: readonly OrderEvent[];
  /** The state after the events (the store keeps it as the order's projection). */
  readonly state: OrderState;
  /**
   * The outbox messages the events cause. A message whose `key` the tenant's outbox already
   * holds is skipped (same effect, same cause: already planned).
   */
  readonly messages: readonly OutboxMessageDraft[];
}

/** What a successful append wrote. */
export interface AppendReceipt {
  /** The order's version after the append. */
  readonly version: number;
  /** The ids of the outbox messages written (skipped duplicates excluded). */
  readonly messageIds: readonly string[];
}

/** Which orders to list: every filter given must match (AND); lists are ORs within a filter. */
export interface OrderQuery {
  /** Orders in one of these statuses. */
  readonly status?: readonly OrderStatus[];
  /** Orders with an active hold of this reason. */
  readonly holdReason?: HoldReason;
  /** Orders from this channel (`ChannelRef.channel`). */
  readonly channel?: string;
  /** Orders captured strictly before this instant (their age), ISO 8601. */
  readonly capturedBefore?: string;
  /** Orders whose last event is strictly before this instant (untouched since), ISO 8601. */
  readonly updatedBefore?: string;
  /** Page size, 1 to 1000 (default 100). */
  readonly limit?: number;
  /** The `nextCursor` of the previous page. */
  readonly cursor?: string;
}

/**
 * One page of orders, ordered by `orderId` (byte order). Pagination is stable: an order
 * created or changed while paging never shows up twice, and every order that matched for the
 * whole walk shows up once.
 */
export interface OrderPage {
  readonly items: readonly OrderRecord[];
  /** Pass it as `cursor` to get the next page; absent on the last page. */
  readonly nextCursor?: string;
}

/**
 * Where orders live: their events (append-only, optimistic concurrency), their current state
 * and, in the same transaction, the outbox messages the events cause. Every call is scoped by
 * tenant: a tenant never sees another tenant's orders.
 *
 * Implemented by `ordokit/memory`; run `runOrderStoreContract` from
 * `ordokit/testing` against your own implementation.
 */
export interface OrderStore {
  /** The order with this id, or undefined. */
  load(tenantId: string, orderId: string): Promise<OrderRecord | undefined>;
  /** The order with this channel reference, or undefined (dedupe at capture). */
  findByChannelRef(
    tenantId: string,
    channel: string,
    channelOrderRef: string,
  ): Promise<OrderRecord | undefined>;
  /**
   * The ids of the tenant's orders with these references on the channel: reference → order
   * id, only for the references taken (dedupe of a whole page at `ingestMany`).
   *
   * Optional: stores that can look many references up in one query implement it; without it,
   * `oms.ingestMany` calls `findByChannelRef` for each.
   */
  findOrderIds?(
    tenantId: string,
    channel: string,
    channelOrderRefs: readonly string[],
  ): Promise<ReadonlyMap<string, string>>;
  /** The order's events, oldest first, from `fromSeq` (default 1); empty when unknown. */
  loadEvents(tenantId: string, orderId: string, fromSeq?: number): Promise<readonly OrderEvent[]>;
  /**
   * Appends events, stores the state and writes the outbox messages, atomically. Fails with
   * `store/version_conflict` when the order's version is not `expectedVersion`, and with
   * `store/channel_ref_taken` when a new order reuses a channel reference of the tenant.
   */
  append(batch: AppendBatch): Promise<Result<AppendReceipt, StoreAppendError>>;
  /**
   * Appends the batches of several orders in one write: all of them, or none when one would
   * fail as `append` fails (the error of the first such batch, in the order given). The
   * batches are for distinct orders; message keys repeated across them are written once, as
   * within one batch. Receipts come in the order of the batches.
   *
   * Optional: stores that can write many orders in one transaction implement it, and
   * `oms.ingestMany` uses it to capture new orders together; without it, it appends them one
   * by one.
   */
  appendMany?(
    batches: readonly AppendBatch[],
  ): Promise<Result<readonly AppendReceipt[], StoreAppendError>>;
  /** The orders of a tenant that match the query, one page at a time. */
  list(tenantId: string, query?: OrderQuery): Promise<OrderPage>;
}
