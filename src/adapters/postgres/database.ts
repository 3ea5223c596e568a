/**
 * Anything with pg's `query` signature: a `pg.Pool`, a `pg.Client`, a `PoolClient`.
 * Structural: ordokit never imports `pg`.
 */
export interface PgQueryable {
  /**
   * Runs one statement with `$1`, `$2`… parameters.
   *
   * @param text - the SQL
   * @param values - the parameters
   * @returns the rows and the number of rows the statement touched
   */
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[]; rowCount: number | null }>;
}

/** A connection taken from a pool: give it back with `release` (with an error to discard it). */
export interface PgPoolClientLike extends PgQueryable {
  /**
   * Returns the connection to its pool.
   *
   * @param err - an error (or `true`) when the connection is broken: the pool closes it
   */
  release(err?: Error | boolean): void;
}

/** A `pg.Pool` (or anything shaped like it): statements, and connections for transactions. */
export interface PgPoolLike extends PgQueryable {
  /**
   * Takes a connection from the pool.
   *
   * @returns a connection, to release when done
   */
  connect(): Promise<PgPoolClientLike>;
}

/** What a PGlite transaction offers: statements on the transaction's connection. */
export interface PGliteTransactionLike {
  /**
   * Runs one statement with `$1`, `$2`… parameters inside the transaction.
   *
   * @param text - the SQL
   * @param values - the parameters
   * @returns the rows and, for writes, the number of rows touched
   */
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[]; affectedRows?: number }>;
}

/**
 * A PGlite instance (`@electric-sql/pglite`), or anything shaped like it. Structural: ordokit
 * never imports PGlite.
 */
export interface PGliteLike extends PGliteTransactionLike {
  /**
   * Runs `fn` in a transaction: committed when it resolves, rolled back when it rejects.
   *
   * @param fn - the work, given the transaction
   * @returns what `fn` resolved with
   */
  transaction<T>(fn: (tx: PGliteTransactionLike) => Promise<T>): Promise<T>;
}

/**
 * The databases `ordokit/postgres` works on: a `pg.Pool` (PostgreSQL server) or a PGlite
 * instance (PostgreSQL in WebAssembly, in process). Both run the same SQL.
 *
 * @example
 * ```ts
 * const pool: PostgresDatabase = new pg.Pool({ connectionString: process.env.DATABASE_URL });
 * const pglite: PostgresDatabase = await PGlite.create();
 * ```
 */
export type PostgresDatabase = PgPoolLike | PGliteLike;

/** One statement on a database or a transaction: rows as plain objects. */
export type RunQuery = (text: string, values?: readonly unknown[]) => Promise<unknown[]>;

/** Tells a PGlite-like database from a pool by its shape (PGlite has `transaction`). */
function isPGlite(db: PostgresDatabase): db is PGliteLike {
  return typeof (db as Partial<PGliteLike>).transaction === 'function';
}

/** The `query` of any queryable, as a {@link RunQuery}. */
function runnerOf(target: PgQueryable | PGliteTransactionLike): RunQuery {
  return async (text, values) => (await target.query(text, values ? [...values] : [])).rows;
}

/**
 * Runs one statement outside any explicit transaction (autocommit: the statement is atomic).
 *
 * @param db - the database
 * @returns a function running statements on it
 */
export function queryOn(db: PostgresDatabase): RunQuery {
  return runnerOf(db);
}

/**
 * Runs `work` in one transaction. On a pool: a connection, `BEGIN`, the work, `COMMIT` (or
 * `ROLLBACK` when the work throws), then the connection goes back to the pool; when `ROLLBACK`
 * itself fails the connection is broken and is released with the error, so the pool drops it.
 * On PGlite: its own `transaction`.
 *
 * @param db - the database
 * @param work - the statements, given a function that runs them in the transaction
 * @returns what `work` resolved with, once committed
 * @throws whatever `work` or the database threw (the transaction is rolled back)
 */
export async function inTransaction<T>(
  db: PostgresDatabase,
  work: (run: RunQuery) => Promise<T>,
): Promise<T> {
  if (isPGlite(db)) return db.transaction((tx) => work(runnerOf(tx)));
  const client = await db.connect();
  const run = runnerOf(client);
  let broken: Error | undefined;
  try {
    await run('BEGIN');
    const result = await work(run);
    await run('COMMIT');
    return result;
  } catch (error) {
    try {
      await run('ROLLBACK');
    } catch (rollbackError) {
      broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
    }
    throw error;
  } finally {
    client.release(broken);
  }
}
