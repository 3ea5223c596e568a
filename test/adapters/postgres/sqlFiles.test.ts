import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatePostgresSql, postgresSqlDir } from '../../../scripts/postgresSql.js';
import { migrate, postgresMigrations } from '../../../src/adapters/postgres/index.js';
import { splitStatements } from '../../../src/adapters/postgres/migrations.js';
import { sharedPGlite } from './_pglite.js';

const dir = resolve(import.meta.dirname, '../../..', postgresSqlDir);
const generated = generatePostgresSql();

describe('sql/postgres', () => {
  it('has one file per migration, named <version>_<name>.sql', () => {
    expect([...generated.keys()]).toEqual(
      postgresMigrations.map((m) => `${String(m.version).padStart(4, '0')}_${m.name}.sql`),
    );
  });

  it.each([...generated])('%s is up to date', (name, text) => {
    const file = join(dir, name);
    const stale = `${postgresSqlDir}/${name} is missing or stale: run \`npm run schemas\``;
    expect(existsSync(file), stale).toBe(true);
    expect(readFileSync(file, 'utf8') === text, stale).toBe(true);
  });

  it('holds no file that is no longer generated', () => {
    const extra = readdirSync(dir).filter((n) => n.endsWith('.sql') && !generated.has(n));
    expect(extra, `remove ${extra.join(', ')}: run \`npm run schemas\``).toEqual([]);
  });

  it('makes the schema migrate makes: migrate finds nothing left to apply', async () => {
    const db = await sharedPGlite();
    for (const text of generated.values()) {
      for (const statement of splitStatements(text.replace(/^--.*$/gm, ''))) {
        await db.query(statement);
      }
    }
    const latest = Math.max(...postgresMigrations.map((m) => m.version));
    expect(await migrate(db)).toEqual({ applied: [], current: latest });
    const tables = await db.query<{ n: number }>(
      `SELECT count(*)::integer AS n FROM information_schema.tables WHERE table_schema = 'ordokit'`,
    );
    // Migration 1: 4 tables with the bookkeeping one; 2: 1; 3 (stock): 7.
    expect(tables.rows[0]?.n).toBe(12);
  });
});
