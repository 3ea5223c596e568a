import type { Locale, Result } from '../result/index.js';
import type { ChannelSyncOutcome } from '../channels/index.js';
import type {
  Actor,
  CancelReason,
  CancelRequester,
  ErpDocumentKind,
  Hold,
  HoldReason,
  HoldScope,
  LineQuantity,
  OrderCommand,
  OrderEvent,
  OrderState,
  ParcelCarrier,
  ParcelTracking,
  RefusalReason,
  RenderTimelineOptions,
  TimelineEntry,
} from '../order/index.js';
import type { StockAdjustmentReason, StockEvent } from '../inventory/index.js';
import type { ParcelStatus } from '../parcel/index.js';
import type { EffectKind, OrderPage, OrderQuery } from '../ports/index.js';
import type { RoutePlan } from '../routing/index.js';
import type { AvailabilityPublishReport } from './publishAvailability.js';
import type { EngineError } from './errors.js';

/** Which order: its tenant and its id. */
export interface OrderRef {
  readonly tenantId: string;
  readonly orderId: string;
}

/** Who gives a command and why; the actor defaults to the engine's system actor. */
export interface CommandOptions {
  readonly actor?: Actor;
  /** A short free-text note, copied to the events. */
  readonly reason?: string;
}

/** What an engine call returns: the value, or a typed error (never a throw for bad input). */
export type OmsResult<T> = Promise<Result<T, EngineError>>;

/** Options of `ingest`. */
export interface IngestOptions extends CommandOptions {
  /**
   * Whether the seller must accept the order explicitly; default: the channel is in
   * `policy.channelsNeedingAcceptance`.
   */
  readonly needsAcceptance?: boolean;
}

/**
 * What `ingest` did:
 * - `created`: a new order was captured (maybe on hold when validation failed);
 * - `updated`: a known order changed: `changes` lists what was applied or held;
 * - `unchanged`: the same payload again: nothing was written.
 */
export interface IngestOutcome {
  readonly outcome: 'created' | 'updated' | 'unchanged';
  readonly state: OrderState;
  /** The holds this call placed (validation failures, conflicts with the channel). */
  readonly holdsPlaced: readonly Hold[];
  /** What changed, in words for logs: `'cancelled L2 ×1'`, `'shippingAddress differs'`. */
  readonly changes: readonly string[];
}

/** What `syncChannelStatus` did, and the order after it. */
export interface SyncChannelStatusOutcome {
  /**
   * `unchanged` (the same status again: nothing written), `observed` (recorded only),
   * `followed` (the order followed the channel: accepted, refused, cancelled or closed) or
   * `conflict` (on hold `channel_conflict`, or already on hold for the same reason).
   */
  readonly outcome: ChannelSyncOutcome;
  readonly state: OrderState;
  /** The holds this call placed. */
  readonly holdsPlaced: readonly Hold[];
}

/** A parcel the warehouse packed. */
export interface RecordParcelInput {
  /** Its id; a fresh one (IdGenerator, kind `parcel`) when absent. */
  readonly parcelId?: string;
  readonly lines: readonly LineQuantity[];
  /** The warehouse it leaves from; units not yet allocated are allocated there first. */
  readonly warehouseId?: string;
  readonly carrier?: ParcelCarrier;
}

/** A parcel handed to its carrier, with its tracking. */
export interface RecordTrackingInput {
  readonly parcelId: string;
  readonly tracking: ParcelTracking;
  readonly carrier?: ParcelCarrier;
}

/** A tracking status reported by the carrier. */
export interface UpdateTrackingInput {
  readonly parcelId: string;
  readonly status: ParcelStatus;
  /** The carrier's own status, verbatim. */
  readonly carrierStatus?: string;
  readonly incident?: string;
}

/** Units to cancel, who asked and why. */
export interface CancelLinesInput {
  readonly lines: readonly LineQuantity[];
  readonly requestedBy: CancelRequester;
  readonly reasonCode: CancelReason;
}

/** A hold to place. */
export interface PlaceHoldInput {
  readonly reasonCode: HoldReason;
  /** Default: the whole order. */
  readonly scope?: HoldScope;
  readonly note?: string;
  readonly nextAction?: string;
}

/** A command for `execute`: any order command, without the envelope the engine fills in. */
export type OrderCommandInput = OrderCommand extends infer C
  ? C extends OrderCommand
    ? Omit<C, 'at' | 'actor' | 'reason'>
    : never
  : never;

