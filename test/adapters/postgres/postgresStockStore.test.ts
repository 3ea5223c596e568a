import { describe, expect, it } from 'vitest';
import { createPostgresStockStore } from '../../../src/adapters/postgres/index.js';
import { formatError, isOrdokitError, type StoreRecordInvalid } from '../../../src/index.js';
import {
  adjusted,
  levelOf,
  receiveBatch,
  stockBatch,
} from '../../../src/testing/contracts/_internal/stockFixtures.js';
import { makePGliteStorage, sharedPGlite } from './_pglite.js';

const tenantId = 'tenant-a';

/** What a call threw, or undefined. */
async function thrownBy(call: () => Promise<unknown>): Promise<unknown> {
  return call().then(
    () => undefined,
    (e: unknown) => e,
  );
}

/** The detail of a `store/record_invalid` error, or a failure. */
function detailOf(thrown: unknown): StoreRecordInvalid {
  if (!isOrdokitError(thrown) || thrown.code !== 'store/record_invalid') {
    throw new Error(`expected store/record_invalid, got ${String(thrown)}`);
  }
  return thrown.detail as StoreRecordInvalid;
}

describe('createPostgresStockStore', () => {
  it('works on the same tables as the stock of createPostgresStorage', async () => {
    const s = await makePGliteStorage();
    try {
      const stock = createPostgresStockStore(s.db, { schema: s.schema });
      expect((await s.stock.append(receiveBatch(['paris', 'MUG'], 0, 0, 5))).ok).toBe(true);
      expect(await stock.loadLevels(tenantId, ['MUG'])).toEqual(
        await s.stock.loadLevels(tenantId, ['MUG']),
      );
      const rows = await s.db.query<{ type: string; warehouse_id: string; at: string }>(
        `SELECT type, warehouse_id, at FROM ${s.schema}.stock_events`,
      );
      expect(rows.rows).toEqual([
        { type: 'stock.adjusted', warehouse_id: 'paris', at: '2025-03-01T09:00:00.000Z' },
      ]);
    } finally {
      await s.dispose();
    }
  });

  it('keeps figures and seqs beyond 32 bits exactly (bigint columns)', async () => {
    const s = await makePGliteStorage();
    try {
      const big = 2 ** 40 + 1;
      const batch = stockBatch({
        expected: [[['paris', 'MUG'], 0]],
        events: [adjusted(['paris', 'MUG'], big)],
        levels: [levelOf(['paris', 'MUG'], big, big - 1, 3)],
      });
      expect((await s.stock.append(batch)).ok).toBe(true);
      expect(await s.stock.loadLevels(tenantId, ['MUG'])).toEqual([
        { level: levelOf(['paris', 'MUG'], big, big - 1, 3), version: 1 },
      ]);
      await s.db.query(`UPDATE ${s.schema}.stock_counters SET last_seq = $1`, [2 ** 33]);
      const next = await s.stock.append(receiveBatch(['paris', 'MUG'], 1, big, 1));
      expect(next).toEqual({ ok: true, value: { duplicate: false, lastSeq: 2 ** 33 + 1 } });
      const [event] = await s.stock.loadEvents(tenantId, 2 ** 33, 10);
      expect(event?.seq).toBe(2 ** 33 + 1);
      expect((await s.stock.savePublished(tenantId, 0, 2 ** 33, [])).ok).toBe(true);
      expect((await s.stock.loadPublished(tenantId, 'web', [])).checkpoint).toBe(2 ** 33);
    } finally {
      await s.dispose();
    }
  });

  it('reads a stock event changed in the database as store/record_invalid', async () => {
    const s = await makePGliteStorage();
    try {
      expect((await s.stock.append(receiveBatch(['paris', 'MUG'], 0, 0, 5))).ok).toBe(true);
      await s.db.query(
        `UPDATE ${s.schema}.stock_events SET event = jsonb_set(event, '{data,delta}', '0')`,
      );
      const expected: StoreRecordInvalid = {
        code: 'store/record_invalid',
        record: 'stock_event',
        tenantId,
        seq: 1,
        path: ['data', 'delta'],
      };
      const detail = detailOf(await thrownBy(() => s.stock.loadEvents(tenantId, 0, 10)));
      expect(detail).toEqual(expected);
      expect(formatError(detail, 'en')).toBe(
        'A stored stock event (tenant tenant-a, seq 1) does not match its schema at /data/delta. ' +
          'It was changed outside ordokit or written by another version: restore it from the ' +
          'events or a backup.',
      );
      expect(formatError(detail, 'fr')).toContain(
        'Un événement de stock enregistré (client tenant-a, seq 1)',
      );
    } finally {
      await s.dispose();
    }
  });

  it('reads a stock level changed in the database as store/record_invalid', async () => {
    const s = await makePGliteStorage();
    try {
      expect((await s.stock.append(receiveBatch(['paris', 'MUG'], 0, 0, 5))).ok).toBe(true);
      await s.db.query(`UPDATE ${s.schema}.stock_levels SET warehouse_id = ' paris'`);
      const detail = detailOf(await thrownBy(() => s.stock.loadLevels(tenantId, ['MUG'])));
      expect(detail).toEqual({
        code: 'store/record_invalid',
        record: 'stock_level',
        tenantId,
        warehouseId: ' paris',
        sku: 'MUG',
        path: ['warehouseId'],
      });
      expect(formatError(detail, 'en')).toContain(
        'A stored stock level of MUG in warehouse  paris (tenant tenant-a)',
      );
      expect(formatError(detail, 'fr')).toContain(
        "Le niveau de stock enregistré de MUG dans l'entrepôt  paris (client tenant-a)",
      );
    } finally {
      await s.dispose();
    }
  });

  it('rejects malformed batches with a RangeError before touching the database', async () => {
    const s = await makePGliteStorage();
    try {
      const bad = { ...receiveBatch(['paris', 'MUG'], 0, 0, 5), events: [] };
      const thrown = await thrownBy(() => s.stock.append(bad));
      expect(thrown).toBeInstanceOf(RangeError);
      expect((thrown as RangeError).message).toBe(
        'ordokit/postgres: stock append (tenant tenant-a): a batch has at least one event',
      );
      const counters = await s.db.query(`SELECT * FROM ${s.schema}.stock_counters`);
      expect(counters.rows).toEqual([]);
    } finally {
      await s.dispose();
    }
  });

  it('refuses a schema name it cannot write into SQL', async () => {
    const db = await sharedPGlite();
    const thrown = await thrownBy(() =>
      Promise.resolve().then(() => createPostgresStockStore(db, { schema: 'Bad-Name' })),
    );
    expect(isOrdokitError(thrown) && thrown.code).toBe('store/schema_name_invalid');
  });
});
