import { err, ok, type Result } from '../../result/index.js';
import type {
  StockAppendBatch,
  StockAppendReceipt,
  StockStore,
  StockVersionConflict,
} from '../../ports/index.js';
import {
  checkPublished,
  checkStockBatch,
  levelIdOf,
  readEventWindow,
} from '../_shared/stockInput.js';
import { inTransaction, queryOn, type PostgresDatabase, type RunQuery } from './database.js';
import { checkSchemaName } from './schemaName.js';
import {
  findKeySql,
  loadPublishedSql,
  lockCounterSql,
  lockLevelsSql,
  savePublishedSql,
  writeBatchSql,
} from './stockSql.js';
import {
  levelColumns,
  reservationColumns,
  stockEventColumns,
  toReservation,
  toStoredEvent,
  toStoredLevel,
} from './stockRows.js';

const origin = 'ordokit/postgres';

/** Options of {@link createPostgresStockStore}. */
export interface PostgresStockStoreOptions {
  /** The schema holding the ordokit tables, as given to `migrate` (default `'ordokit'`). */
  readonly schema?: string;
}

type AppendResult = Result<StockAppendReceipt, StockVersionConflict>;

/** Ends an append's transaction with a rollback, carrying what the append answers. */
class Refused extends Error {
  constructor(readonly result: AppendResult) {
    super('ordokit/postgres: stock append refused (rolled back)');
    this.name = 'Refused';
  }
}

/** A row of `lockLevelsSql`. */
interface VersionRow {
  readonly warehouse_id: string;
  readonly sku: string;
  readonly version: number;
}

/** The append's statements, inside its transaction; throws {@link Refused} to roll back. */
async function appendIn(run: RunQuery, schema: string, batch: StockAppendBatch) {
  const { tenantId, key } = batch;
  const n = batch.events.length;
  const [counter] = await run(lockCounterSql(schema), [tenantId, n]);
  const lastSeq = Number((counter as { last_seq: unknown }).last_seq);
  const before = lastSeq - n;
  if (key !== undefined && (await run(findKeySql(schema), [tenantId, key])).length > 0) {
    throw new Refused(ok({ duplicate: true, lastSeq: before }));
  }
  const rows = (await run(lockLevelsSql(schema), [
    tenantId,
    batch.expected.map((e) => e.warehouseId),
    batch.expected.map((e) => e.sku),
  ])) as VersionRow[];
  const versions = new Map(rows.map((r) => [levelIdOf(r.warehouse_id, r.sku), r.version]));
  for (const e of batch.expected) {
    const actual = versions.get(levelIdOf(e.warehouseId, e.sku)) ?? 0;
    if (actual !== e.version) {
      throw new Refused(
        err({
          code: 'stock/version_conflict',
          tenantId,
          warehouseId: e.warehouseId,
          sku: e.sku,
          expectedVersion: e.version,
          actualVersion: actual,
        }),
      );
    }
  }
  const levels = batch.levels.map((l) => ({
    warehouse_id: l.warehouseId,
    sku: l.sku,
    on_hand: l.onHand,
    reserved: l.reserved,
    safety: l.safety,
  }));
  const reservations = batch.reservations.map((r) => ({
    order_id: r.orderId,
    line_id: r.lineId,
    warehouse_id: r.warehouseId,
    sku: r.sku,
    quantity: r.quantity,
  }));
  await run(writeBatchSql(schema), [
    tenantId,
    before + 1,
    JSON.stringify(batch.events),
    JSON.stringify(levels),
    JSON.stringify(reservations.filter((r) => r.quantity === 0)),
    JSON.stringify(reservations.filter((r) => r.quantity > 0)),
    key ?? null,
    lastSeq,
  ]);
  return lastSeq;
}

