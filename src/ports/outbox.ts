import type { Result } from '../result/index.js';
import type { Effect } from './effects.js';
import type { OutboxLeaseLost } from './errors.js';

/**
 * A message the engine plans when events cause an effect, written with those events by
 * `OrderStore.append`.
 */
export interface OutboxMessageDraft {
  /** A fresh id (IdGenerator, kind `message`). */
  readonly messageId: string;
  readonly tenantId: string;
  readonly orderId: string;
  /**
   * Deterministic idempotency key: `<orderId>:<effect kind>:<target>:<causing seq>`. Unique per
   * tenant; connectors receive it on every attempt.
   */
  readonly key: string;
  /** The event that caused it (its `seq` in the order's history). */
  readonly causedBySeq: number;
  readonly effect: Effect;
  /** When it was planned (the causing event's `at`); it is due from then on. */
  readonly createdAt: string;
}

/**
 * Where a message stands:
 * - `pending`: waiting for its `nextAttemptAt` (or claimed, see `leaseUntil`);
 * - `parked`: not retried automatically: given up after too many failures (the order is on
 *   hold `effect_failed`), or held back while a hold stops the effect; releasing the order's
 *   hold re-arms it;
 * - `done`: delivered (final).
 */
export type OutboxStatus = 'pending' | 'parked' | 'done';

/** A message in the outbox, with its delivery bookkeeping. */
export interface OutboxMessage extends OutboxMessageDraft {
  readonly status: OutboxStatus;
  /** Failed attempts so far (reset when a parked message is re-armed). */
  readonly attempts: number;
  /** When it may be attempted next. */
  readonly nextAttemptAt: string;
  /** The current claim's lease end, while a worker holds it. */
  readonly leaseUntil?: string;
  /** The last failure, as the connector described it. */
  readonly lastError?: string;
  /** When it was delivered. */
  readonly completedAt?: string;
}

/** A message claimed by a worker: only the holder of `leaseId` may complete or fail it. */
export interface OutboxClaim {
  readonly message: OutboxMessage;
  readonly leaseId: string;
  /** The claim is void after this instant; the message can then be claimed again. */
  readonly leaseUntil: string;
}

/** What to claim. */
export interface ClaimRequest {
  /** Messages due at or before this instant, whose lease (if any) ended before it. */
  readonly now: string;
  /** The lease end of the claims made (after `now`). */
  readonly leaseUntil: string;
  /** At most this many messages, oldest `nextAttemptAt` first (then `messageId`). */
  readonly limit: number;
  /** Fresh lease id (IdGenerator, kind `lease`), shared by the claims of this call. */
  readonly leaseId: string;
  /** Only this tenant's messages (all tenants when absent: one dispatcher serves all). */
  readonly tenantId?: string;
}

/** The outcome of a failed attempt. */
export interface FailRequest {
  /** The failure, in words, for the operator (kept as the message's `lastError`). */
  readonly error: string;
  /** When to try again; absent to park the message (no automatic retry). */
  readonly nextAttemptAt?: string;
}

/**
 * The outbox: at-least-once delivery of the effects the events cause. Messages are written by
 * `OrderStore.append` in the same transaction as their events, claimed with a lease by the
 * dispatcher, then completed, failed (retry later) or parked (retry on release).
 *
 * Implemented by `ordokit/memory`; run `runOutboxContract` from
 * `ordokit/testing` against your own implementation.
 */
export interface Outbox {
  /** Claims due `pending` messages that no live lease holds; each goes to one claimant only. */
  claimDue(request: ClaimRequest): Promise<readonly OutboxClaim[]>;
  /** Marks a claimed message delivered. Fails with `outbox/lease_lost` if the lease is gone. */
  complete(
    claim: OutboxClaim,
    completedAt: string,
  ): Promise<Result<OutboxMessage, OutboxLeaseLost>>;
  /**
   * Records a failed attempt (`attempts` + 1, lease dropped): retried at `nextAttemptAt`, or
   * parked without one. Fails with `outbox/lease_lost` if the lease is gone.
   */
  fail(claim: OutboxClaim, failure: FailRequest): Promise<Result<OutboxMessage, OutboxLeaseLost>>;
  /** Makes the order's parked messages pending again, due at `now`, attempts reset; their count. */
  rearm(tenantId: string, orderId: string, now: string): Promise<number>;
  /** The order's messages, in creation order (`createdAt`, then `messageId`). */
  listByOrder(tenantId: string, orderId: string): Promise<readonly OutboxMessage[]>;
}
