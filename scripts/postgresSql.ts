/**
 * The SQL files of `ordokit/postgres`: one per migration of `postgresMigrations`, for the
 * schema `ordokit`, written to sql/postgres/<version>_<name>.sql. Shared by
 * `scripts/writePostgresSql.ts` (`npm run schemas` writes them) and
 * `test/adapters/postgres/sqlFiles.test.ts` (which fails when they are stale).
 *
 * Each file is one transaction that also keeps `ordokit.ordokit_migrations` as `migrate`
 * does, so a host may run the files with its own tool and still call `migrate` later.
 */
import {
  bookkeepingSql,
  postgresMigrations,
  renderMigration,
} from '../src/adapters/postgres/migrations.js';

/** The folder the files are written to, relative to the repository root. */
export const postgresSqlDir = 'sql/postgres';

/** The schema the shipped files use. */
const schema = 'ordokit';

/**
 * Every SQL file, by file name.
 *
 * @returns `0001_initial.sql` → its text, in version order
 */
export function generatePostgresSql(): Map<string, string> {
  const files = new Map<string, string>();
  for (const m of postgresMigrations) {
    const name = `${String(m.version).padStart(4, '0')}_${m.name}.sql`;
    const text = [
      `-- ordokit PostgreSQL migration ${String(m.version)}: ${m.name} (schema ${schema}).`,
      '-- Generated from postgresMigrations by `npm run schemas`: do not edit.',
      '-- Apply the files in order, once each; `migrate()` from ordokit/postgres does the same.',
      'BEGIN;',
      `SELECT pg_advisory_xact_lock(hashtext('ordokit.migrate'), hashtext('${schema}'));`,
      bookkeepingSql(schema).trimEnd(),
      renderMigration(m, schema).trimEnd(),
      `INSERT INTO ${schema}.ordokit_migrations (version, name) VALUES (${String(m.version)}, '${m.name}');`,
      'COMMIT;',
      '',
    ].join('\n');
    files.set(name, text);
  }
  return files;
}
