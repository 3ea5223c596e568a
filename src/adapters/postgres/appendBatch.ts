import { err, ok, type Result } from '../../result/index.js';
import type { OrderEvent } from '../../order/index.js';
import type {
  AppendBatch,
  AppendReceipt,
  OutboxMessageDraft,
  StoreAppendError,
} from '../../ports/index.js';
import { checkBatch } from '../_shared/checkBatch.js';
import { insertOrderSql, updateOrderSql } from './appendSql.js';
import { insertNewOrders, toMessageRow, type NewOrdersWritten } from './insertNewOrders.js';
import type { RunQuery } from './database.js';
import { toTimestamp } from './rows.js';

const origin = 'ordokit/postgres';

/**
 * The messages of a batch to write: the first of each key (the database skips keys the
 * tenant already has).
 *
 * @throws RangeError when two messages written have the same id
 */
function newMessages(messages: readonly OutboxMessageDraft[]): OutboxMessageDraft[] {
  const keys = new Set<string>();
  const ids = new Set<string>();
  const fresh: OutboxMessageDraft[] = [];
  for (const m of messages) {
    if (keys.has(m.key)) continue;
    if (ids.has(m.messageId)) {
      throw new RangeError(`${origin}: message id ${m.messageId} is used twice in the batch`);
    }
    keys.add(m.key);
    ids.add(m.messageId);
    fresh.push(m);
  }
  return fresh;
}

/** The error of a unique violation on the outbox's primary key: a reused message id. */
function isMessageIdTaken(error: unknown): boolean {
  const e = error as { code?: unknown; constraint?: unknown } | null;
  return e?.code === '23505' && e.constraint === 'outbox_messages_pkey';
}

/** The parameters shared by both append statements. */
function commonParams(batch: AppendBatch, fresh: readonly OutboxMessageDraft[]): unknown[] {
  const last = batch.events[batch.events.length - 1] as OrderEvent;
  const messages = fresh.map(toMessageRow);
  return [
    batch.tenantId,
    batch.orderId,
    batch.state.version,
    batch.state.status,
    [...new Set(batch.state.holds.map((h) => h.reasonCode))],
    JSON.stringify(batch.state),
    last.at,
    toTimestamp(last.at, 'event at'),
    JSON.stringify(batch.events),
    JSON.stringify(messages),
  ];
}

/** Why an append wrote nothing: the order's version moved, or its channel reference is taken. */
async function conflictOf(run: RunQuery, schema: string, batch: AppendBatch) {
  const { tenantId, orderId, expectedVersion } = batch;
  const [found] = await run(
    `SELECT version FROM ${schema}.orders WHERE tenant_id = $1 AND order_id = $2`,
    [tenantId, orderId],
  );
  const actualVersion = found === undefined ? 0 : Number((found as { version: unknown }).version);
  if (actualVersion !== expectedVersion || expectedVersion !== 0) {
    return err<StoreAppendError>({
      code: 'store/version_conflict',
      tenantId,
      orderId,
      expectedVersion,
      actualVersion,
    });
  }
  const { channel, channelOrderRef } = batch.state.order.channelRef;
  const [owner] = await run(
    `SELECT order_id FROM ${schema}.orders
     WHERE tenant_id = $1 AND channel = $2 AND channel_order_ref = $3`,
    [tenantId, channel, channelOrderRef],
  );
  if (owner === undefined) {
    throw new Error(`${origin}: append of ${orderId} wrote nothing and no conflict was found`);
  }
  const existingOrderId = (owner as { order_id: string }).order_id;
  return err<StoreAppendError>({
    code: 'store/channel_ref_taken',
    tenantId,
    channel,
    channelOrderRef,
    existingOrderId,
  });
}

/**
 * `OrderStore.append`: one statement, then one more read when it wrote nothing.
 *
 * @param run - runs statements (on the database, or in a transaction)
 * @param schema - a checked schema name
 * @param batch - the batch
 * @returns the receipt, or why the batch was refused
 * @throws RangeError when the batch is malformed or reuses a message id of the tenant
 */
export async function appendBatch(
  run: RunQuery,
  schema: string,
  batch: AppendBatch,
): Promise<Result<AppendReceipt, StoreAppendError>> {
  checkBatch(batch, origin);
  const fresh = newMessages(batch.messages);
  const params = commonParams(batch, fresh);
  let rows: unknown[];
  try {
    if (batch.expectedVersion === 0) {
      const first = batch.events[0] as OrderEvent;
      const ref = batch.state.order.channelRef;
      rows = await run(insertOrderSql(schema), [
        ...params,
        ref.channel,
        ref.channelOrderRef,
        first.at,
        toTimestamp(first.at, 'event at'),
      ]);
    } else {
      rows = await run(updateOrderSql(schema), [...params, batch.expectedVersion]);
    }
  } catch (error) {
    if (!isMessageIdTaken(error)) throw error;
    throw new RangeError(
      `${origin}: append of order ${batch.orderId}: a message id is already used in tenant ${batch.tenantId}`,
      { cause: error },
    );
  }
  const result = rows[0] as { written: unknown; message_ids: string[] } | undefined;
  if (result === undefined || Number(result.written) === 0) {
    return conflictOf(run, schema, batch);
  }
  const written = new Set(result.message_ids);
  return ok({
    version: batch.state.version,
    messageIds: fresh.filter((m) => written.has(m.messageId)).map((m) => m.messageId),
  });
}

