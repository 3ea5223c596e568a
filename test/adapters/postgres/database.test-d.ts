import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import { expectTypeOf, test } from 'vitest';
import type {
  PGliteLike,
  PgPoolLike,
  PostgresDatabase,
} from '../../../src/adapters/postgres/index.js';

test('a pg.Pool and a PGlite instance are PostgresDatabases, without importing either', () => {
  expectTypeOf<pg.Pool>().toExtend<PgPoolLike>();
  expectTypeOf<PGlite>().toExtend<PGliteLike>();
  expectTypeOf<pg.Pool>().toExtend<PostgresDatabase>();
  expectTypeOf<PGlite>().toExtend<PostgresDatabase>();
});
