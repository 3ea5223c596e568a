import type { ChannelActionKind, ChannelActionRequest } from './channelActions.js';

/**
 * Where a journaled action stands:
 * - `sending`: recorded, and sent or about to be; its outcome is not known (a crash or a timeout
 *   leaves it there). A retry sends it again under the same idempotency key.
 * - `pending`: the channel queued it and gave a `handle` to poll.
 * - `done`: the channel acted. Never sent again.
 * - `failed`: the channel refused it for good. Never sent again.
 */
export type ActionJournalState = 'sending' | 'pending' | 'done' | 'failed';

/**
 * The identity of one outgoing action, within a tenant: the same action with the same payload
 * has one entry.
 */
export interface ActionJournalKey {
  readonly tenantId: string;
  readonly channel: string;
  /** ordokit's order id. */
  readonly orderId: string;
  readonly action: ChannelActionKind;
  /** Hash of the request's canonical JSON (16 hex digits), as `connectMarketplace` computes it. */
  readonly payloadHash: string;
}

/** One outgoing action and what became of it. */
export interface ActionJournalEntry extends ActionJournalKey {
  /** The request as sent. */
  readonly request: ChannelActionRequest;
  readonly state: ActionJournalState;
  /** For a `pending` action: what to poll with `MarketplaceApi.getActionResult`. */
  readonly handle?: string;
  /** The channel's last words on it (an error message, a ticket number). */
  readonly detail?: string;
  /** How many sends were started (counted as each starts; 0 while recorded but not yet sent). */
  readonly attempts: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** What to record of an attempt's outcome. */
export interface ActionJournalUpdate {
  readonly state: ActionJournalState;
  readonly handle?: string;
  readonly detail?: string;
  /** Count one more send. */
  readonly sent?: boolean;
}

/**
 * The action journal: every outgoing channel action, keyed by (channel, order, action, payload
 * hash), so that a retry never sends a duplicate and a queued action can be polled until it
 * settles. Implemented by `ordokit/memory` and `ordokit/postgres`; adapter authors check theirs
 * with `runActionJournalContract` from `ordokit/testing`.
 *
 * @example
 * ```ts
 * const begun = await journal.begin(key, request, now);
 * if (begun.created || begun.entry.state === 'sending') {
 *   // send it, then record the outcome
 *   await journal.record(key, { state: 'done', sent: true }, now);
 * }
 * ```
 */
export interface ActionJournal {
  /**
   * Records the action unless an entry with the same key exists, atomically: of two concurrent
   * `begin` calls with one key, exactly one gets `created: true`. Returns the entry either way.
   */
  begin(
    key: ActionJournalKey,
    request: ChannelActionRequest,
    now: string,
  ): Promise<{ readonly created: boolean; readonly entry: ActionJournalEntry }>;
  /**
   * Records an attempt's outcome. A `done` or `failed` entry is final: recording on it changes
   * nothing and returns it as it is. Returns `undefined` for an unknown key.
   */
  record(
    key: ActionJournalKey,
    update: ActionJournalUpdate,
    now: string,
  ): Promise<ActionJournalEntry | undefined>;
  /** The entry with that key, if any. */
  get(key: ActionJournalKey): Promise<ActionJournalEntry | undefined>;
  /** Every entry of one order on one channel, oldest first. */
  listByOrder(
    tenantId: string,
    channel: string,
    orderId: string,
  ): Promise<readonly ActionJournalEntry[]>;
  /** Up to `limit` `pending` entries of a channel, least recently updated first, to poll. */
  listPending(
    tenantId: string,
    channel: string,
    limit: number,
  ): Promise<readonly ActionJournalEntry[]>;
}