/** What one `dispatch` call did. */
export interface DispatchReport {
  /** Messages claimed. */
  readonly claimed: number;
  /** Delivered to their connector (now done). */
  readonly delivered: number;
  /** Failed and scheduled for another attempt. */
  readonly retried: number;
  /** Given up: parked, with the order on hold `effect_failed`. */
  readonly parked: number;
  /**
   * Parked because a hold stops the effect or its follow-up (a preparation order while the
   * address is on hold…): sent again when the hold is released.
   */
  readonly held: number;
  /** Results dropped because the lease was lost meanwhile (another worker decides). */
  readonly leaseLost: number;
  /** Delivered effects by kind. */
  readonly byKind: Readonly<Partial<Record<EffectKind, number>>>;
}

/** What `allocate` (and `accept`, with inventory) did: the order after it and its route. */
export interface AllocationOutcome {
  readonly state: OrderState;
  /**
   * The route of the units that were still to allocate, with the explanation of every
   * warehouse (`formatRouteExplanation`); empty when there were none.
   */
  readonly plan: RoutePlan;
}

/**
 * A stock update for `updateStock`: an adjustment of on-hand stock for a reason, a count
 * (the WMS's physical figure), or a safety stock.
 */
export type StockUpdate =
  | {
      readonly type: 'adjust';
      readonly warehouseId: string;
      readonly sku: string;
      /** Units added (> 0) or removed (< 0), never 0. */
      readonly delta: number;
      readonly reasonCode: StockAdjustmentReason;
    }
  | {
      readonly type: 'count';
      readonly warehouseId: string;
      readonly sku: string;
      /** Units the warehouse counted. */
      readonly counted: number;
    }
  | {
      readonly type: 'setSafety';
      readonly warehouseId: string;
      readonly sku: string;
      /** Units never promised. */
      readonly safety: number;
    };

/**
 * What became of one reservation a count left without units:
 * - `held`: the line is on hold `stock_discrepancy` (policy `hold`, or nothing could move);
 * - `rerouted`: every uncovered unit moved to other warehouses (`movedTo`);
 * - `partly_rerouted`: some moved, the line is on hold for the rest;
 * - `failed`: nothing could be recorded on the order (`error` says why).
 */
export interface StockDiscrepancyOutcome {
  readonly orderId: string;
  readonly lineId: string;
  /** Units of the counted SKU the count left uncovered. */
  readonly quantity: number;
  readonly outcome: 'held' | 'rerouted' | 'partly_rerouted' | 'failed';
  /** Line units moved, per warehouse. */
  readonly movedTo: readonly { readonly warehouseId: string; readonly quantity: number }[];
  readonly error?: EngineError;
}

/** Options of `updateStock`: who and why, and an idempotency key. */
export interface UpdateStockOptions extends CommandOptions {
  /**
   * The update's idempotency key (the WMS message id…): an update whose key the stock store
   * already holds writes nothing and answers no events. Without it, every call applies.
   */
  readonly key?: string;
}

/** What `updateStock` did: the stock events appended and the discrepancies handled. */
export interface StockUpdateOutcome {
  readonly events: readonly StockEvent[];
  readonly discrepancies: readonly StockDiscrepancyOutcome[];
}

/** What one `tick` call did. */
export interface TickReport {
  /** Orders closed automatically after delivery. */
  readonly closed: number;
}

/**
 * The OMS: commands, queries, outbox dispatch and timers over the ports given to `createOms`.
 * Every command loads the order, decides on its current state, appends the events with the
 * outbox messages they cause in one write, and retries on a version conflict.
 */
