import type { CurrencyCode } from '../../money/index.js';
import type { ChannelRef, Order, OrderLine } from '../../order/index.js';

/**
 * What a payload mapper (`fromLengowOrder`…) makes of a complete channel order: the order in
 * the canonical shape, ready for `oms.ingest`, and the channel's statuses, to feed
 * `oms.syncChannelStatus` and to read partial states line by line.
 */
export interface MappedOrder {
  readonly kind: 'order';
  /**
   * The canonical order. Its `orderId` is the channel's order reference: the engine ignores it
   * and assigns its own id at capture. Quantities are in the initial form (only `ordered`, and
   * `cancelled` for lines the channel already cancelled); there are no parcels.
   */
  readonly order: Order;
  /** The order's status on the channel, verbatim (Lengow's `lengow_status`). */
  readonly channelStatus: string;
  /** Each line's own status on the channel, verbatim, by `lineId` (lines without one are absent). */
  readonly lineStatuses: Readonly<Record<string, string>>;
  /**
   * Whether the marketplace ships the order itself (Amazon AFN): the host must not ship it.
   * Absent when the mapper's channel does not say.
   */
  readonly fulfilledByMarketplace?: boolean;
}

/** What a channel withholds from an order it has not released yet. */
export type WithheldOrderPart = 'shippingAddress' | 'buyer';

/**
 * A channel order that cannot become a canonical order yet, because the channel withholds
 * what ordokit will not invent: Mirakl and some marketplaces behind Lengow hide the buyer's
 * address until the seller accepts the order; Amazon gives none while payment is pending.
 * Its lines are read and checked, so the host can decide to accept (stock, price) through the
 * channel's API, then read the order again once the channel releases it.
 */
export interface PendingChannelOrder {
  readonly kind: 'pending';
  readonly channelRef: ChannelRef;
  /** The order's status on the channel, verbatim. */
  readonly channelStatus: string;
  readonly placedAt: string;
  readonly currency: CurrencyCode;
  /** The lines as the canonical order will carry them. */
  readonly lines: readonly OrderLine[];
  /** Each line's own status on the channel, verbatim, by `lineId`. */
  readonly lineStatuses: Readonly<Record<string, string>>;
  /** What the channel withholds for now. */
  readonly withheld: readonly WithheldOrderPart[];
  /** Whether the marketplace ships the order itself (Amazon AFN); absent when not said. */
  readonly fulfilledByMarketplace?: boolean;
}

/** What a payload mapper returns on success: a complete order, or one still withheld. */
export type ChannelOrderReading = MappedOrder | PendingChannelOrder;
