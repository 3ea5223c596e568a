import type {
  ActionReceipt,
  ActionResult,
  ChannelActionRequest,
  ChannelCallContext,
  ImportAck,
  MarketplaceApi,
} from '../../ports/index.js';
import type { FakeConnectorOptions, FakeRecorder, FakeResponse } from './fakeConnectorOptions.js';

/** The calls of a fake marketplace API that act on no order: reads, acknowledgements, stock. */
export type FakeReadOperation =
  'fetchOrders' | 'acknowledgeImport' | 'getActionResult' | 'publishStock';

/** The failures injected into the calls that send no action. See {@link FakeMarketplaceApiOptions}. */
export interface FakeReadFailures {
  /** Share of calls answered `connector/unavailable`, nothing done (default 0). */
  readonly failureRate?: number;
  /** Share of calls answered `connector/rejected`, nothing done (default 0). */
  readonly rejectRate?: number;
  /** Share of calls carried out but answered `connector/timeout` (default 0). */
  readonly timeoutRate?: number;
  /** A script: force the outcome of a call (return undefined to let the rates decide). */
  readonly respond?: (
    operation: FakeReadOperation,
    context: ChannelCallContext,
  ) => FakeResponse<never> | undefined;
}

/** One action the fake channel acted on, and where it stands. */
export interface FakeChannelAction {
  /** The idempotency key of the call that acted. */
  readonly key: string;
  readonly request: ChannelActionRequest;
  /** `done` at once, `pending` until polled enough, then `done` or `failed`. */
  readonly state: ActionResult['state'];
  /** The handle of a queued action. */
  readonly handle?: string;
  /** How many times its result was polled. */
  readonly polls: number;
}

/**
 * How a fake marketplace API behaves. The rates, script, `rejectKeys` and `onAck` of
 * {@link FakeConnectorOptions} apply to `sendAction`; `reads` injects failures into the other
 * calls.
 */
export interface FakeMarketplaceApiOptions extends FakeConnectorOptions<
  ChannelActionRequest,
  ActionReceipt
> {
  /** The most payloads a page of `fetchOrders` holds (default 50; `request.limit` may lower it). */
  readonly pageSize?: number;
  /**
   * Whether actions are queued (`pending` with a handle) rather than done at once: for all, or
   * per action, e.g. as the channel's profile says (default false).
   */
  readonly asynchronous?: boolean | ((request: ChannelActionRequest) => boolean);
  /** Polls of `getActionResult` after which a queued action settles (default 1). */
  readonly settleAfterPolls?: number;
  /** Share of queued actions that settle as `failed` (default 0), drawn once per action. */
  readonly actionFailureRate?: number;
  /** Failures of `fetchOrders`, `acknowledgeImport`, `getActionResult` and `publishStock`. */
  readonly reads?: FakeReadFailures;
  /**
   * Called once when an action takes effect on the channel: when it is acted on, or for a
   * queued one when it settles as `done` (never for a failed one). A demo moves the channel's
   * status here and `put`s the order's next version.
   */
  readonly onAction?: (request: ChannelActionRequest, at: string) => void;
}

/** A payload put in the fake's feed, and when it becomes readable. */
export interface FakeFeedEntry {
  readonly payload: unknown;
  /** The instant from which `fetchOrders` returns it (ISO 8601). */
  readonly at: string;
}

/**
 * A scriptable, seeded channel API: a {@link MarketplaceApi} over a feed the test fills with
 * `put`, recording the actions it got (`received`, `calls`, `acks` as every fake, by idempotency
 * key), the imports acknowledged and the stock published.
 */
export interface FakeMarketplaceApi
  extends MarketplaceApi, FakeRecorder<ChannelActionRequest, ActionReceipt> {
  /**
   * Puts a payload (a copy) at the end of the feed, readable from `at` (default: at once).
   * Payloads become readable in the order of `at`, then of `put`.
   *
   * @throws RangeError when `at` is not an ISO 8601 instant
   */
  put(payload: unknown, at?: string): void;
  /** Every payload put, in feed order once readable, the ones still waiting last. */
  readonly feed: readonly FakeFeedEntry[];
  /** The actions acted on, once per idempotency key, with their current state. */
  readonly actions: readonly FakeChannelAction[];
  /** Every import acknowledged, in order, repeats included. */
  readonly imports: readonly ImportAck[];
  /** The last level published per SKU. */
  readonly stock: Readonly<Record<string, number>>;
}
