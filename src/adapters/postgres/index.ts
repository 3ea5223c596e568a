/**
 * PostgreSQL adapters: an `OrderStore`, its `Outbox`, an `ActionJournal` and a `StockStore` on
 * PostgreSQL through `pg` or on PGlite, the schema's migrations as SQL, and `migrate` to apply
 * them.
 * `pg` and `@electric-sql/pglite` are optional peer dependencies: this entry never imports
 * them, pass your own pool or PGlite instance.
 *
 * @packageDocumentation
 */
export { createPostgresStorage } from './createPostgresStorage.js';
export type { PostgresStorage, PostgresStorageOptions } from './createPostgresStorage.js';
export { createPostgresActionJournal } from './postgresActionJournal.js';
export type { PostgresActionJournalOptions } from './postgresActionJournal.js';
export { createPostgresStockStore } from './postgresStockStore.js';
export type { PostgresStockStoreOptions } from './postgresStockStore.js';
export { migrate } from './migrate.js';
export type { MigrateOptions, MigrateReport } from './migrate.js';
export { postgresMigrations } from './migrations.js';
export type { PostgresMigration } from './migrations.js';
export type {
  PGliteLike,
  PGliteTransactionLike,
  PgPoolClientLike,
  PgPoolLike,
  PgQueryable,
  PostgresDatabase,
} from './database.js';
