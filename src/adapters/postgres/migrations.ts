/** One step of the ordokit schema: applied once, in `version` order, by `migrate`. */
export interface PostgresMigration {
  /** 1, 2, 3…: the order migrations are applied in. */
  readonly version: number;
  /** A short snake_case name (the file name of the shipped SQL). */
  readonly name: string;
  /**
   * The statements, each ending with `;` at the end of a line. The schema is written
   * `{{schema}}`: replace it with a checked schema name (see `renderMigration`).
   */
  readonly sql: string;
}

/** Where migrations write the schema name. */
const schemaPlaceholder = '{{schema}}';

const initial = `
CREATE TABLE {{schema}}.orders (
  tenant_id text COLLATE "C" NOT NULL,
  order_id text COLLATE "C" NOT NULL,
  version integer NOT NULL CHECK (version > 0),
  status text NOT NULL,
  channel text NOT NULL,
  channel_order_ref text NOT NULL,
  hold_reasons text[] NOT NULL,
  state jsonb NOT NULL,
  captured_at text NOT NULL,
  captured_at_ts timestamptz NOT NULL,
  updated_at text NOT NULL,
  updated_at_ts timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, order_id),
  CONSTRAINT orders_channel_ref_key UNIQUE (tenant_id, channel, channel_order_ref)
);
CREATE INDEX orders_status_idx ON {{schema}}.orders (tenant_id, status, order_id);
CREATE INDEX orders_updated_idx ON {{schema}}.orders (tenant_id, updated_at_ts);
CREATE TABLE {{schema}}.order_events (
  tenant_id text COLLATE "C" NOT NULL,
  order_id text COLLATE "C" NOT NULL,
  seq integer NOT NULL CHECK (seq > 0),
  type text NOT NULL,
  at text NOT NULL,
  event jsonb NOT NULL,
  PRIMARY KEY (tenant_id, order_id, seq),
  FOREIGN KEY (tenant_id, order_id) REFERENCES {{schema}}.orders (tenant_id, order_id)
);
CREATE TABLE {{schema}}.outbox_messages (
  tenant_id text COLLATE "C" NOT NULL,
  message_id text COLLATE "C" NOT NULL,
  order_id text COLLATE "C" NOT NULL,
  key text NOT NULL,
  caused_by_seq integer NOT NULL,
  effect jsonb NOT NULL,
  created_at text NOT NULL,
  created_at_ts timestamptz NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'parked', 'done')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at text NOT NULL,
  next_attempt_at_ts timestamptz NOT NULL,
  lease_id text,
  lease_until text,
  lease_until_ts timestamptz,
  last_error text,
  completed_at text,
  PRIMARY KEY (tenant_id, message_id),
  CONSTRAINT outbox_messages_key_key UNIQUE (tenant_id, key),
  FOREIGN KEY (tenant_id, order_id) REFERENCES {{schema}}.orders (tenant_id, order_id)
);
CREATE INDEX outbox_messages_due_idx ON {{schema}}.outbox_messages
  (next_attempt_at_ts, message_id, tenant_id) WHERE status = 'pending';
CREATE INDEX outbox_messages_order_idx ON {{schema}}.outbox_messages
  (tenant_id, order_id, created_at_ts, message_id);
`;

const actionJournal = `
CREATE TABLE {{schema}}.action_journal (
  tenant_id text COLLATE "C" NOT NULL,
  channel text COLLATE "C" NOT NULL,
  order_id text COLLATE "C" NOT NULL,
  action text COLLATE "C" NOT NULL,
  payload_hash text COLLATE "C" NOT NULL,
  request jsonb NOT NULL,
  state text NOT NULL CHECK (state IN ('sending', 'pending', 'done', 'failed')),
  handle text,
  detail text,
  attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  created_at text NOT NULL,
  created_at_ts timestamptz NOT NULL,
  updated_at text NOT NULL,
  updated_at_ts timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, channel, order_id, action, payload_hash)
);
CREATE INDEX action_journal_pending_idx ON {{schema}}.action_journal
  (tenant_id, channel, updated_at_ts, order_id, action, payload_hash) WHERE state = 'pending';
`;

