// What every channel encoder shares: the state of an order on its channel, which the demo's
// channel side moves when the channel acts (accept, ship, cancel…), and the encoder's contract.
import type { ChannelActionKind } from 'ordokit';
import type { DemoOrder } from './orders.js';

/** An order as its channel holds it: the content, its status, the lines cancelled there. */
export interface ChannelOrder {
  readonly order: DemoOrder;
  /** The order's status in the channel's vocabulary (the profile's statuses). */
  readonly status: string;
  /** Lines the channel cancelled (by the buyer's request, or by the seller's action). */
  readonly cancelledLines: readonly string[];
}

/** Writes orders in one channel's documented payload shape, and knows its statuses. */
export interface ChannelEncoder {
  /** The status a new order has on the channel. */
  readonly initialStatus: string;
  /** The status after the channel carried out an action on the whole order. */
  readonly statusAfter: Partial<Record<ChannelActionKind, string>>;
  /** The payload the channel's order API returns for the order. */
  encode(order: ChannelOrder): unknown;
}