/**
 * Creates the `StockStore` of `ordokit/postgres` on one schema (the stock tables of
 * migration 3; run {@link migrate} first). It passes `runStockStoreContract`, like the memory
 * stock store:
 *
 * - `append` is one transaction: it first adds the batch's event count to the tenant's row
 *   of `stock_counters`, which locks it (appends of one tenant are serialised, appends of
 *   different tenants never wait for each other, and no two appends can deadlock), then
 *   reads the key and the expected levels (`FOR UPDATE`, in key order), compares versions,
 *   and writes events, levels, reservations and key in one statement. A duplicate key or a
 *   version conflict rolls back: nothing is written, and seqs stay without gaps;
 * - `savePublished` is one statement: a compare-and-set of `stock_checkpoints` and, only when
 *   it moved, the upsert of the figures;
 * - reads are ordered by text columns in `COLLATE "C"` (byte order); events and levels read
 *   back are checked against `StockEventSchema` and `WarehouseStockLevelSchema`: a row that
 *   fails throws `OrdokitError` `store/record_invalid` (records `stock_event`, `stock_level`).
 *
 * A malformed batch or argument is a programmer error and rejects with a `RangeError`, as
 * with the memory store (see `StockAppendBatch`).
 *
 * @param db - a `pg.Pool` (or anything with its `query` and `connect`) or a PGlite instance
 * @param options - the schema (default `'ordokit'`)
 * @returns the stock store
 * @throws OrdokitError `store/schema_name_invalid` when the schema name is not accepted
 * @example
 * ```ts
 * await migrate(pool);
 * const stock = createPostgresStockStore(pool);
 * const levels = await stock.loadLevels('tenant-a', ['MUG']);
 * ```
 */
export function createPostgresStockStore(
  db: PostgresDatabase,
  options: PostgresStockStoreOptions = {},
): StockStore {
  const schema = checkSchemaName(options.schema);
  const run = queryOn(db);
  return {
    async loadLevels(tenantId, skus) {
      if (skus.length === 0) return [];
      const rows = await run(
        `SELECT ${levelColumns} FROM ${schema}.stock_levels
         WHERE tenant_id = $1 AND sku = ANY($2::text[]) ORDER BY warehouse_id, sku`,
        [tenantId, [...new Set(skus)]],
      );
      return rows.map(toStoredLevel);
    },

    async loadReservations(tenantId, orderId) {
      const rows = await run(
        `SELECT ${reservationColumns} FROM ${schema}.stock_reservations
         WHERE tenant_id = $1 AND order_id = $2 ORDER BY line_id, warehouse_id, sku`,
        [tenantId, orderId],
      );
      return rows.map(toReservation);
    },

    async loadReservationsAt(tenantId, warehouseId, sku) {
      const rows = await run(
        `SELECT ${reservationColumns} FROM ${schema}.stock_reservations
         WHERE tenant_id = $1 AND warehouse_id = $2 AND sku = $3 ORDER BY order_id, line_id`,
        [tenantId, warehouseId, sku],
      );
      return rows.map(toReservation);
    },

    async append(batch) {
      checkStockBatch(batch, origin);
      try {
        const lastSeq = await inTransaction(db, (tx) => appendIn(tx, schema, batch));
        return ok({ duplicate: false, lastSeq });
      } catch (error) {
        if (error instanceof Refused) return error.result;
        throw error;
      }
    },

    async loadEvents(tenantId, afterSeq, limit) {
      const max = readEventWindow(afterSeq, limit, origin);
      if (max === 0) return [];
      const rows = await run(
        `SELECT ${stockEventColumns} FROM ${schema}.stock_events
         WHERE tenant_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
        [tenantId, afterSeq, Number.isFinite(max) ? max : null],
      );
      return rows.map(toStoredEvent);
    },

    async loadPublished(tenantId, channel, skus) {
      const [row] = await run(loadPublishedSql(schema), [tenantId, channel, [...skus]]);
      const { checkpoint, figures } = row as { checkpoint: string; figures: [string, unknown][] };
      return {
        checkpoint: Number(checkpoint),
        figures: new Map(figures.map(([sku, n]) => [sku, Number(n)])),
      };
    },

    async savePublished(tenantId, fromSeq, toSeq, figures) {
      checkPublished(fromSeq, toSeq, figures, origin);
      const [row] = await run(savePublishedSql(schema, fromSeq === 0), [
        tenantId,
        fromSeq,
        toSeq,
        JSON.stringify(figures.map(({ channel, sku, quantity }) => ({ channel, sku, quantity }))),
      ]);
      if ((row as { moved: number }).moved > 0) return ok(undefined);
      const [stored] = await run(
        `SELECT seq FROM ${schema}.stock_checkpoints WHERE tenant_id = $1`,
        [tenantId],
      );
      const actualSeq = stored === undefined ? 0 : Number((stored as { seq: unknown }).seq);
      return err({ code: 'stock/checkpoint_conflict', tenantId, expectedSeq: fromSeq, actualSeq });
    },
  };
}
