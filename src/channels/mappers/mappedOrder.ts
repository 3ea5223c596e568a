import type { Order } from '../../order/index.js';

/**
 * What a payload mapper (`fromLengowOrder`…) makes of a channel's order: the order in the
 * canonical shape, ready for `oms.ingest`, and the channel's statuses, to feed
 * `oms.syncChannelStatus` and to read partial states line by line.
 */
export interface MappedOrder {
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
}
