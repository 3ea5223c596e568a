import type { ChannelCallContext, ConnectorContext, ConnectorResult } from './connector.js';
import type { StatusPush, TrackingPush } from './effects.js';
import type { StockLevel } from './marketplaceApi.js';

/**
 * A marketplace or feed manager, as the engine sees it: it is told the order's status and
 * its parcels' tracking. Orders come in through `oms.ingest`.
 *
 * @example
 * ```ts
 * const amazon: MarketplaceConnector = {
 *   channel: 'amazon',
 *   async pushStatus(push, context) { … return ok(undefined); },
 *   async pushTracking(push, context) { … return ok(undefined); },
 * };
 * ```
 */
export interface MarketplaceConnector {
  /** The channel code it serves (`ChannelRef.channel`), the `target` of its effects. */
  readonly channel: string;
  /** Tells the channel the order's status (accepted, refused, cancelled, shipped…). */
  pushStatus(push: StatusPush, context: ConnectorContext): ConnectorResult<void>;
  /** Tells the channel that a parcel shipped, with its tracking and the units it carries. */
  pushTracking(push: TrackingPush, context: ConnectorContext): ConnectorResult<void>;
  /**
   * Publishes the quantities available to sell, one entry per SKU (absolute figures:
   * publishing the same figures twice is harmless). Optional: `publishAvailability` skips
   * a channel whose connector lacks it.
   */
  publishStock?(levels: readonly StockLevel[], context: ChannelCallContext): ConnectorResult<void>;
}
