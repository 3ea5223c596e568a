import type {
  ActionJournal,
  ActionJournalEntry,
  ActionJournalKey,
  ActionJournalUpdate,
} from '../../ports/index.js';
import { checkJournalUpdate, pendingLimit } from '../_shared/journalInput.js';
import { copyData } from './_internal/copyData.js';
import { readInstant, settle } from './_internal/backend.js';

const origin = 'ordokit/memory';

/** An entry as the journal keeps it: owned by the journal, with its instants read once. */
interface StoredEntry {
  entry: ActionJournalEntry;
  readonly createdMs: number;
  updatedMs: number;
}

/** The identity of an order on a channel in a tenant (JSON: no separator can collide). */
const orderKeyOf = (tenantId: string, channel: string, orderId: string) =>
  JSON.stringify([tenantId, channel, orderId]);

/** The identity of an entry. */
const entryKeyOf = (key: ActionJournalKey) =>
  JSON.stringify([key.tenantId, key.channel, key.orderId, key.action, key.payloadHash]);

/** Byte order of two strings (JavaScript order, as `COLLATE "C"` for ASCII). */
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** `listByOrder` order: created, then action, then payload hash. */
function compareCreated(a: StoredEntry, b: StoredEntry): number {
  return (
    a.createdMs - b.createdMs ||
    compareText(a.entry.action, b.entry.action) ||
    compareText(a.entry.payloadHash, b.entry.payloadHash)
  );
}

/** `listPending` order: updated, then order, action and payload hash. */
function compareUpdated(a: StoredEntry, b: StoredEntry): number {
  return (
    a.updatedMs - b.updatedMs ||
    compareText(a.entry.orderId, b.entry.orderId) ||
    compareText(a.entry.action, b.entry.action) ||
    compareText(a.entry.payloadHash, b.entry.payloadHash)
  );
}

/** The key's fields alone (a caller may pass a whole entry as the key). */
function keyFields(key: ActionJournalKey): ActionJournalKey {
  const { tenantId, channel, orderId, action, payloadHash } = key;
  return { tenantId, channel, orderId, action, payloadHash };
}

/** The entry after an update of a `sending` or `pending` entry. */
function updated(
  entry: ActionJournalEntry,
  update: ActionJournalUpdate,
  now: string,
): ActionJournalEntry {
  return {
    ...entry,
    state: update.state,
    ...(update.handle === undefined ? {} : { handle: update.handle }),
    ...(update.detail === undefined ? {} : { detail: update.detail }),
    attempts: entry.attempts + (update.sent === true ? 1 : 0),
    updatedAt: now,
  };
}

/**
 * Creates an in-memory `ActionJournal`: every outgoing channel action once per key, with what
 * became of it. Each call runs at once, so `begin` is atomic; requests and entries are
 * deep-copied in and out. It passes `runActionJournalContract` from `ordokit/testing`.
 *
 * Lists are ordered by instant (`Date.parse`), ties broken by action and payload hash
 * (`listByOrder`) or by order, action and payload hash (`listPending`). `record` keeps the
 * `handle` and `detail` an update leaves out. An instant `Date.parse` cannot read, or an update
 * with an unknown state, is a programmer error and rejects with a `RangeError`.
 *
 * @returns an empty journal
 * @example
 * ```ts
 * const journal = createMemoryActionJournal();
 * const { created } = await journal.begin(key, request, '2025-03-01T09:00:00Z');
 * await journal.record(key, { state: 'done', sent: true }, '2025-03-01T09:00:01Z');
 * ```
 */
export function createMemoryActionJournal(): ActionJournal {
  const entries = new Map<string, StoredEntry>();
  const byOrder = new Map<string, StoredEntry[]>();
  const pending = new Set<StoredEntry>();
  const copyOut = (stored: StoredEntry) => copyData(stored.entry);

  return {
    begin: (key, request, now) =>
      settle(() => {
        const ms = readInstant(now, 'now');
        const known = entries.get(entryKeyOf(key));
        if (known !== undefined) return { created: false, entry: copyOut(known) };
        const stored: StoredEntry = {
          entry: {
            ...keyFields(key),
            request: copyData(request),
            state: 'sending',
            attempts: 0,
            createdAt: now,
            updatedAt: now,
          },
          createdMs: ms,
          updatedMs: ms,
        };
        entries.set(entryKeyOf(key), stored);
        const orderKey = orderKeyOf(key.tenantId, key.channel, key.orderId);
        const ofOrder = byOrder.get(orderKey);
        if (ofOrder === undefined) byOrder.set(orderKey, [stored]);
        else ofOrder.push(stored);
        return { created: true, entry: copyOut(stored) };
      }),

    record: (key, update, now) =>
      settle(() => {
        checkJournalUpdate(update, origin);
        const ms = readInstant(now, 'now');
        const stored = entries.get(entryKeyOf(key));
        if (stored === undefined) return undefined;
        const { state } = stored.entry;
        if (state === 'sending' || state === 'pending') {
          stored.entry = updated(stored.entry, update, now);
          stored.updatedMs = ms;
          if (update.state === 'pending') pending.add(stored);
          else pending.delete(stored);
        }
        return copyOut(stored);
      }),

    get: (key) =>
      settle(() => {
        const stored = entries.get(entryKeyOf(key));
        return stored === undefined ? undefined : copyOut(stored);
      }),

    listByOrder: (tenantId, channel, orderId) =>
      settle(() =>
        [...(byOrder.get(orderKeyOf(tenantId, channel, orderId)) ?? [])]
          .sort(compareCreated)
          .map(copyOut),
      ),

    listPending: (tenantId, channel, limit) =>
      settle(() =>
        [...pending]
          .filter((s) => s.entry.tenantId === tenantId && s.entry.channel === channel)
          .sort(compareUpdated)
          .slice(0, pendingLimit(limit))
          .map(copyOut),
      ),
  };
}
