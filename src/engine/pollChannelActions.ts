import {
  ActionResultSchema,
  type ActionJournal,
  type ActionJournalEntry,
  type ActionJournalKey,
  type ConnectorFailure,
  type MarketplaceApi,
} from '../ports/index.js';
import { OrdokitError } from '../result/index.js';
import type { EngineConfigInvalid } from './errors.js';
import { readApiAnswer } from './_internal/readApiAnswer.js';

/** Options of {@link pollChannelActions}. */
export interface PollChannelActionsOptions {
  /** The channel's API; its `channel` is the journal's channel. */
  readonly api: MarketplaceApi;
  readonly journal: ActionJournal;
  readonly tenantId: string;
  /** The instant of the poll (from the Clock), ISO 8601. */
  readonly now: string;
  /** The most pending actions polled in one call (default 100). */
  readonly limit?: number;
}

/** What one {@link pollChannelActions} call found. */
export interface PollChannelActionsReport {
  /** The entries that became `done` or `failed` (a failed one keeps the channel's detail). */
  readonly settled: readonly ActionJournalEntry[];
  /** The polled entries still pending (the channel has not decided, or could not be asked). */
  readonly pending: number;
  /** The failures of `getActionResult` calls. */
  readonly failures: readonly ConnectorFailure[];
}

const defaultLimit = 100;

function keyOf(entry: ActionJournalEntry): ActionJournalKey {
  const { tenantId, channel, orderId, action, payloadHash } = entry;
  return { tenantId, channel, orderId, action, payloadHash };
}

/**
 * Polls the actions a channel queued (journal entries `pending` with a handle), least recently
 * updated first, and records what became of them: `done`, or `failed` with the channel's words
 * (an asynchronous refusal: wrong tracking number, status changed meanwhile). A still pending
 * entry is recorded again, so the next poll starts with the others. A `connector/unavailable`
 * stops the poll (the channel asked to be left alone); other failures are reported and the
 * poll goes on. The host decides what a failed action means for the order: put it on hold.
 *
 * @param options - the API, the journal, the tenant, now and the batch size
 * @returns the entries settled, how many polled ones are still pending, the call failures
 * @throws OrdokitError `engine/config_invalid` when `limit` is not a positive integer
 * @example
 * ```ts
 * const report = await pollChannelActions({ api, journal, tenantId: 'shop-1', now });
 * for (const entry of report.settled) {
 *   if (entry.state !== 'failed') continue;
 *   await oms.placeHold(
 *     { tenantId: entry.tenantId, orderId: entry.orderId },
 *     { reasonCode: 'channel_conflict', note: `${entry.channel} refused ${entry.action}: ${entry.detail}` },
 *   );
 * }
 * ```
 */
export async function pollChannelActions(
  options: PollChannelActionsOptions,
): Promise<PollChannelActionsReport> {
  const { api, journal, tenantId, now } = options;
  const limit = options.limit ?? defaultLimit;
  if (!Number.isInteger(limit) || limit < 1) {
    throw new OrdokitError<EngineConfigInvalid>({
      code: 'engine/config_invalid',
      field: 'limit',
      expected: 'positive_integer',
    });
  }
  const entries = await journal.listPending(tenantId, api.channel, limit);
  const settled: ActionJournalEntry[] = [];
  const failures: ConnectorFailure[] = [];
  let pending = 0;
  let stopped = false;
  // A poll that fails still records the entry as polled, so that the least recently updated
  // first order of `listPending` rotates and one stuck handle cannot starve the others.
  const touch = (entry: ActionJournalEntry, handle: string, detail: string | undefined) =>
    journal.record(
      keyOf(entry),
      { state: 'pending', handle, ...(detail === undefined || detail === '' ? {} : { detail }) },
      now,
    );
  for (const entry of entries) {
    const handle = entry.handle;
    if (stopped || handle === undefined) {
      pending += 1;
      continue;
    }
    const answer = await readApiAnswer(api.channel, () =>
      api.getActionResult(handle, { tenantId, now }),
    );
    if (!answer.ok) {
      failures.push(answer.error);
      stopped = answer.error.code === 'connector/unavailable';
      if (!stopped) await touch(entry, handle, answer.error.detail);
      pending += 1;
      continue;
    }
    const result = ActionResultSchema.safeParse(answer.value);
    if (!result.success) {
      const detail = 'unexpected answer: not an action result';
      failures.push({ code: 'connector/rejected', target: api.channel, detail });
      await touch(entry, handle, detail);
      pending += 1;
      continue;
    }
    const value = result.data;
    if (value.state === 'pending') {
      await journal.record(keyOf(entry), { state: 'pending', handle }, now);
      pending += 1;
      continue;
    }
    const detail =
      value.detail === undefined || value.detail === '' ? {} : { detail: value.detail };
    const recorded = await journal.record(keyOf(entry), { state: value.state, ...detail }, now);
    settled.push(recorded ?? { ...entry, state: value.state, ...detail, updatedAt: now });
  }
  return { settled, pending, failures };
}
