import type { ChannelCallContext, ConnectorContext, ConnectorResult } from './connector.js';
import type { ActionReceipt, ActionResult, ChannelActionRequest } from './channelActions.js';

/** Where to resume reading a channel's orders. */
export interface OrderFeedRequest {
  /**
   * The `nextCursor` of the previous page, verbatim; absent on the very first read. What it
   * holds is the connector's business (a page number, a date, an opaque token).
   */
  readonly cursor?: string;
  /** The most orders the page may hold; the connector may return fewer. */
  readonly limit?: number;
}

/** One page of a channel's orders, in the channel's own JSON (to map with `fromLengowOrder`…). */
export interface OrderFeedPage {
  /** The orders as the channel sent them, untrusted. */
  readonly payloads: readonly unknown[];
  /** Where the next read resumes: store it once the page is ingested, pass it back next time. */
  readonly nextCursor: string;
  /** Whether more orders are waiting now (read again at once) or the feed is caught up. */
  readonly more: boolean;
}

/** Tells a channel that an order was imported, under the id ordokit gave it. */
export interface ImportAck {
  readonly channelOrderRef: string;
  /** The marketplace behind a feed manager (Lengow's `amazon_fr`), when the channel needs it. */
  readonly marketplace?: string;
  /** ordokit's id for the order: the channel shows it as the merchant's reference. */
  readonly orderId: string;
}

/** The quantity a channel may sell of one SKU. */
export interface StockLevel {
  readonly sku: string;
  /** Units available to sell on this channel, an integer ≥ 0. */
  readonly available: number;
}

/**
 * A channel's API as ordokit uses it, in the unified vocabulary: read orders since a cursor,
 * acknowledge their import, send actions (accept, refuse, ship with tracking, cancel, refund,
 * partially by line and quantity where the channel allows), poll the result of queued actions,
 * publish stock. A connector author implements it once per channel (see `ordokit/lengow` for a
 * reference over HTTP); `connectMarketplace` turns it into the engine's `MarketplaceConnector`
 * with the channel's profile and an action journal.
 *
 * Every method returns a `ConnectorResult`: `connector/unavailable` (with `retryAfter` when the
 * channel said when to come back) and `connector/timeout` are retried, `connector/rejected` is
 * not. Methods never throw for a remote failure.
 *
 * @example
 * ```ts
 * const page = await api.fetchOrders({ cursor: saved }, { tenantId: 'shop-1', now });
 * if (page.ok) {
 *   for (const payload of page.value.payloads) { … fromLengowOrder(payload, …) … }
 *   saved = page.value.nextCursor;
 * }
 * ```
 */
export interface MarketplaceApi {
  /** The channel code it serves (`ChannelRef.channel`, the profile's `code`). */
  readonly channel: string;
  /** Reads the orders created or changed since the cursor, one page. */
  fetchOrders(
    request: OrderFeedRequest,
    context: ChannelCallContext,
  ): ConnectorResult<OrderFeedPage>;
  /** Tells the channel these orders are imported, so they leave its "to import" list. */
  acknowledgeImport(acks: readonly ImportAck[], context: ChannelCallContext): ConnectorResult<void>;
  /**
   * Sends one action. `context.idempotencyKey` is the same on every attempt of the same action:
   * pass it on where the channel accepts one.
   */
  sendAction(
    request: ChannelActionRequest,
    context: ConnectorContext,
  ): ConnectorResult<ActionReceipt>;
  /** Where a queued action (the `handle` of a `pending` receipt) stands. */
  getActionResult(handle: string, context: ChannelCallContext): ConnectorResult<ActionResult>;
  /** Publishes the quantities available to sell, one entry per SKU. */
  publishStock(levels: readonly StockLevel[], context: ChannelCallContext): ConnectorResult<void>;
}
