import type { ActionJournal, OrderStore, Outbox, StockStore } from '../../ports/index.js';
import { queryOn, type PostgresDatabase } from './database.js';
import { createPostgresActionJournal } from './postgresActionJournal.js';
import { createPostgresOrderStore } from './postgresOrderStore.js';
import { createPostgresOutbox } from './postgresOutbox.js';
import { createPostgresStockStore } from './postgresStockStore.js';
import { checkSchemaName } from './schemaName.js';

/** Options of {@link createPostgresStorage}. */
export interface PostgresStorageOptions {
  /** The schema holding the ordokit tables, as given to `migrate` (default `'ordokit'`). */
  readonly schema?: string;
}

/** An `OrderStore`, its `Outbox`, an `ActionJournal` and a `StockStore` on one schema. */
export interface PostgresStorage {
  readonly store: OrderStore;
  readonly outbox: Outbox;
  /** The journal of outgoing channel actions (see `createPostgresActionJournal`). */
  readonly journal: ActionJournal;
  /** Stock levels, reservations, events and published figures (`createPostgresStockStore`). */
  readonly stock: StockStore;
}

/**
 * Creates an `OrderStore`, its `Outbox`, an `ActionJournal` and a `StockStore` on PostgreSQL,
 * through a `pg.Pool` or a PGlite instance; run {@link migrate} on the schema first. Semantics are those
 * of the memory adapter (it passes the same `runOrderStoreContract`, `runOutboxContract`,
 * `runActionJournalContract` and `runStockStoreContract`; see `createPostgresActionJournal`
 * for the journal, `createPostgresStockStore` for the stock store):
 *
 * - `append` is one statement (order row, events and outbox messages, atomically): one round
 *   trip, plus one read when it is refused (to report `store/version_conflict` with the
 *   actual version, or `store/channel_ref_taken` with the existing order);
 * - `claimDue` locks due messages with `FOR UPDATE SKIP LOCKED` and leases them;
 * - instants are stored as the text the caller gave and compared as instants (`Date.parse`);
 * - states, events and effects read back are checked against `OrderStateSchema`,
 *   `OrderEventSchema` and `EffectSchema`: a row that fails throws `OrdokitError`
 *   `store/record_invalid`.
 *
 * Malformed calls are programmer errors and reject with a `RangeError`, as with the memory
 * adapter (a batch that breaks the shape `append` documents, an unreadable instant, a cursor
 * this store did not make, a message id reused in the tenant).
 *
 * @param db - a `pg.Pool` (or anything with its `query` and `connect`) or a PGlite instance
 * @param options - the schema (default `'ordokit'`)
 * @returns the store, the outbox, the action journal and the stock store
 * @throws OrdokitError `store/schema_name_invalid` when the schema name is not accepted
 * @example
 * ```ts
 * import pg from 'pg';
 * import { createPostgresStorage, migrate } from 'ordokit/postgres';
 *
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
 * await migrate(pool);
 * const { store, outbox } = createPostgresStorage(pool);
 * const oms = createOms({ store, outbox, clock, ids, connectors });
 * ```
 */
export function createPostgresStorage(
  db: PostgresDatabase,
  options: PostgresStorageOptions = {},
): PostgresStorage {
  const schema = checkSchemaName(options.schema);
  const run = queryOn(db);
  return {
    store: createPostgresOrderStore(db, schema),
    outbox: createPostgresOutbox(run, schema),
    journal: createPostgresActionJournal(db, { schema }),
    stock: createPostgresStockStore(db, { schema }),
  };
}