/** Carries a refused batch out of the transaction, so that it rolls back. */
class Refused extends Error {
  constructor(readonly result: Result<never, StoreAppendError>) {
    super('ordokit/postgres: appendMany refused a batch');
  }
}

/**
 * The messages of each batch to write: the first of each key across the whole call (the
 * database skips keys the tenant already has).
 *
 * @throws RangeError when two messages of the call have the same id
 */
function messagesAcross(batches: readonly AppendBatch[]): OutboxMessageDraft[][] {
  const keys = new Set<string>();
  const ids = new Set<string>();
  return batches.map((batch) =>
    batch.messages.filter((m) => {
      const key = JSON.stringify([m.tenantId, m.key]);
      if (keys.has(key)) return false;
      const id = JSON.stringify([m.tenantId, m.messageId]);
      if (ids.has(id)) {
        throw new RangeError(`${origin}: message id ${m.messageId} is used twice in appendMany`);
      }
      keys.add(key);
      ids.add(id);
      return true;
    }),
  );
}

/** Checks each batch and that no two are for the same order. */
function checkBatches(batches: readonly AppendBatch[]): void {
  const orders = new Set<string>();
  for (const batch of batches) {
    checkBatch(batch, origin);
    const id = JSON.stringify([batch.tenantId, batch.orderId]);
    if (orders.has(id)) {
      throw new RangeError(
        `${origin}: appendMany got two batches for order ${batch.orderId} (tenant ${batch.tenantId})`,
      );
    }
    orders.add(id);
  }
}

/** Writes the batches in the transaction: the new orders in one statement, then each update. */
async function writeAll(
  run: RunQuery,
  schema: string,
  batches: readonly AppendBatch[],
  messages: readonly OutboxMessageDraft[][],
): Promise<AppendReceipt[]> {
  const receipts: (AppendReceipt | undefined)[] = batches.map(() => undefined);
  const refusals: (Result<never, StoreAppendError> | undefined)[] = batches.map(() => undefined);
  const fresh = [...batches.keys()].filter((i) => batches[i]?.expectedVersion === 0);
  if (fresh.length > 0) {
    const pick = <T>(list: readonly T[]) => fresh.map((i) => list[i] as T);
    let written: NewOrdersWritten;
    try {
      written = await insertNewOrders(run, schema, pick(batches), pick(messages));
    } catch (error) {
      if (!isMessageIdTaken(error)) throw error;
      throw new RangeError(`${origin}: appendMany: a message id is already used`, {
        cause: error,
      });
    }
    for (const i of fresh) {
      const batch = batches[i] as AppendBatch;
      if (!written.orders.has(JSON.stringify([batch.tenantId, batch.orderId]))) {
        refusals[i] = await conflictOf(run, schema, batch);
        continue;
      }
      const ids = (messages[i] ?? []).filter((m) =>
        written.messages.has(JSON.stringify([m.tenantId, m.messageId])),
      );
      receipts[i] = { version: batch.state.version, messageIds: ids.map((m) => m.messageId) };
    }
  }
  for (const [i, batch] of batches.entries()) {
    if (batch.expectedVersion === 0) continue;
    const result = await appendBatch(run, schema, { ...batch, messages: messages[i] ?? [] });
    if (result.ok) receipts[i] = result.value;
    else refusals[i] = result;
  }
  const refused = refusals.find((r) => r !== undefined);
  if (refused !== undefined) throw new Refused(refused);
  return receipts as AppendReceipt[];
}

/**
 * `OrderStore.appendMany`, in one transaction: the new orders in one statement (order rows,
 * events and messages from JSON arrays), then one statement per update; rolled back when a
 * batch is refused (the first refused batch's error, in the order given, is returned).
 *
 * @param transaction - runs work in one transaction
 * @param schema - a checked schema name
 * @param batches - batches of distinct orders
 * @returns the receipts in batch order, or the first refused batch's error
 * @throws RangeError when a batch is malformed, two batches are for the same order, or a
 *   message id is used twice (before anything is written)
 */
export async function appendBatches(
  transaction: <T>(work: (run: RunQuery) => Promise<T>) => Promise<T>,
  schema: string,
  batches: readonly AppendBatch[],
): Promise<Result<readonly AppendReceipt[], StoreAppendError>> {
  checkBatches(batches);
  if (batches.length === 0) return ok([]);
  const messages = messagesAcross(batches);
  try {
    return ok(await transaction((run) => writeAll(run, schema, batches, messages)));
  } catch (error) {
    if (error instanceof Refused) return error.result;
    throw error;
  }
}
