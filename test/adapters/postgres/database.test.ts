import { describe, expect, it } from 'vitest';
import { inTransaction, type PgPoolLike } from '../../../src/adapters/postgres/database.js';
import { migrate, postgresMigrations } from '../../../src/adapters/postgres/index.js';
import { sharedPGlite } from './_pglite.js';

/** A pool whose one connection records statements and releases; `fail` makes a statement throw. */
function recordingPool(fail: (text: string) => Error | undefined = () => undefined) {
  const statements: string[] = [];
  const releases: (Error | boolean | undefined)[] = [];
  const client = {
    query(text: string) {
      statements.push(text.trim().split(/\s+/)[0] ?? '');
      const error = fail(text);
      return error === undefined
        ? Promise.resolve({ rows: [{ value: 1 }], rowCount: 1 })
        : Promise.reject(error);
    },
    release(err?: Error | boolean) {
      releases.push(err);
    },
  };
  const pool: PgPoolLike = {
    query: (text) => client.query(text),
    connect: () => Promise.resolve(client),
  };
  return { pool, statements, releases };
}

describe('transactions on a pool', () => {
  it('connect, BEGIN, the work, COMMIT, release', async () => {
    const { pool, statements, releases } = recordingPool();
    const value = await inTransaction(pool, async (run) => (await run('SELECT 1')).length);
    expect(value).toBe(1);
    expect(statements).toEqual(['BEGIN', 'SELECT', 'COMMIT']);
    expect(releases).toEqual([undefined]);
  });

  it('rolls back when the work throws, and gives the connection back', async () => {
    const boom = new Error('boom');
    const { pool, statements, releases } = recordingPool((t) =>
      t === 'SELECT 2' ? boom : undefined,
    );
    await expect(inTransaction(pool, (run) => run('SELECT 2'))).rejects.toBe(boom);
    expect(statements).toEqual(['BEGIN', 'SELECT', 'ROLLBACK']);
    expect(releases).toEqual([undefined]);
  });

  it('releases a broken connection with the error, so the pool drops it', async () => {
    const lost = new Error('Connection terminated unexpectedly');
    const { pool, releases } = recordingPool((t) => (t === 'BEGIN' ? undefined : lost));
    await expect(inTransaction(pool, (run) => run('SELECT 3'))).rejects.toBe(lost);
    expect(releases).toEqual([lost]);
  });

  it('migrates through a pool-shaped database too', async () => {
    const db = await sharedPGlite();
    let released = 0;
    const pool: PgPoolLike = {
      query: async (text, values) => ({ ...(await db.query(text, values)), rowCount: null }),
      connect: () =>
        Promise.resolve({
          query: async (text: string, values?: unknown[]) => ({
            ...(await db.query(text, values)),
            rowCount: null,
          }),
          release: () => {
            released += 1;
          },
        }),
    };
    const report = await migrate(pool, { schema: 'through_pool' });
    expect(report.applied).toEqual(postgresMigrations.map((m) => m.version));
    expect(released).toBe(postgresMigrations.length);
  });
});
