import type { ActionJournalState, ActionJournalUpdate } from '../../ports/index.js';

const states: ReadonlySet<string> = new Set<ActionJournalState>([
  'sending',
  'pending',
  'done',
  'failed',
]);

/**
 * Checks that an update given to `ActionJournal.record` names a known state. A wrong state is
 * a bug of the caller, as a PostgreSQL `CHECK` would say; every adapter refuses it the same way.
 *
 * @param update - the update given to `record`
 * @param origin - the adapter, first word of the error message (`'ordokit/memory'`)
 * @throws RangeError when the state is not `sending`, `pending`, `done` or `failed`
 */
export function checkJournalUpdate(update: ActionJournalUpdate, origin: string): void {
  if (!states.has(update.state)) {
    throw new RangeError(`${origin}: not an action journal state: ${update.state}`);
  }
}

/**
 * How many entries `ActionJournal.listPending` may return, read as `Outbox.claimDue` reads its
 * limit: whole numbers, nothing for 0, NaN or less, everything for `Infinity`.
 *
 * @param limit - the `limit` given
 * @returns a whole number, 0 or more, or `Infinity`
 */
export function pendingLimit(limit: number): number {
  return Number.isNaN(limit) ? 0 : Math.max(0, Math.floor(limit));
}
