import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { migrate } from '../../../src/adapters/postgres/index.js';
import { startThrowawayCluster, type ThrowawayCluster } from './_cluster.js';

/** A running cluster with the file's admin pool. */
export interface RunningServer {
  readonly cluster: ThrowawayCluster;
  /** The file's own pool (max 10), for setup, checks and `pg_terminate_backend`. */
  readonly pool: pg.Pool;
}

/** The real server of one test file: lazy start, pools, schemas; all stopped in `afterAll`. */
export interface ServerFixture {
  /** The running server; the first call starts it, later calls share the same promise. */
  server(): Promise<RunningServer>;
  /**
   * Opens another pool on the server, ended in `afterAll` (idle clients killed by a test do
   * not crash the process: the pool's `error` events are swallowed).
   *
   * @param max - its size
   */
  openPool(max: number): Promise<pg.Pool>;
  /**
   * Creates a migrated schema with a fresh name (`<prefix>_<n>`).
   *
   * @returns its name
   */
  createSchema(prefix: string): Promise<string>;
  /** Drops a schema made by `createSchema`, with everything in it. */
  dropSchema(schema: string): Promise<void>;
}

/** A pool whose idle clients may be terminated by a test without an unhandled `error`. */
function newPool(connectionString: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString, max, idleTimeoutMillis: 5_000 });
  pool.on('error', () => {
    // A terminated idle client: the pool drops it and opens another one on demand.
  });
  return pool;
}

/**
 * Registers `beforeAll`/`afterAll` hooks that start a throw-away cluster for the calling test
 * file and stop it afterwards, whether the tests passed or not. The contract suites register
 * their tests at import time, so the server is reached through `server()`, which starts the
 * cluster on first use (in `beforeAll`) and shares it.
 *
 * @returns the fixture
 */
export function useServer(): ServerFixture {
  let running: Promise<RunningServer> | undefined;
  const pools: pg.Pool[] = [];
  let schemas = 0;
  const server = () => {
    running ??= startThrowawayCluster().then((cluster) => {
      const pool = newPool(cluster.connectionString, 10);
      pools.push(pool);
      return { cluster, pool };
    });
    return running;
  };
  beforeAll(async () => {
    await server();
  }, 60_000);
  afterAll(async () => {
    // A failed start cleaned up after itself and failed `beforeAll` with its reason.
    const started = await running?.catch(() => undefined);
    if (started === undefined) return;
    try {
      await Promise.allSettled(pools.map((p) => p.end()));
    } finally {
      await started.cluster.stop();
    }
  }, 60_000);
  return {
    server,
    async openPool(max) {
      const { cluster } = await server();
      const pool = newPool(cluster.connectionString, max);
      pools.push(pool);
      return pool;
    },
    async createSchema(prefix) {
      const { pool } = await server();
      schemas += 1;
      const schema = `${prefix}_${schemas}`;
      await migrate(pool, { schema });
      return schema;
    },
    async dropSchema(schema) {
      const { pool } = await server();
      await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    },
  };
}
