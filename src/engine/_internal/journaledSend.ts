import { err, ok, type Result } from '../../result/index.js';
import type { ChannelProfile } from '../../channels/index.js';
import {
  ActionReceiptSchema,
  type ActionJournal,
  type ActionJournalEntry,
  type ActionJournalKey,
  type ActionJournalUpdate,
  type ChannelActionRequest,
  type ChannelCallContext,
  type ConnectorFailure,
  type ConnectorRejected,
  type MarketplaceApi,
} from '../../ports/index.js';
import type { PlannedAction } from './channelActionRequests.js';
import { checkChannelAction } from './checkChannelAction.js';
import { payloadHash } from './payloadHash.js';
import { readApiAnswer } from './readApiAnswer.js';

/** What a journaled send needs: the channel's API, the journal, the channel's code. */
export interface JournalDeps {
  readonly api: MarketplaceApi;
  readonly journal: ActionJournal;
  /** The profile's code, equal to `api.channel`. */
  readonly channel: string;
}

/** What a journaled action came to: its entry, or `undefined` when nothing had to be sent. */
export type ActionOutcome = Result<ActionJournalEntry | undefined, ConnectorFailure>;

/** The journal key of a request on a channel. */
function journalKeyOf(
  channel: string,
  tenantId: string,
  request: ChannelActionRequest,
  identity: unknown,
): ActionJournalKey {
  return {
    tenantId,
    channel,
    orderId: request.orderId,
    action: request.action,
    payloadHash: payloadHash(identity),
  };
}

/** `<channel>:<orderId>:<action>:<payloadHash>`: the same on every attempt of one action. */
function idempotencyKeyOf(key: ActionJournalKey): string {
  return `${key.channel}:${key.orderId}:${key.action}:${key.payloadHash}`;
}

function keyOfEntry(entry: ActionJournalEntry): ActionJournalKey {
  const { tenantId, channel, orderId, action, payloadHash: hash } = entry;
  return { tenantId, channel, orderId, action, payloadHash: hash };
}

/** The rejection a `failed` entry recorded, returned again without sending. */
function recordedRejection(entry: ActionJournalEntry): ConnectorRejected {
  return {
    code: 'connector/rejected',
    target: entry.channel,
    detail: entry.detail ?? `the channel refused ${entry.action}`,
  };
}

function withDetail(detail: string | undefined): { readonly detail?: string } {
  return detail === undefined || detail === '' ? {} : { detail };
}

/**
 * Sends a journaled entry's request once more under the entry's own idempotency key: counts
 * the attempt first (so a retry after a crash mid-send is attempt 2, not 1 again), then records
 * the outcome: `done`, `pending` with the handle, `failed` on a rejection; it stays `sending` on
 * `unavailable`, `timeout` or an answer that is not a receipt (returned as `unavailable`, so
 * the outbox retries).
 *
 * @returns the recorded entry (done or pending), or the failure
 */
export async function sendEntry(
  deps: JournalDeps,
  entry: ActionJournalEntry,
  context: ChannelCallContext,
): Promise<Result<ActionJournalEntry, ConnectorFailure>> {
  const key = keyOfEntry(entry);
  const { now } = context;
  const record = async (update: ActionJournalUpdate) =>
    (await deps.journal.record(key, update, now)) ?? entry;
  // Count the attempt before sending: after a crash mid-send, the retry is attempt 2, and a
  // channel without idempotency keys (Lengow) looks for the action it may have queued.
  const started = await record({ state: 'sending', sent: true });
  const answer = await readApiAnswer(deps.channel, () =>
    deps.api.sendAction(entry.request, {
      tenantId: entry.tenantId,
      now,
      idempotencyKey: idempotencyKeyOf(key),
      attempt: started === entry ? entry.attempts + 1 : started.attempts,
    }),
  );
  if (!answer.ok) {
    const failure = answer.error;
    if (failure.code === 'connector/rejected') {
      const detail = failure.detail ?? `the channel refused ${entry.action}`;
      await record({ state: 'failed', detail });
      return err({ ...failure, detail });
    }
    await record({ state: 'sending', ...withDetail(failure.detail) });
    return err(failure);
  }
  const receipt = ActionReceiptSchema.safeParse(answer.value);
  if (!receipt.success) {
    // The channel may have acted: keep the entry open and have the outbox retry, so that the
    // retry asks again under the same key.
    const detail = 'unexpected answer: not an action receipt';
    await record({ state: 'sending', detail });
    return err({ code: 'connector/unavailable', target: deps.channel, detail });
  }
  const value = receipt.data;
  if (value.state === 'done') {
    return ok(await record({ state: 'done', ...withDetail(value.detail) }));
  }
  return ok(
    await record({
      state: 'pending',
      handle: value.handle,
      ...withDetail(value.detail),
    }),
  );
}

/** What an entry found in the journal comes to: settled, recorded rejection, or sent again. */
function settle(
  deps: JournalDeps,
  entry: ActionJournalEntry,
  context: ChannelCallContext,
):
  | Promise<Result<ActionJournalEntry, ConnectorFailure>>
  | Result<ActionJournalEntry, ConnectorFailure> {
  switch (entry.state) {
    case 'done':
    case 'pending':
      return ok(entry);
    case 'failed':
      return err(recordedRejection(entry));
    case 'sending':
      return sendEntry(deps, entry, context);
  }
}

/**
 * Runs one action through the journal: an entry with its key that is done or pending → ok
 * without sending; failed → its recorded rejection; sending → sent again. Without an entry,
 * the action is checked against the profile and the observed channel status first (see
 * `checkChannelAction`), then begun and sent.
 *
 * @returns the entry, `undefined` when the check skipped it, or the failure
 */
export async function runAction(
  deps: JournalDeps,
  profile: ChannelProfile,
  planned: PlannedAction,
  channelStatus: string | undefined,
  context: ChannelCallContext,
): Promise<ActionOutcome> {
  const key = journalKeyOf(deps.channel, context.tenantId, planned.request, planned.identity);
  const existing = await deps.journal.get(key);
  if (existing !== undefined) return settle(deps, existing, context);
  const check = checkChannelAction(profile, planned.request, channelStatus, planned.optional);
  if (check.verdict === 'skip') return ok(undefined);
  if (check.verdict === 'reject') {
    return err({ code: 'connector/rejected', target: deps.channel, detail: check.detail });
  }
  const begun = await deps.journal.begin(key, planned.request, context.now);
  return settle(deps, begun.entry, context);
}
