import type { Result } from '../result/index.js';

/**
 * What every connector call receives besides its payload. The `idempotencyKey` is the same on
 * every attempt of the same effect: a connector passes it to the remote API (header
 * `Idempotency-Key`, a client reference…) or remembers it, so that a retry after a timeout
 * never acts twice.
 */
export interface ConnectorContext extends ChannelCallContext {
  /** Deterministic key of the effect: `<orderId>:<effect kind>:<target>:<causing event seq>`. */
  readonly idempotencyKey: string;
  /** 1 on the first attempt, then 2, 3… */
  readonly attempt: number;
}

/**
 * What a call that acts on nothing receives (reading a channel's order feed, acknowledging
 * imports, publishing stock): the seller it is made for and the instant it starts.
 */
export interface ChannelCallContext {
  readonly tenantId: string;
  /** The instant the call starts (from the Clock), ISO 8601. */
  readonly now: string;
}

/** The fields every connector failure carries. */
interface ConnectorFailureFields {
  /** The system that failed (channel, WMS, ERP or carrier code, `buyer`). */
  readonly target: string;
  /** The remote side's own words (status line, error code), for the operator's note. */
  readonly detail?: string;
}

/** The remote side is down or answered 5xx or 429: retry later. */
export interface ConnectorUnavailable extends ConnectorFailureFields {
  readonly code: 'connector/unavailable';
  /** When the remote side asked to be called again (a `Retry-After`), ISO 8601. */
  readonly retryAfter?: string;
}

/**
 * No answer in time: the call may or may not have been acted on, so the retry carries the same
 * idempotency key.
 */
export interface ConnectorTimeout extends ConnectorFailureFields {
  readonly code: 'connector/timeout';
}

/** The remote side refused the payload for good (4xx): retrying will not help. */
export interface ConnectorRejected extends ConnectorFailureFields {
  readonly code: 'connector/rejected';
}

/** Why a connector call failed, as a value. */
export type ConnectorFailure = ConnectorUnavailable | ConnectorTimeout | ConnectorRejected;

/** What a connector call returns: the remote side's answer, or why it failed. */
export type ConnectorResult<T> = Promise<Result<T, ConnectorFailure>>;
