import { inTransaction, type PostgresDatabase } from './database.js';
import {
  bookkeepingSql,
  postgresMigrations,
  renderMigration,
  splitStatements,
} from './migrations.js';
import { checkSchemaName } from './schemaName.js';

/** Options of {@link migrate}. */
export interface MigrateOptions {
  /** The schema to create or bring up to date (default `'ordokit'`). */
  readonly schema?: string;
}

/** What {@link migrate} did. */
export interface MigrateReport {
  /** The versions this call applied, in order (empty when the schema was up to date). */
  readonly applied: readonly number[];
  /** The schema's version afterwards: the last migration's. */
  readonly current: number;
}

/** Reads a version from a row of `ordokit_migrations`. */
function versionOf(row: unknown): number {
  return Number((row as { version: unknown }).version);
}

/**
 * Creates the ordokit tables in a schema, or brings them up to date: applies the missing
 * `postgresMigrations`, each in its own transaction, and records them in
 * `<schema>.ordokit_migrations`. Idempotent, and safe when several processes run it at once:
 * each transaction first takes a transaction-level advisory lock on the schema
 * (`pg_advisory_xact_lock`), so one applies a version and the others find it done.
 *
 * @param db - a `pg.Pool` or a PGlite instance
 * @param options - the schema (default `'ordokit'`)
 * @returns the versions applied now and the current version
 * @throws OrdokitError `store/schema_name_invalid` when the schema name is not accepted;
 *   the database's error when a statement fails (that migration is rolled back)
 * @example
 * ```ts
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
 * await migrate(pool); // { applied: [1], current: 1 } the first time, then { applied: [], … }
 * const { store, outbox } = createPostgresStorage(pool);
 * ```
 */
export async function migrate(
  db: PostgresDatabase,
  options: MigrateOptions = {},
): Promise<MigrateReport> {
  const schema = checkSchemaName(options.schema);
  const applied: number[] = [];
  let current = 0;
  for (const migration of postgresMigrations) {
    current = await inTransaction(db, async (run) => {
      await run('SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))', [
        'ordokit.migrate',
        schema,
      ]);
      for (const statement of splitStatements(bookkeepingSql(schema))) await run(statement);
      const done = (await run(`SELECT version FROM ${schema}.ordokit_migrations`)).map(versionOf);
      if (done.includes(migration.version)) return Math.max(...done);
      for (const statement of splitStatements(renderMigration(migration, schema))) {
        await run(statement);
      }
      await run(`INSERT INTO ${schema}.ordokit_migrations (version, name) VALUES ($1, $2)`, [
        migration.version,
        migration.name,
      ]);
      applied.push(migration.version);
      return Math.max(migration.version, ...done);
    });
  }
  return { applied, current };
}
