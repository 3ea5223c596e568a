import { PGlite } from '@electric-sql/pglite';
import { afterAll } from 'vitest';
import {
  createPostgresStorage,
  migrate,
  type PostgresStorage,
} from '../../../src/adapters/postgres/index.js';

let instance: Promise<PGlite> | undefined;
let schemas = 0;

/**
 * The PGlite of this test file, booted on first use (one per file: a boot takes seconds) and
 * closed after the file's tests.
 */
export function sharedPGlite(): Promise<PGlite> {
  if (instance === undefined) {
    instance = PGlite.create();
    afterAll(async () => {
      await (await instance)?.close();
    });
  }
  return instance;
}

/** A fresh schema name of this file: `t1`, `t2`… */
export function freshSchema(): string {
  schemas += 1;
  return `t${String(schemas)}`;
}

/** A storage on a fresh, migrated schema of the shared PGlite; `dispose` drops the schema. */
export async function makePGliteStorage(): Promise<
  PostgresStorage & { readonly db: PGlite; readonly schema: string; dispose(): Promise<void> }
> {
  const db = await sharedPGlite();
  const schema = freshSchema();
  await migrate(db, { schema });
  return {
    ...createPostgresStorage(db, { schema }),
    db,
    schema,
    dispose: async () => {
      await db.query(`DROP SCHEMA ${schema} CASCADE`);
    },
  };
}