export interface Oms {
  /** Captures a channel order, or applies what changed since its last ingest (deduplicated). */
  ingest(channel: string, payload: unknown, options?: IngestOptions): OmsResult<IngestOutcome>;
  /**
   * Ingests many payloads of one channel (a page of a feed manager's export): one result per
   * payload, in order, as `ingest` one after the other would give; new orders are captured in
   * one write when the store implements `appendMany`.
   */
  ingestMany(
    channel: string,
    payloads: readonly unknown[],
    options?: IngestOptions,
  ): Promise<readonly Result<IngestOutcome, EngineError>[]>;
  /**
   * Applies a status a channel reports: records it, follows the channel where ordokit can
   * without inventing data (accept, refuse, cancel, close), never regresses the host's
   * progress, and holds the order `channel_conflict` with a note otherwise (a cancellation
   * after shipment, an unknown status or channel…). `channel` picks the profile in
   * `policy.channelProfiles`; undefined: the order's `channelRef.via`, else its channel.
   */
  syncChannelStatus(
    ref: OrderRef,
    channel: string | undefined,
    status: unknown,
    options?: CommandOptions,
  ): OmsResult<SyncChannelStatusOutcome>;
  /**
   * Accepts the order. With `inventory`, it also routes the order and reserves its units
   * (see `allocate`), in the same call.
   */
  accept(ref: OrderRef, options?: CommandOptions): OmsResult<OrderState>;
  /**
   * Routes the units of an accepted order not yet allocated (ordered − cancelled − allocated),
   * reserves them, and records the route: one preparation order per warehouse goes to the WMS;
   * lines that wait go on hold `backorder`, released when a later call allocates them. Call it
   * again when stock arrives. `engine/inventory_missing` without `inventory`.
   */
  allocate(ref: OrderRef, options?: CommandOptions): OmsResult<AllocationOutcome>;
  /**
   * Records a stock adjustment, count or safety stock (see {@link StockUpdate}); a count that
   * leaves reservations without units holds or reroutes their lines per
   * `inventory.onDiscrepancy`. `engine/inventory_missing` without `inventory`.
   */
  updateStock(
    tenantId: string,
    update: StockUpdate,
    options?: UpdateStockOptions,
  ): OmsResult<StockUpdateOutcome>;
  /**
   * Publishes to each channel of `inventory.availability` what it may sell, for the SKUs the
   * stock events since the last call touched (and the bundles containing them), only where the
   * figure changed. Call it after stock moves (a loop, a cron); `skus` adds SKUs to recompute
   * (after a change of mode or policy, give them all). `engine/inventory_missing` without
   * `inventory.availability`.
   */
  publishAvailability(
    tenantId: string,
    options?: { readonly skus?: readonly string[] },
  ): OmsResult<AvailabilityPublishReport>;
  refuse(ref: OrderRef, reasonCode: RefusalReason, options?: CommandOptions): OmsResult<OrderState>;
  startPreparation(
    ref: OrderRef,
    input?: { readonly warehouseId?: string },
    options?: CommandOptions,
  ): OmsResult<OrderState>;
  recordParcel(
    ref: OrderRef,
    input: RecordParcelInput,
    options?: CommandOptions,
  ): OmsResult<OrderState>;
  recordTracking(
    ref: OrderRef,
    input: RecordTrackingInput,
    options?: CommandOptions,
  ): OmsResult<OrderState>;
  updateTracking(
    ref: OrderRef,
    input: UpdateTrackingInput,
    options?: CommandOptions,
  ): OmsResult<OrderState>;
  markDelivered(
    ref: OrderRef,
    input: { readonly parcelId: string },
    options?: CommandOptions,
  ): OmsResult<OrderState>;
  cancelLines(
    ref: OrderRef,
    input: CancelLinesInput,
    options?: CommandOptions,
  ): OmsResult<OrderState>;
  placeHold(ref: OrderRef, input: PlaceHoldInput, options?: CommandOptions): OmsResult<OrderState>;
  /** Releases a hold; the order's parked effects are re-armed and retried. */
  releaseHold(ref: OrderRef, holdId: string, options?: CommandOptions): OmsResult<OrderState>;
  addNote(ref: OrderRef, text: string, options?: CommandOptions): OmsResult<OrderState>;
  linkErpDocument(
    ref: OrderRef,
    input: { readonly kind: ErpDocumentKind; readonly number: string },
    options?: CommandOptions,
  ): OmsResult<OrderState>;
  close(ref: OrderRef, options?: CommandOptions): OmsResult<OrderState>;
  /** Runs any order command (returns, refunds…) through the same load–decide–append cycle. */
  execute(
    ref: OrderRef,
    command: OrderCommandInput,
    options?: CommandOptions,
  ): OmsResult<OrderState>;
  /** The order's current state. */
  get(ref: OrderRef): OmsResult<OrderState>;
  /** The tenant's orders matching the query, one page at a time. */
  list(tenantId: string, query?: OrderQuery): Promise<OrderPage>;
  /** The order's events, oldest first. */
  history(ref: OrderRef): OmsResult<readonly OrderEvent[]>;
  /** The order's timeline for a support agent, in English or French. */
  timeline(
    ref: OrderRef,
    locale: Locale,
    options?: RenderTimelineOptions,
  ): OmsResult<readonly TimelineEntry[]>;
  /** Delivers the outbox messages due at `now` (default: the clock's now). */
  dispatch(now?: string): Promise<DispatchReport>;
  /** Runs the timers due at `now` (default: the clock's now): auto-close after delivery. */
  tick(now?: string): Promise<TickReport>;
}
