import type { OrderStatus } from '../order/index.js';

/**
 * Where an order stands, as a channel can say it: a status of the unified lifecycle, or one of
 * the partial stages ordokit derives from line quantities (`partially_shipped`, `refunded`,
 * `partially_refunded`). A channel status that only raises flags has no stage.
 */
export type ChannelStage = OrderStatus | 'partially_shipped' | 'refunded' | 'partially_refunded';

/** The flags a channel status may carry beside (or instead of) a stage. */
export const channelFlags = [
  /** The seller must accept or refuse the order. */
  'needs_acceptance',
  /** A refund is requested and waits for the marketplace's validation. */
  'refund_pending',
  /** The seller has to refund. */
  'refund_requested',
  /** The buyer asked to cancel. */
  'cancellation_requested',
  /** An incident (dispute, claim) is open on the order. */
  'incident_open',
  /** The marketplace fulfils the order itself (FBA, AFN, delivered by the marketplace). */
  'fulfilled_by_marketplace',
  /** Click and collect, or delivery to a pickup point the buyer collects from. */
  'pickup',
  /** The channel put the order aside for a person to handle. */
  'manual_handling',
  /** The order was merged into another or split: another order carries it on. */
  'superseded',
  /** The payment is not confirmed yet. */
  'payment_pending',
] as const;

/** A flag beside a channel status. See {@link channelFlags}. */
export type ChannelFlag = (typeof channelFlags)[number];

/**
 * How sure a mapping is, after channels.md's legend: `confirmed` (read in the vendor's spec,
 * SDK or docs), `secondary` (from a secondary source: re-check), `inferred` (from naming or
 * common practice), `unknown` (looked for, not found: the profile says what it assumes).
 */
export type Confidence = 'confirmed' | 'secondary' | 'inferred' | 'unknown';

/** What one channel status means in ordokit's terms. */
export interface ChannelStatusMeaning {
  /** The stage it says the order is at; absent when the status only raises flags. */
  readonly stage?: ChannelStage;
  /** Flags the status carries (`[]` when none). */
  readonly flags: readonly ChannelFlag[];
  /** Whether the channel never moves the order out of this status. */
  readonly final: boolean;
  readonly confidence: Confidence;
  /** What is assumed or uncertain, in a sentence. */
  readonly note?: string;
}

/** The actions ordokit asks of channels, named in its own words. */
export const channelActions = [
  'accept',
  'refuse',
  'ship',
  'cancel',
  'refund',
  'acknowledge',
  'deliver',
] as const;

/** An action ordokit asks of a channel. See {@link channelActions}. */
export type ChannelAction = (typeof channelActions)[number];

/** How a channel realises one of ordokit's actions. */
export interface ChannelActionRule {
  readonly action: ChannelAction;
  /** The channel's own name for it (`action_type=ship`, `OR24`, `confirmShipment`…). */
  readonly apiName: string;
  /** The channel statuses at which the channel accepts it (each is in the profile's vocabulary). */
  readonly allowedAt: readonly string[];
  /** How much of an order it can cover: the whole order only, chosen lines, or quantities. */
  readonly partial: 'order' | 'lines' | 'quantities';
  /** Whether the channel answers later (queued action, ticket, 202) rather than at once. */
  readonly asynchronous: boolean;
  readonly confidence: Confidence;
  readonly note?: string;
}

/** How a channel's payload gives prices. */
export interface PriceSemantics {
  /** A line's price is its unit price, or the total of the line. */
  readonly linePrice: 'unit_price' | 'line_total';
  /** Whether prices include tax: always, never, or said by each order. */
  readonly taxIncluded: 'included' | 'excluded' | 'per_order';
  /** How amounts are written: decimal numbers, decimal strings, or integer minor units. */
  readonly format: 'decimal_number' | 'decimal_string' | 'integer_cents';
}

/**
 * A channel (marketplace, feed manager, OMS, ERP) described as plain data: its status
 * vocabulary mapped to the unified lifecycle, which of its actions realises each of ordokit's
 * actions and at which of its statuses, and how its payloads write prices and countries. The
 * facts and their sources are in the profile's `sources` and each mapping's `confidence`.
 */
export interface ChannelProfile {
  /** ordokit's code for it: `lengow`, `amazon_sp_api`. */
  readonly code: string;
  readonly name: string;
  readonly kind: 'feed_manager' | 'marketplace' | 'oms' | 'erp';
  /** What the statuses are (`lengow_status`, `OrderStatus`, `sale.order state`). */
  readonly statusField: string;
  /** Every documented status, mapped. */
  readonly statuses: Readonly<Record<string, ChannelStatusMeaning>>;
  readonly actions: readonly ChannelActionRule[];
  readonly prices: PriceSemantics;
  /** How addresses write countries. */
  readonly countryFormat: 'alpha2' | 'alpha3';
  /** Whether order lines carry statuses of their own (partial states come from the lines). */
  readonly lineStatuses: boolean;
  /** Whether some actions answer asynchronously (poll them with the action's handle). */
  readonly asynchronousActions: boolean;
  /** The profile's overall confidence. */
  readonly confidence: Confidence;
  /** The sources the facts come from (channels.md's abbreviations and what they are). */
  readonly sources: readonly string[];
  /** What a user of the profile should know: gaps, assumptions, per-marketplace variations. */
  readonly notes: readonly string[];
}
