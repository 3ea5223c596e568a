import type { OrderEvent } from '../../order/index.js';
import type { AppendBatch, OutboxMessageDraft } from '../../ports/index.js';
import type { RunQuery } from './database.js';
import { toTimestamp } from './rows.js';

/**
 * The statements that capture many new orders at once, each reading a JSON array: every order
 * row (an order whose id or channel reference exists is skipped, `ON CONFLICT DO NOTHING`),
 * then, only when every order was written, every event and every message. Three simple
 * statements plan in a fraction of the time one statement with data-modifying CTEs takes.
 */
function insertOrdersSql(schema: string): string {
  return `INSERT INTO ${schema}.orders (tenant_id, order_id, version, status, hold_reasons, state,
    updated_at, updated_at_ts, channel, channel_order_ref, captured_at, captured_at_ts)
  SELECT o.tenant_id, o.order_id, o.version, o.status, o.hold_reasons, o.state, o.updated_at,
    o.updated_at_ts, o.channel, o.channel_order_ref, o.captured_at, o.captured_at_ts
  FROM jsonb_to_recordset($1::jsonb) AS o(tenant_id text, order_id text, version integer,
    status text, hold_reasons text[], state jsonb, updated_at text, updated_at_ts timestamptz,
    channel text, channel_order_ref text, captured_at text, captured_at_ts timestamptz)
  ON CONFLICT DO NOTHING
  RETURNING tenant_id, order_id`;
}

function insertEventsSql(schema: string): string {
  return `INSERT INTO ${schema}.order_events (tenant_id, order_id, seq, type, at, event)
  SELECT e.tenant_id, e.order_id, (e.event->>'seq')::integer, e.event->>'type', e.event->>'at',
    e.event
  FROM jsonb_to_recordset($1::jsonb) AS e(tenant_id text, order_id text, event jsonb)`;
}

function insertMessagesSql(schema: string): string {
  return `INSERT INTO ${schema}.outbox_messages (tenant_id, message_id, order_id, key,
    caused_by_seq, effect, created_at, created_at_ts, status, attempts, next_attempt_at,
    next_attempt_at_ts)
  SELECT m.tenant_id, m.message_id, m.order_id, m.key, m.caused_by_seq, m.effect, m.created_at,
    m.created_at_ts, 'pending', 0, m.created_at, m.created_at_ts
  FROM jsonb_to_recordset($1::jsonb) AS m(tenant_id text, order_id text, message_id text,
    key text, caused_by_seq integer, effect jsonb, created_at text, created_at_ts timestamptz)
  ON CONFLICT (tenant_id, key) DO NOTHING
  RETURNING tenant_id, message_id`;
}

/**
 * A message as the append statements read it from their JSON parameter.
 *
 * @param m - the message
 * @returns its columns, the instant checked and twinned as `timestamptz`
 */
export function toMessageRow(m: OutboxMessageDraft) {
  return {
    message_id: m.messageId,
    key: m.key,
    caused_by_seq: m.causedBySeq,
    effect: m.effect,
    created_at: m.createdAt,
    created_at_ts: toTimestamp(m.createdAt, 'createdAt'),
  };
}

/** `JSON.stringify([tenant, id])` of each row: how the caller matches what was written. */
function pairsOf(rows: readonly unknown[], id: 'order_id' | 'message_id'): Set<string> {
  return new Set(
    (rows as Record<string, string>[]).map((row) => JSON.stringify([row['tenant_id'], row[id]])),
  );
}

/** What the statement wrote, each as `JSON.stringify([tenantId, id])`. */
export interface NewOrdersWritten {
  readonly orders: ReadonlySet<string>;
  readonly messages: ReadonlySet<string>;
}

/**
 * Captures new orders (batches with `expectedVersion` 0): their rows in one statement, then,
 * when every order was written, their events and messages in one statement each. When some
 * order was not written, nothing more is: the caller rolls the transaction back.
 *
 * @param run - runs the statement (in the caller's transaction)
 * @param schema - a checked schema name
 * @param batches - checked batches of distinct new orders
 * @param messages - the messages of each batch to write (keys deduplicated across the call)
 * @returns the orders and messages written
 */
export async function insertNewOrders(
  run: RunQuery,
  schema: string,
  batches: readonly AppendBatch[],
  messages: readonly (readonly OutboxMessageDraft[])[],
): Promise<NewOrdersWritten> {
  const orders = batches.map((b) => {
    const first = b.events[0] as OrderEvent;
    const last = b.events[b.events.length - 1] as OrderEvent;
    const ref = b.state.order.channelRef;
    return {
      tenant_id: b.tenantId,
      order_id: b.orderId,
      version: b.state.version,
      status: b.state.status,
      hold_reasons: [...new Set(b.state.holds.map((h) => h.reasonCode))],
      state: b.state,
      updated_at: last.at,
      updated_at_ts: toTimestamp(last.at, 'event at'),
      channel: ref.channel,
      channel_order_ref: ref.channelOrderRef,
      captured_at: first.at,
      captured_at_ts: toTimestamp(first.at, 'event at'),
    };
  });
  const written = pairsOf(await run(insertOrdersSql(schema), [JSON.stringify(orders)]), 'order_id');
  if (written.size < batches.length) return { orders: written, messages: new Set() };
  const events = batches.flatMap((b) =>
    b.events.map((event) => ({ tenant_id: b.tenantId, order_id: b.orderId, event })),
  );
  await run(insertEventsSql(schema), [JSON.stringify(events)]);
  const drafts = messages
    .flat()
    .map((m) => ({ tenant_id: m.tenantId, order_id: m.orderId, ...toMessageRow(m) }));
  const inserted =
    drafts.length === 0 ? [] : await run(insertMessagesSql(schema), [JSON.stringify(drafts)]);
  return { orders: written, messages: pairsOf(inserted, 'message_id') };
}
