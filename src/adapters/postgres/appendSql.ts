/**
 * The statements of `OrderStore.append`: one statement per append whatever the batch size,
 * with data-modifying CTEs (the order row, every event, every message), so the append is
 * atomic without an explicit transaction and costs one round trip. The events and messages
 * are written only when the order row was: its insert (`ON CONFLICT DO NOTHING`: the order or
 * its channel reference exists) or its update (`WHERE version = expected`) decides.
 */

/** Writes the events ($E, a JSON array) and messages ($M) after the order row CTE `ord`. */
function eventsAndMessages(schema: string, e: number, m: number): string {
  return `, ev AS (
  INSERT INTO ${schema}.order_events (tenant_id, order_id, seq, type, at, event)
  SELECT $1, $2, (e->>'seq')::integer, e->>'type', e->>'at', e
  FROM jsonb_array_elements($${e}::jsonb) AS e
  WHERE EXISTS (SELECT 1 FROM ord)
), msg AS (
  INSERT INTO ${schema}.outbox_messages (tenant_id, message_id, order_id, key, caused_by_seq,
    effect, created_at, created_at_ts, status, attempts, next_attempt_at, next_attempt_at_ts)
  SELECT $1, m.message_id, $2, m.key, m.caused_by_seq, m.effect, m.created_at, m.created_at_ts,
    'pending', 0, m.created_at, m.created_at_ts
  FROM jsonb_to_recordset($${m}::jsonb) AS m(message_id text, key text, caused_by_seq integer,
    effect jsonb, created_at text, created_at_ts timestamptz)
  WHERE EXISTS (SELECT 1 FROM ord)
  ON CONFLICT (tenant_id, key) DO NOTHING
  RETURNING message_id
)
SELECT (SELECT count(*) FROM ord)::integer AS written,
  ARRAY(SELECT message_id FROM msg) AS message_ids`;
}

/**
 * The append of a new order. Parameters: tenant, order, version, status, hold reasons,
 * state, updated_at, updated_at_ts, events, messages, channel, channel ref, captured_at,
 * captured_at_ts.
 *
 * @param schema - a checked schema name
 * @returns the statement
 */
export function insertOrderSql(schema: string): string {
  return `WITH ord AS (
  INSERT INTO ${schema}.orders (tenant_id, order_id, version, status, hold_reasons, state,
    updated_at, updated_at_ts, channel, channel_order_ref, captured_at, captured_at_ts)
  VALUES ($1, $2, $3, $4, $5::text[], $6::jsonb, $7, $8::timestamptz, $11, $12, $13,
    $14::timestamptz)
  ON CONFLICT DO NOTHING
  RETURNING 1
)${eventsAndMessages(schema, 9, 10)}`;
}

/**
 * The append to an existing order. Parameters: tenant, order, version, status, hold reasons,
 * state, updated_at, updated_at_ts, events, messages, expected version.
 *
 * @param schema - a checked schema name
 * @returns the statement
 */
export function updateOrderSql(schema: string): string {
  return `WITH ord AS (
  UPDATE ${schema}.orders SET version = $3, status = $4, hold_reasons = $5::text[],
    state = $6::jsonb, updated_at = $7, updated_at_ts = $8::timestamptz
  WHERE tenant_id = $1 AND order_id = $2 AND version = $11
  RETURNING 1
)${eventsAndMessages(schema, 9, 10)}`;
}