const stock = `
CREATE TABLE {{schema}}.stock_counters (
  tenant_id text COLLATE "C" PRIMARY KEY,
  last_seq bigint NOT NULL CHECK (last_seq >= 0)
);
CREATE TABLE {{schema}}.stock_events (
  tenant_id text COLLATE "C" NOT NULL,
  seq bigint NOT NULL CHECK (seq > 0),
  type text NOT NULL,
  warehouse_id text COLLATE "C" NOT NULL,
  sku text COLLATE "C" NOT NULL,
  at text NOT NULL,
  event jsonb NOT NULL,
  PRIMARY KEY (tenant_id, seq)
);
CREATE TABLE {{schema}}.stock_levels (
  tenant_id text COLLATE "C" NOT NULL,
  warehouse_id text COLLATE "C" NOT NULL,
  sku text COLLATE "C" NOT NULL,
  on_hand bigint NOT NULL CHECK (on_hand >= 0),
  reserved bigint NOT NULL CHECK (reserved >= 0),
  safety bigint NOT NULL CHECK (safety >= 0),
  version integer NOT NULL CHECK (version > 0),
  PRIMARY KEY (tenant_id, warehouse_id, sku)
);
CREATE INDEX stock_levels_sku_idx ON {{schema}}.stock_levels (tenant_id, sku);
CREATE TABLE {{schema}}.stock_reservations (
  tenant_id text COLLATE "C" NOT NULL,
  order_id text COLLATE "C" NOT NULL,
  line_id text COLLATE "C" NOT NULL,
  warehouse_id text COLLATE "C" NOT NULL,
  sku text COLLATE "C" NOT NULL,
  quantity bigint NOT NULL CHECK (quantity > 0),
  PRIMARY KEY (tenant_id, order_id, line_id, warehouse_id, sku)
);
CREATE INDEX stock_reservations_level_idx ON {{schema}}.stock_reservations
  (tenant_id, warehouse_id, sku, order_id, line_id);
CREATE TABLE {{schema}}.stock_batch_keys (
  tenant_id text COLLATE "C" NOT NULL,
  key text COLLATE "C" NOT NULL,
  last_seq bigint NOT NULL CHECK (last_seq > 0),
  PRIMARY KEY (tenant_id, key)
);
CREATE TABLE {{schema}}.stock_checkpoints (
  tenant_id text COLLATE "C" PRIMARY KEY,
  seq bigint NOT NULL CHECK (seq >= 0)
);
CREATE TABLE {{schema}}.stock_published (
  tenant_id text COLLATE "C" NOT NULL,
  channel text COLLATE "C" NOT NULL,
  sku text COLLATE "C" NOT NULL,
  quantity bigint NOT NULL CHECK (quantity >= 0),
  PRIMARY KEY (tenant_id, channel, sku)
);
`;

/**
 * The migrations of the ordokit schema, oldest first. `migrate` applies the missing ones;
 * `sql/postgres/` in the package holds the same SQL as files (schema `ordokit`) for hosts that
 * run their own migration tool.
 *
 * Tables: `orders` (one row per order: its state as JSONB, columns for the `list` filters),
 * `order_events` (append-only, `(tenant_id, order_id, seq)` unique), `outbox_messages`
 * (`(tenant_id, key)` unique), from version 2, `action_journal` (one row per outgoing
 * channel action, keyed by tenant, channel, order, action and payload hash) and, from version
 * 3, the stock tables: `stock_counters` (each tenant's last stock event seq, the row every
 * append locks first), `stock_events` (append-only, `(tenant_id, seq)` unique), `stock_levels`
 * (one row per warehouse and SKU with its version), `stock_reservations` (open ones only),
 * `stock_batch_keys` (idempotency keys of appends), `stock_checkpoints` and `stock_published`
 * (availability publishing). Instants are kept twice: the exact text the caller gave, and a
 * `timestamptz` twin for comparisons and indexes.
 */
export const postgresMigrations: readonly PostgresMigration[] = [
  { version: 1, name: 'initial', sql: initial.trim() + '\n' },
  { version: 2, name: 'action_journal', sql: actionJournal.trim() + '\n' },
  { version: 3, name: 'stock', sql: stock.trim() + '\n' },
];

/**
 * The statements of the bookkeeping table `migrate` keeps in each schema.
 *
 * @param schema - a checked schema name
 * @returns the `CREATE` statements (idempotent)
 */
export function bookkeepingSql(schema: string): string {
  return (
    `CREATE SCHEMA IF NOT EXISTS ${schema};\n` +
    `CREATE TABLE IF NOT EXISTS ${schema}.ordokit_migrations (\n` +
    `  version integer PRIMARY KEY,\n` +
    `  name text NOT NULL,\n` +
    `  applied_at timestamptz NOT NULL DEFAULT now()\n` +
    `);\n`
  );
}

/**
 * A migration's SQL for one schema.
 *
 * @param migration - the migration
 * @param schema - a checked schema name
 * @returns the SQL with the schema written in
 */
export function renderMigration(migration: PostgresMigration, schema: string): string {
  return migration.sql.split(schemaPlaceholder).join(schema);
}

/**
 * Splits SQL into statements: each ends with `;` at the end of a line (PGlite runs one
 * statement per parameterised query).
 *
 * @param sql - statements as `postgresMigrations` writes them
 * @returns the statements, without their `;`
 */
export function splitStatements(sql: string): string[] {
  return sql
    .split(/;[ \t]*(?:\r?\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
