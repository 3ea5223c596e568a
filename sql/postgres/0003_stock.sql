-- ordokit PostgreSQL migration 3: stock (schema ordokit).
-- Generated from postgresMigrations by `npm run schemas`: do not edit.
-- Apply the files in order, once each; `migrate()` from ordokit/postgres does the same.
BEGIN;
SELECT pg_advisory_xact_lock(hashtext('ordokit.migrate'), hashtext('ordokit'));
CREATE SCHEMA IF NOT EXISTS ordokit;
CREATE TABLE IF NOT EXISTS ordokit.ordokit_migrations (
  version integer PRIMARY KEY,
  name text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE ordokit.stock_counters (
  tenant_id text COLLATE "C" PRIMARY KEY,
  last_seq bigint NOT NULL CHECK (last_seq >= 0)
);
CREATE TABLE ordokit.stock_events (
  tenant_id text COLLATE "C" NOT NULL,
  seq bigint NOT NULL CHECK (seq > 0),
  type text NOT NULL,
  warehouse_id text COLLATE "C" NOT NULL,
  sku text COLLATE "C" NOT NULL,
  at text NOT NULL,
  event jsonb NOT NULL,
  PRIMARY KEY (tenant_id, seq)
);
CREATE TABLE ordokit.stock_levels (
  tenant_id text COLLATE "C" NOT NULL,
  warehouse_id text COLLATE "C" NOT NULL,
  sku text COLLATE "C" NOT NULL,
  on_hand bigint NOT NULL CHECK (on_hand >= 0),
  reserved bigint NOT NULL CHECK (reserved >= 0),
  safety bigint NOT NULL CHECK (safety >= 0),
  version integer NOT NULL CHECK (version > 0),
  PRIMARY KEY (tenant_id, warehouse_id, sku)
);
CREATE INDEX stock_levels_sku_idx ON ordokit.stock_levels (tenant_id, sku);
CREATE TABLE ordokit.stock_reservations (
  tenant_id text COLLATE "C" NOT NULL,
  order_id text COLLATE "C" NOT NULL,
  line_id text COLLATE "C" NOT NULL,
  warehouse_id text COLLATE "C" NOT NULL,
  sku text COLLATE "C" NOT NULL,
  quantity bigint NOT NULL CHECK (quantity > 0),
  PRIMARY KEY (tenant_id, order_id, line_id, warehouse_id, sku)
);
CREATE INDEX stock_reservations_level_idx ON ordokit.stock_reservations
  (tenant_id, warehouse_id, sku, order_id, line_id);
CREATE TABLE ordokit.stock_batch_keys (
  tenant_id text COLLATE "C" NOT NULL,
  key text COLLATE "C" NOT NULL,
  last_seq bigint NOT NULL CHECK (last_seq > 0),
  PRIMARY KEY (tenant_id, key)
);
CREATE TABLE ordokit.stock_checkpoints (
  tenant_id text COLLATE "C" PRIMARY KEY,
  seq bigint NOT NULL CHECK (seq >= 0)
);
CREATE TABLE ordokit.stock_published (
  tenant_id text COLLATE "C" NOT NULL,
  channel text COLLATE "C" NOT NULL,
  sku text COLLATE "C" NOT NULL,
  quantity bigint NOT NULL CHECK (quantity >= 0),
  PRIMARY KEY (tenant_id, channel, sku)
);
INSERT INTO ordokit.ordokit_migrations (version, name) VALUES (3, 'stock');
COMMIT;
