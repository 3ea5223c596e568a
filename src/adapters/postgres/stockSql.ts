/**
 * The statements of the PostgreSQL `StockStore` (tables of migration 3). Appends run in one
 * transaction: {@link lockCounterSql} first (every append of a tenant takes the same row
 * lock, so appends of one tenant are serialised and can never deadlock), then the key and
 * the versions are read on a fresh snapshot, then {@link writeBatchSql} writes everything in
 * one statement.
 */

/**
 * Adds `$2` (the batch's event count) to the tenant's last seq and locks the counter row
 * until the transaction ends. Parameters: tenant, count. Returns `last_seq`, after the add.
 *
 * @param schema - a checked schema name
 * @returns the statement
 */
export function lockCounterSql(schema: string): string {
  return `INSERT INTO ${schema}.stock_counters AS c (tenant_id, last_seq) VALUES ($1, $2)
ON CONFLICT (tenant_id) DO UPDATE SET last_seq = c.last_seq + EXCLUDED.last_seq
RETURNING last_seq`;
}

/**
 * Whether the tenant holds a batch key. Parameters: tenant, key.
 *
 * @param schema - a checked schema name
 * @returns the statement
 */
export function findKeySql(schema: string): string {
  return `SELECT 1 AS found FROM ${schema}.stock_batch_keys WHERE tenant_id = $1 AND key = $2`;
}

/**
 * The versions of the expected levels that exist, locked, in key order (a fixed order: no
 * deadlock with another transaction locking the same rows). Parameters: tenant, warehouse
 * ids, SKUs (two arrays of the same length).
 *
 * @param schema - a checked schema name
 * @returns the statement
 */
export function lockLevelsSql(schema: string): string {
  return `SELECT l.warehouse_id, l.sku, l.version FROM ${schema}.stock_levels l
JOIN unnest($2::text[], $3::text[]) AS x(warehouse_id, sku)
  ON l.warehouse_id = x.warehouse_id AND l.sku = x.sku
WHERE l.tenant_id = $1
ORDER BY l.warehouse_id, l.sku
FOR UPDATE OF l`;
}

/**
 * Writes a checked batch whose versions matched: events numbered from `$2`, levels (new ones
 * at version 1, others + 1), reservations (quantity 0 deleted, others upserted) and the key.
 * Parameters: tenant, first seq, events (JSON array), levels, reservations to delete,
 * reservations to keep (JSON arrays of snake_case records), key (or null), last seq.
 *
 * @param schema - a checked schema name
 * @returns the statement
 */
export function writeBatchSql(schema: string): string {
  return `WITH ev AS (
  INSERT INTO ${schema}.stock_events (tenant_id, seq, type, warehouse_id, sku, at, event)
  SELECT $1, $2::bigint + e.n - 1, e.value->>'type', e.value->'data'->>'warehouseId',
    e.value->'data'->>'sku', e.value->>'at', e.value
  FROM jsonb_array_elements($3::jsonb) WITH ORDINALITY AS e(value, n)
), lv AS (
  INSERT INTO ${schema}.stock_levels AS s (tenant_id, warehouse_id, sku, on_hand, reserved,
    safety, version)
  SELECT $1, l.warehouse_id, l.sku, l.on_hand, l.reserved, l.safety, 1
  FROM jsonb_to_recordset($4::jsonb) AS l(warehouse_id text, sku text, on_hand bigint,
    reserved bigint, safety bigint)
  ON CONFLICT (tenant_id, warehouse_id, sku) DO UPDATE SET on_hand = EXCLUDED.on_hand,
    reserved = EXCLUDED.reserved, safety = EXCLUDED.safety, version = s.version + 1
), gone AS (
  DELETE FROM ${schema}.stock_reservations r
  USING jsonb_to_recordset($5::jsonb) AS d(order_id text, line_id text, warehouse_id text,
    sku text)
  WHERE r.tenant_id = $1 AND r.order_id = d.order_id AND r.line_id = d.line_id
    AND r.warehouse_id = d.warehouse_id AND r.sku = d.sku
), held AS (
  INSERT INTO ${schema}.stock_reservations AS r (tenant_id, order_id, line_id, warehouse_id,
    sku, quantity)
  SELECT $1, h.order_id, h.line_id, h.warehouse_id, h.sku, h.quantity
  FROM jsonb_to_recordset($6::jsonb) AS h(order_id text, line_id text, warehouse_id text,
    sku text, quantity bigint)
  ON CONFLICT (tenant_id, order_id, line_id, warehouse_id, sku)
    DO UPDATE SET quantity = EXCLUDED.quantity
), k AS (
  INSERT INTO ${schema}.stock_batch_keys (tenant_id, key, last_seq)
  SELECT $1, $7::text, $8::bigint WHERE $7::text IS NOT NULL
)
SELECT 1 AS written`;
}

/**
 * Moves the checkpoint from `$2` to `$3` (compare-and-set) and, only then, upserts the
 * figures. A checkpoint never saved is 0, so a move from 0 inserts the row. Parameters:
 * tenant, fromSeq, toSeq, figures (JSON array of `{ channel, sku, quantity }`). Returns
 * `moved` (1 or 0).
 *
 * @param schema - a checked schema name
 * @param fromZero - whether `fromSeq` is 0 (the row may not exist yet)
 * @returns the statement
 */
export function savePublishedSql(schema: string, fromZero: boolean): string {
  const move = fromZero
    ? `INSERT INTO ${schema}.stock_checkpoints AS c (tenant_id, seq) VALUES ($1, $3::bigint)
  ON CONFLICT (tenant_id) DO UPDATE SET seq = EXCLUDED.seq WHERE c.seq = $2::bigint
  RETURNING 1`
    : `UPDATE ${schema}.stock_checkpoints SET seq = $3::bigint
  WHERE tenant_id = $1 AND seq = $2::bigint RETURNING 1`;
  return `WITH moved AS (
  ${move}
), figures AS (
  INSERT INTO ${schema}.stock_published AS p (tenant_id, channel, sku, quantity)
  SELECT $1, f.channel, f.sku, f.quantity
  FROM jsonb_to_recordset($4::jsonb) AS f(channel text, sku text, quantity bigint)
  WHERE EXISTS (SELECT 1 FROM moved)
  ON CONFLICT (tenant_id, channel, sku) DO UPDATE SET quantity = EXCLUDED.quantity
)
SELECT (SELECT count(*) FROM moved)::integer AS moved`;
}

/**
 * The checkpoint (0 when never saved) and the figures of some SKUs on one channel, as
 * `[sku, quantity]` pairs, read together. Parameters: tenant, channel, SKUs.
 *
 * @param schema - a checked schema name
 * @returns the statement
 */
export function loadPublishedSql(schema: string): string {
  return `SELECT
  COALESCE((SELECT seq FROM ${schema}.stock_checkpoints WHERE tenant_id = $1), 0)::text
    AS checkpoint,
  COALESCE((SELECT jsonb_agg(jsonb_build_array(sku, quantity)) FROM ${schema}.stock_published
    WHERE tenant_id = $1 AND channel = $2 AND sku = ANY($3::text[])), '[]'::jsonb) AS figures`;
}
