/**
 * Writes the SQL files of `ordokit/postgres` to sql/postgres (part of `npm run schemas`).
 * Stale `.sql` files of that folder are removed; test/adapters/postgres/sqlFiles.test.ts
 * checks the result.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generatePostgresSql, postgresSqlDir } from './postgresSql.js';

const dir = resolve(import.meta.dirname, '..', postgresSqlDir);
const files = generatePostgresSql();
mkdirSync(dir, { recursive: true });
for (const name of readdirSync(dir)) {
  if (name.endsWith('.sql') && !files.has(name)) rmSync(join(dir, name));
}
for (const [name, text] of files) writeFileSync(join(dir, name), text);
console.log(`Wrote ${String(files.size)} SQL files to ${postgresSqlDir}/`);
