import type { ConnectorContext } from '../../ports/index.js';

/**
 * What a fake connector does with one call, as its script (`respond`) or its rates decide:
 * - `ack`: acts (or, for a key it already acted on, replays its first answer) and answers;
 *   `ack` replaces the answer the fake would make up (first call of a key only);
 * - `duplicate_ack`: the same, and the acknowledgement is reported one extra time through
 *   `onAck`, like a remote side that sends its webhook twice;
 * - `timeout`: the remote side acts (unless `processed` is false) but the caller gets
 *   `connector/timeout`, so the caller retries a call that was already acted on;
 * - `unavailable`: nothing happens, the caller gets `connector/unavailable` (with
 *   `retryAfter` when given);
 * - `rejected`: nothing happens, the caller gets `connector/rejected`;
 * - `throw`: the call's promise rejects with an `Error` (a connector bug, a library that throws).
 */
export type FakeResponse<Ack> =
  | { readonly outcome: 'ack'; readonly ack?: Ack }
  | { readonly outcome: 'duplicate_ack'; readonly ack?: Ack }
  | { readonly outcome: 'timeout'; readonly processed?: boolean }
  | { readonly outcome: 'unavailable'; readonly retryAfter?: string; readonly detail?: string }
  | { readonly outcome: 'rejected'; readonly detail?: string }
  | { readonly outcome: 'throw'; readonly message?: string };

/** The outcome of one call to a fake connector. See {@link FakeResponse}. */
export type FakeOutcome = FakeResponse<unknown>['outcome'];

/** A key a fake connector acted on: the call that acted and the answer it keeps for replays. */
export interface FakeReceipt<Req, Ack> {
  /** The connector method called: `prepare`, `recordSale`, `pushStatus`, `pushTracking`… */
  readonly operation: string;
  /** The idempotency key. */
  readonly key: string;
  /** The payload received (a copy). */
  readonly request: Req;
  /** The context of the call that acted. */
  readonly context: ConnectorContext;
  /** The answer, returned again to every replay of the key. */
  readonly ack: Ack;
}

/** One call to a fake connector, replays and failures included. */
export interface FakeCall<Req> {
  readonly operation: string;
  readonly key: string;
  /** The payload received (a copy). */
  readonly request: Req;
  readonly context: ConnectorContext;
  readonly outcome: FakeOutcome;
  /** True when this call acted: the first call of its key that got through. */
  readonly acted: boolean;
  /** True when an earlier call had acted on the key: this one replayed the first answer. */
  readonly replayed: boolean;
  /** True when the key had been acted on with another payload (the call is rejected). */
  readonly keyReused: boolean;
}

/**
 * What a fake connector records, for tests to assert on. Each property returns a fresh copy
 * of the list.
 */
export interface FakeRecorder<Req, Ack> {
  /** The system's code: the `target` of its effects and of its failures. */
  readonly target: string;
  /** The keys acted on, once each, in the order they were acted on, with their payloads. */
  readonly received: readonly FakeReceipt<Req, Ack>[];
  /** Every call, in order: first calls, retries, replays and failures. */
  readonly calls: readonly FakeCall<Req>[];
  /** Every acknowledgement reported through `onAck`, duplicates included. */
  readonly acks: readonly FakeReceipt<Req, Ack>[];
}

/**
 * How a fake connector behaves. The rates are shares of calls, drawn from a pseudo-random
 * generator seeded with `seed` (never `Math.random`): one draw per call, cut in this order:
 * `failureRate` (unavailable), `rejectRate` (rejected), `timeoutRate` (acted, then timeout),
 * `duplicateAckRate` (acted, acknowledged twice), the rest acknowledged once. Their sum must
 * not exceed 1. A replay of a key already acted on is never rejected (the remote side
 * returns its stored answer), but it can still find the system unavailable or time out.
 */
export interface FakeConnectorOptions<Req, Ack> {
  /** Seed of the draws (default 1); each fake mixes in its target, so fakes differ. */
  readonly seed?: number;
  /** Share of calls answered `connector/unavailable`, nothing done (default 0). */
  readonly failureRate?: number;
  /** Share of calls answered `connector/rejected`, nothing done (default 0). */
  readonly rejectRate?: number;
  /** Share of calls acted on but answered `connector/timeout` (default 0). */
  readonly timeoutRate?: number;
  /** Share of calls whose ack is reported twice through `onAck` (default 0). */
  readonly duplicateAckRate?: number;
  /** Keys always rejected (a payload the remote side refuses for good). */
  readonly rejectKeys?: readonly string[] | ((key: string) => boolean);
  /** When set, `unavailable` answers ask to be called again this many ms after `context.now`. */
  readonly retryAfterMs?: number;
  /** Extra `await` turns before each answer: a slow remote side (default 0). */
  readonly latency?: number;
  /** A script: force the outcome of a call (return undefined to let the rates decide). */
  readonly respond?: (request: Req, context: ConnectorContext) => FakeResponse<Ack> | undefined;
  /** Called with each acknowledgement the remote side reports (twice for a duplicate). */
  readonly onAck?: (receipt: FakeReceipt<Req, Ack>) => void;
}
