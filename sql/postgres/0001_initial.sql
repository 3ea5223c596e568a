-- ordokit PostgreSQL migration 1: initial (schema ordokit).
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
CREATE TABLE ordokit.orders (
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
CREATE INDEX orders_status_idx ON ordokit.orders (tenant_id, status, order_id);
CREATE INDEX orders_updated_idx ON ordokit.orders (tenant_id, updated_at_ts);
CREATE TABLE ordokit.order_events (
  tenant_id text COLLATE "C" NOT NULL,
  order_id text COLLATE "C" NOT NULL,
  seq integer NOT NULL CHECK (seq > 0),
  type text NOT NULL,
  at text NOT NULL,
  event jsonb NOT NULL,
  PRIMARY KEY (tenant_id, order_id, seq),
  FOREIGN KEY (tenant_id, order_id) REFERENCES ordokit.orders (tenant_id, order_id)
);
CREATE TABLE ordokit.outbox_messages (
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
  FOREIGN KEY (tenant_id, order_id) REFERENCES ordokit.orders (tenant_id, order_id)
);
CREATE INDEX outbox_messages_due_idx ON ordokit.outbox_messages
  (next_attempt_at_ts, message_id, tenant_id) WHERE status = 'pending';
CREATE INDEX outbox_messages_order_idx ON ordokit.outbox_messages
  (tenant_id, order_id, created_at_ts, message_id);
INSERT INTO ordokit.ordokit_migrations (version, name) VALUES (1, 'initial');
COMMIT;
