import type { MoneyJson } from '../money/index.js';
import type { ParcelStatus } from '../parcel/statuses.js';
import type { RmaStatus } from '../rma/statuses.js';
import type {
  Actor,
  ErpDocumentKind,
  HoldReason,
  HoldScope,
  InspectionOutcome,
  LineQuantity,
} from './eventFields.js';
import type { ParcelCarrier, ParcelTracking } from './parcelSchema.js';
import type { RmaLine, RmaResolution } from './rmaSchema.js';
import type { Order } from './schema.js';
import type { OrderStatus } from './statuses.js';

/**
 * An active hold: automation paused on the order or on one line, with why, what to do next and
 * who placed it when. Holds stack; each is released by its id.
 */
export interface Hold {
  readonly holdId: string;
  readonly reasonCode: HoldReason;
  readonly scope: HoldScope;
  /** What the operator should know (e.g. the missing field). */
  readonly note?: string;
  /** What has to happen before it can be released (e.g. "ask the buyer for a phone number"). */
  readonly nextAction?: string;
  readonly placedBy: Actor;
  /** When it was placed (ISO 8601 instant). */
  readonly placedAt: string;
}

/** A parcel of the order, as its events made it. */
export interface ParcelState {
  /** Its tracking status (a state of the parcel machine). */
  readonly status: ParcelStatus;
  /** The units it holds. */
  readonly lines: readonly LineQuantity[];
  readonly warehouseId?: string;
  readonly carrier?: ParcelCarrier;
  /** Set when the parcel is shipped: a shipped parcel always has its tracking. */
  readonly tracking?: ParcelTracking;
  /** When it was handed over to the carrier. */
  readonly shippedAt?: string;
  /** When it was delivered (its units count as delivered from then on). */
  readonly deliveredAt?: string;
}

/** A return (RMA) of the order, as its events made it. */
export interface RmaState {
  /** Its status (a state of the return machine). */
  readonly status: RmaStatus;
  /** The units requested back, with the buyer's reasons. */
  readonly lines: readonly RmaLine[];
  /** The units received back so far, one entry per line. */
  readonly received: readonly LineQuantity[];
  /** The return label sent to the buyer, if any. */
  readonly label?: ParcelTracking;
  readonly outcome?: InspectionOutcome;
  readonly resolution?: RmaResolution;
}

/** What was refunded so far, in the order's currency. */
export interface RefundsState {
  /** Everything refunded: Σ line amounts + shipping. */
  readonly total: MoneyJson;
  /** Refunded on shipping. */
  readonly shipping: MoneyJson;
  /** Refunded per line, by `lineId` (lines without refunds are absent). */
  readonly byLine: Readonly<Record<string, MoneyJson>>;
  /** The ids of the refunds issued, in order. */
  readonly refundIds: readonly string[];
}

/** An ERP document linked to the order. */
export interface ErpDocumentLink {
  readonly kind: ErpDocumentKind;
  readonly number: string;
  readonly linkedAt: string;
}

/** A note on the order. */
export interface OrderNote {
  readonly text: string;
  readonly at: string;
  readonly actor: Actor;
}

/** The latest status a channel showed for the order. */
export interface ChannelStatusObservation {
  /** The channel's own status, verbatim. */
  readonly status: string;
  readonly observedAt: string;
}

/**
 * The state of one order: the fold of its events (`replay`). Plain data, JSON-serialisable;
 * treat it as immutable (`apply` returns a new state and shares the parts it did not change).
 *
 * Line quantities live in `order.lines[i].quantities` (see docs/lifecycle.md for what each
 * counts). Records keyed by id (`parcels`, `rmas`, `refunds.byLine`, `channelStatuses`) are
 * plain objects: read them with `Object.hasOwn` before indexing when the id is untrusted.
 */
export interface OrderState {
  readonly orderId: string;
  readonly tenantId: string;
  /** The `seq` of the last event applied (0 before capture). */
  readonly version: number;
  /** The order's status (a state of the order machine). */
  readonly status: OrderStatus;
  /** Whether the channel asked the seller to accept the order explicitly. */
  readonly needsAcceptance: boolean;
  /** The canonical order with its current line quantities. */
  readonly order: Order;
  /** The warehouse named when preparation started, if any. */
  readonly warehouseId?: string;
  /** The parcels, by `parcelId`, in creation order. */
  readonly parcels: Readonly<Record<string, ParcelState>>;
  /** The returns, by `rmaId`, in request order. */
  readonly rmas: Readonly<Record<string, RmaState>>;
  /** The active holds, in placement order. */
  readonly holds: readonly Hold[];
  readonly refunds: RefundsState;
  readonly erpDocuments: readonly ErpDocumentLink[];
  readonly notes: readonly OrderNote[];
  /** The latest status seen on each channel, by channel code. */
  readonly channelStatuses: Readonly<Record<string, ChannelStatusObservation>>;
}
