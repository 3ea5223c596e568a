-- ordokit PostgreSQL migration 2: action_journal (schema ordokit).
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
CREATE TABLE ordokit.action_journal (
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
CREATE INDEX action_journal_pending_idx ON ordokit.action_journal
  (tenant_id, channel, updated_at_ts, order_id, action, payload_hash) WHERE state = 'pending';
INSERT INTO ordokit.ordokit_migrations (version, name) VALUES (2, 'action_journal');
COMMIT;
