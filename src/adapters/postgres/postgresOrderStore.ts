import type { OrderPage, OrderQuery, OrderStore } from '../../ports/index.js';
import { decodeCursor, encodeCursor } from '../_shared/cursor.js';
import { pageSize } from '../_shared/pageSize.js';
import { appendBatch, appendBatches } from './appendBatch.js';
import { inTransaction, queryOn, type PostgresDatabase, type RunQuery } from './database.js';
import { eventColumns, orderColumns, toEvent, toOrderRecord, toTimestamp } from './rows.js';

const origin = 'ordokit/postgres';

/** `OrderStore.list`: filters in SQL, keyset pagination on `order_id` (byte order). */
async function listOrders(
  run: RunQuery,
  schema: string,
  tenantId: string,
  query: OrderQuery,
): Promise<OrderPage> {
  const limit = pageSize(query.limit);
  const params: unknown[] = [tenantId];
  const where = ['tenant_id = $1'];
  const add = (condition: (n: string) => string, value: unknown) => {
    params.push(value);
    where.push(condition(`$${params.length}`));
  };
  if (query.cursor !== undefined) {
    const after = decodeCursor(query.cursor);
    if (after === undefined) {
      throw new RangeError(`${origin}: not a cursor of this store: ${query.cursor}`);
    }
    add((n) => `order_id > ${n}`, after);
  }
  if (query.status !== undefined) add((n) => `status = ANY(${n}::text[])`, [...query.status]);
  if (query.holdReason !== undefined) add((n) => `${n} = ANY(hold_reasons)`, query.holdReason);
  if (query.channel !== undefined) add((n) => `channel = ${n}`, query.channel);
  if (query.capturedBefore !== undefined) {
    const before = toTimestamp(query.capturedBefore, 'capturedBefore');
    add((n) => `captured_at_ts < ${n}::timestamptz`, before);
  }
  if (query.updatedBefore !== undefined) {
    const before = toTimestamp(query.updatedBefore, 'updatedBefore');
    add((n) => `updated_at_ts < ${n}::timestamptz`, before);
  }
  params.push(limit + 1);
  const rows = await run(
    `SELECT ${orderColumns} FROM ${schema}.orders WHERE ${where.join(' AND ')}
     ORDER BY order_id LIMIT $${params.length}`,
    params,
  );
  const items = rows.slice(0, limit).map(toOrderRecord);
  const last = items[items.length - 1];
  return rows.length > limit && last !== undefined
    ? { items, nextCursor: encodeCursor(last.state.orderId) }
    : { items };
}

/**
 * The `OrderStore` of `ordokit/postgres` on one schema. Each call is one statement run in
 * autocommit (an append that is refused reads once more to say why); `appendMany` runs one
 * such statement per batch in one transaction.
 *
 * @param db - the database
 * @param schema - a checked schema name
 * @returns the store
 */
export function createPostgresOrderStore(db: PostgresDatabase, schema: string): OrderStore {
  const run = queryOn(db);
  const selectOrder = `SELECT ${orderColumns} FROM ${schema}.orders`;
  return {
    async load(tenantId, orderId) {
      const [row] = await run(`${selectOrder} WHERE tenant_id = $1 AND order_id = $2`, [
        tenantId,
        orderId,
      ]);
      return row === undefined ? undefined : toOrderRecord(row);
    },

    async findByChannelRef(tenantId, channel, channelOrderRef) {
      const [row] = await run(
        `${selectOrder} WHERE tenant_id = $1 AND channel = $2 AND channel_order_ref = $3`,
        [tenantId, channel, channelOrderRef],
      );
      return row === undefined ? undefined : toOrderRecord(row);
    },

    async findOrderIds(tenantId, channel, channelOrderRefs) {
      const rows = await run(
        `SELECT channel_order_ref, order_id FROM ${schema}.orders
         WHERE tenant_id = $1 AND channel = $2 AND channel_order_ref = ANY($3::text[])`,
        [tenantId, channel, [...channelOrderRefs]],
      );
      const found = new Map<string, string>();
      for (const row of rows as { channel_order_ref: string; order_id: string }[]) {
        found.set(row.channel_order_ref, row.order_id);
      }
      return found;
    },

    async loadEvents(tenantId, orderId, fromSeq = 1) {
      const rows = await run(
        `SELECT ${eventColumns} FROM ${schema}.order_events
         WHERE tenant_id = $1 AND order_id = $2 AND seq >= $3::float8 ORDER BY seq`,
        [tenantId, orderId, String(fromSeq)],
      );
      return rows.map(toEvent);
    },

    append: (batch) => appendBatch(run, schema, batch),

    appendMany: (batches) => appendBatches((work) => inTransaction(db, work), schema, batches),

    list: (tenantId, query = {}) => listOrders(run, schema, tenantId, query),
  };
}
