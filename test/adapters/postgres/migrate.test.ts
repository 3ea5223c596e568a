import { describe, expect, it } from 'vitest';
import {
  createPostgresStorage,
  migrate,
  postgresMigrations,
} from '../../../src/adapters/postgres/index.js';
import { formatError, isOrdokitError } from '../../../src/index.js';
import { freshSchema, sharedPGlite } from './_pglite.js';

const versions = postgresMigrations.map((m) => m.version);
const latest = Math.max(...versions);

/** The versions recorded in a schema's bookkeeping table. */
async function recorded(schema: string): Promise<number[]> {
  const db = await sharedPGlite();
  const result = await db.query<{ version: number }>(
    `SELECT version FROM ${schema}.ordokit_migrations ORDER BY version`,
  );
  return result.rows.map((r) => r.version);
}

describe('migrate', () => {
  it('numbers migrations 1, 2, 3… with snake_case names', () => {
    expect(versions).toEqual(versions.map((_, i) => i + 1));
    for (const m of postgresMigrations) expect(m.name).toMatch(/^[a-z][a-z0-9_]*$/);
  });

  it('applies every migration once; a second run applies nothing', async () => {
    const db = await sharedPGlite();
    const schema = freshSchema();
    expect(await migrate(db, { schema })).toEqual({ applied: versions, current: latest });
    expect(await migrate(db, { schema })).toEqual({ applied: [], current: latest });
    expect(await recorded(schema)).toEqual(versions);
    const tables = await db.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = $1
       ORDER BY table_name`,
      [schema],
    );
    expect(tables.rows.map((r) => r.table_name)).toEqual([
      'action_journal',
      'order_events',
      'orders',
      'ordokit_migrations',
      'outbox_messages',
      'stock_batch_keys',
      'stock_checkpoints',
      'stock_counters',
      'stock_events',
      'stock_levels',
      'stock_published',
      'stock_reservations',
    ]);
  });

  it('three migrations at once apply each version once', async () => {
    const db = await sharedPGlite();
    const schema = freshSchema();
    const reports = await Promise.all([1, 2, 3].map(() => migrate(db, { schema })));
    expect(reports.flatMap((r) => r.applied).sort()).toEqual(versions);
    for (const report of reports) expect(report.current).toBe(latest);
    expect(await recorded(schema)).toEqual(versions);
  });

  it('uses the schema ordokit by default', async () => {
    const db = await sharedPGlite();
    await migrate(db);
    expect(await recorded('ordokit')).toEqual(versions);
    const { store } = createPostgresStorage(db);
    expect(await store.load('tenant-a', 'o-1')).toBeUndefined();
  });

  it.each(['', 'Ordokit', '1abc', 'a-b', 'a;drop table x', 'a'.repeat(64), 'ordo kit'])(
    'refuses the schema name %j with store/schema_name_invalid',
    async (schema) => {
      const db = await sharedPGlite();
      const thrown = await migrate(db, { schema }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(isOrdokitError(thrown) && thrown.detail).toEqual({
        code: 'store/schema_name_invalid',
        schema,
      });
      expect(() => createPostgresStorage(db, { schema })).toThrow(/not an accepted schema name/);
    },
  );

  it('accepts a 63-character schema name and renders the error in both languages', async () => {
    const db = await sharedPGlite();
    const schema = `_${'a1'.repeat(31)}`;
    expect(schema).toHaveLength(63);
    expect((await migrate(db, { schema })).current).toBe(latest);
    const error = { code: 'store/schema_name_invalid', schema: 'A-B' } as const;
    expect(formatError(error, 'en')).toContain('"A-B"');
    expect(formatError(error, 'fr')).toContain('« A-B »');
  });
});
