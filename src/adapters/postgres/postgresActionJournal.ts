import type { ActionJournal, ActionJournalKey } from '../../ports/index.js';
import { checkJournalUpdate, pendingLimit } from '../_shared/journalInput.js';
import { queryOn, type PostgresDatabase } from './database.js';
import { journalColumns, toJournalEntry, toTimestamp } from './rows.js';
import { checkSchemaName } from './schemaName.js';

const origin = 'ordokit/postgres';

/** Options of {@link createPostgresActionJournal}. */
export interface PostgresActionJournalOptions {
  /** The schema holding the ordokit tables, as given to `migrate` (default `'ordokit'`). */
  readonly schema?: string;
}

/** `$1`…`$5` of every statement: the key, in the primary key's order. */
const byKey = `tenant_id = $1 AND channel = $2 AND order_id = $3 AND action = $4
  AND payload_hash = $5`;

const keyParams = (key: ActionJournalKey) => [
  key.tenantId,
  key.channel,
  key.orderId,
  key.action,
  key.payloadHash,
];

/**
 * Creates the `ActionJournal` of `ordokit/postgres` on one schema (the table `action_journal`
 * of migration 2; run {@link migrate} first). It passes `runActionJournalContract`, like the
 * memory journal:
 *
 * - `begin` is one `INSERT … ON CONFLICT DO NOTHING RETURNING`, plus one read of the existing
 *   row when the key is taken: of concurrent begins, exactly one inserts;
 * - `record` is one `UPDATE … WHERE state IN ('sending', 'pending') RETURNING` (so `done` and
 *   `failed` rows never change; `attempts + 1` is atomic), plus one read when it touched
 *   nothing (a final entry, or `undefined` for an unknown key);
 * - `listPending` reads the partial index `action_journal_pending_idx`;
 * - instants are stored as the text the caller gave and compared as instants; requests read
 *   back are checked against `ChannelActionRequestSchema`: a row that fails throws
 *   `OrdokitError` `store/record_invalid` (record `action_request`).
 *
 * An instant `Date.parse` cannot read, or an update with an unknown state, is a programmer
 * error and rejects with a `RangeError`.
 *
 * @param db - a `pg.Pool` (or anything with its `query`) or a PGlite instance
 * @param options - the schema (default `'ordokit'`)
 * @returns the journal
 * @throws OrdokitError `store/schema_name_invalid` when the schema name is not accepted
 * @example
 * ```ts
 * await migrate(pool);
 * const journal = createPostgresActionJournal(pool);
 * const { created, entry } = await journal.begin(key, request, clock.now());
 * ```
 */
export function createPostgresActionJournal(
  db: PostgresDatabase,
  options: PostgresActionJournalOptions = {},
): ActionJournal {
  const table = `${checkSchemaName(options.schema)}.action_journal`;
  const run = queryOn(db);
  const get = async (key: ActionJournalKey) => {
    const [row] = await run(
      `SELECT ${journalColumns} FROM ${table} WHERE ${byKey}`,
      keyParams(key),
    );
    return row === undefined ? undefined : toJournalEntry(row);
  };

  return {
    async begin(key, request, now) {
      const nowTs = toTimestamp(now, 'now');
      const [row] = await run(
        `INSERT INTO ${table} (tenant_id, channel, order_id, action, payload_hash, request, state,
           attempts, created_at, created_at_ts, updated_at, updated_at_ts)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb, 'sending', 0, $7, $8::timestamptz, $7,
           $8::timestamptz)
         ON CONFLICT DO NOTHING RETURNING ${journalColumns}`,
        [...keyParams(key), JSON.stringify(request), now, nowTs],
      );
      if (row !== undefined) return { created: true, entry: toJournalEntry(row) };
      const entry = await get(key);
      if (entry === undefined) {
        // Only a concurrent delete could do this, and nothing deletes journal rows.
        throw new Error(`${origin}: action journal row vanished after a conflict`);
      }
      return { created: false, entry };
    },

    async record(key, update, now) {
      checkJournalUpdate(update, origin);
      const nowTs = toTimestamp(now, 'now');
      const [row] = await run(
        `UPDATE ${table} SET state = $6, handle = COALESCE($7, handle),
           detail = COALESCE($8, detail), attempts = attempts + $9::integer,
           updated_at = $10, updated_at_ts = $11::timestamptz
         WHERE ${byKey} AND state IN ('sending', 'pending') RETURNING ${journalColumns}`,
        [
          ...keyParams(key),
          update.state,
          update.handle ?? null,
          update.detail ?? null,
          update.sent === true ? 1 : 0,
          now,
          nowTs,
        ],
      );
      return row === undefined ? get(key) : toJournalEntry(row);
    },

    get,

    async listByOrder(tenantId, channel, orderId) {
      const rows = await run(
        `SELECT ${journalColumns} FROM ${table}
         WHERE tenant_id = $1 AND channel = $2 AND order_id = $3
         ORDER BY created_at_ts, action, payload_hash`,
        [tenantId, channel, orderId],
      );
      return rows.map(toJournalEntry);
    },

    async listPending(tenantId, channel, limit) {
      const max = pendingLimit(limit);
      if (max === 0) return [];
      const rows = await run(
        `SELECT ${journalColumns} FROM ${table}
         WHERE tenant_id = $1 AND channel = $2 AND state = 'pending'
         ORDER BY updated_at_ts, order_id, action, payload_hash LIMIT $3`,
        [tenantId, channel, Number.isFinite(max) ? max : null],
      );
      return rows.map(toJournalEntry);
    },
  };
}
