import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import {
  createFakeErp,
  createFakeNotifier,
  createFakeWms,
  createManualClock,
  createSequentialIds,
} from '../../../src/adapters/memory/index.js';
import {
  createPostgresStorage,
  type PostgresStorage,
} from '../../../src/adapters/postgres/index.js';
import { createOms } from '../../../src/engine/index.js';
import type { AppendBatch, ClaimRequest, Oms } from '../../../src/index.js';
import { exclusiveOrder } from '../../order/_fixtures.js';
import { interceptAppend, killWhileBlocked, type Interrupted } from './_faults.js';
import { useServer } from './_server.js';

// Connections lost in the middle of a write, on a real server: a transaction killed with
// pg_terminate_backend leaves nothing half-written, and the outbox's claims stay sound.
const fixture = useServer();

const tenantId = 'tenant-a';
const start = '2025-03-01T10:00:00.000Z';
const at = (ms: number) => new Date(Date.parse(start) + ms).toISOString();

/** An OMS over `db` on `schema`, with fakes for the systems that receive effects. */
function omsOver(db: Parameters<typeof createPostgresStorage>[0], schema: string, ids: string) {
  const connectors = { wms: createFakeWms(), erp: createFakeErp(), notifier: createFakeNotifier() };
  return createOms({
    ...createPostgresStorage(db, { schema }),
    clock: createManualClock(start),
    ids: createSequentialIds(ids),
    connectors,
  });
}

/** A fresh schema, the file's pool, its storage and a working OMS on them. */
async function setup() {
  const schema = await fixture.createSchema('faults');
  const { pool } = await fixture.server();
  return {
    schema,
    pool,
    storage: createPostgresStorage(pool, { schema }),
    oms: omsOver(pool, schema, 'ok'),
  };
}

/** The row count of each table of the schema but the migrations' bookkeeping. */
async function rowCounts(pool: pg.Pool, schema: string): Promise<Record<string, number>> {
  const tables = await pool.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = $1 AND table_type = 'BASE TABLE' AND table_name NOT LIKE '%migration%'
     ORDER BY table_name`,
    [schema],
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables.rows) {
    const got = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "${schema}"."${name}"`,
    );
    counts[name] = got.rows[0]!.n;
  }
  return counts;
}

/** Blocks every statement on the outbox table: an exclusive lock on it. */
const lockOutbox = (schema: string) => (locker: pg.PoolClient) =>
  locker.query(`LOCK TABLE "${schema}".outbox_messages IN ACCESS EXCLUSIVE MODE`);

/** Blocks writes to one message: a row lock on it, so the statement waits mid-execution. */
const lockMessage = (schema: string, messageId: string) => (locker: pg.PoolClient) =>
  locker.query(
    `SELECT 1 FROM "${schema}".outbox_messages WHERE tenant_id = $1 AND message_id = $2
     FOR UPDATE`,
    [tenantId, messageId],
  );

/** Ingests the fixture order; returns its id. */
async function ingestOne(oms: Oms, payload: Record<string, unknown>): Promise<string> {
  const got = await oms.ingest('amazon', payload);
  if (!got.ok) throw new Error(JSON.stringify(got.error));
  return got.value.state.orderId;
}

/** The fixture order with its own channel reference. */
function orderWithRef(channelOrderRef: string): Record<string, unknown> {
  const json = exclusiveOrder();
  json['channelRef'] = { channel: 'amazon', channelOrderRef, marketplace: 'amazon.fr' };
  return json;
}

/**
 * Makes an append wait in the middle of its statement: an uncommitted outbox row (a copy of
 * another order's message) takes the key of the batch's first message, so the append's
 * message insert waits for that transaction after the order row is written.
 */
function takeFirstKey(schema: string, batch: AppendBatch) {
  return async (locker: pg.PoolClient) => {
    const key = batch.messages[0]?.key;
    if (key === undefined) throw new Error('the batch has no message to wait on');
    const table = `"${schema}".outbox_messages`;
    const copied = await locker.query(
      `INSERT INTO ${table} SELECT (jsonb_populate_record(NULL::${table},
         to_jsonb(m) || jsonb_build_object('message_id', 'blocker', 'key', $2::text))).*
       FROM ${table} AS m WHERE m.tenant_id = $1 LIMIT 1`,
      [tenantId, key],
    );
    if (copied.rowCount !== 1) throw new Error('no outbox row to copy: ingest an anchor first');
  };
}

/** An OMS whose every append is killed mid-statement; what each kill saw goes to `kills`. */
function killingOms(schema: string, pool: pg.Pool, kills: Interrupted<unknown>[]) {
  const storage = createPostgresStorage(pool, { schema });
  const store = interceptAppend(storage.store, async (batch, append) => {
    const killed = await killWhileBlocked(pool, takeFirstKey(schema, batch), () => append(batch));
    kills.push(killed);
    if (killed.failed || killed.value === undefined) throw new Error('connection lost');
    return killed.value;
  });
  const connectors = { wms: createFakeWms(), erp: createFakeErp(), notifier: createFakeNotifier() };
  return createOms({
    store,
    outbox: storage.outbox,
    clock: createManualClock(start),
    ids: createSequentialIds('killed'),
    connectors,
  });
}

/** Everything stored about one order, through the adapter, and every table's row count. */
async function snapshot(storage: PostgresStorage, pool: pg.Pool, schema: string, id: string) {
  return {
    record: await storage.store.load(tenantId, id),
    events: await storage.store.loadEvents(tenantId, id),
    messages: await storage.outbox.listByOrder(tenantId, id),
    counts: await rowCounts(pool, schema),
  };
}

describe('an append whose backend is terminated in the middle of its statement', () => {
  it('writes nothing of a new order, and the store works afterwards', async () => {
    const { schema, pool, storage, oms } = await setup();
    const anchor = await ingestOne(oms, orderWithRef('anchor'));
    const before = await rowCounts(pool, schema);
    const kills: Interrupted<unknown>[] = [];
    const outcome = await killingOms(schema, pool, kills)
      .ingest('amazon', exclusiveOrder())
      .then(
        (r) => (r.ok ? 'ok' : r.error.code),
        () => 'rejected',
      );
    expect({ outcome, kills }).toEqual({
      outcome: 'rejected',
      kills: [{ failed: true, waitEvent: 'transactionid' }],
    });

    const ref = '405-1234567-1234567';
    expect(await storage.store.findByChannelRef(tenantId, 'amazon', ref)).toBeUndefined();
    const orderId = 'killed-order-000001';
    expect(await snapshot(storage, pool, schema, orderId)).toEqual({
      record: undefined,
      events: [],
      messages: [],
      counts: before,
    });

    // The same order again, through the same pool: captured like the anchor, in full.
    const again = await ingestOne(oms, exclusiveOrder());
    const shape = async (id: string) => ({
      version: (await storage.store.load(tenantId, id))?.state.version,
      events: (await storage.store.loadEvents(tenantId, id)).map((e) => [e.seq, e.type]),
      effects: (await storage.outbox.listByOrder(tenantId, id)).map((m) => m.effect.kind),
    });
    expect(await shape(again)).toEqual(await shape(anchor));
  });

  it('changes nothing of an existing order, and the command goes through afterwards', async () => {
    const { schema, pool, storage, oms } = await setup();
    await ingestOne(oms, orderWithRef('anchor'));
    const got = await oms.ingest('amazon', exclusiveOrder(), { needsAcceptance: true });
    if (!got.ok) throw new Error(JSON.stringify(got.error));
    const ref = { tenantId, orderId: got.value.state.orderId };
    const before = await snapshot(storage, pool, schema, ref.orderId);
    const kills: Interrupted<unknown>[] = [];
    const outcome = await killingOms(schema, pool, kills)
      .accept(ref)
      .then(
        (r) => (r.ok ? 'ok' : r.error.code),
        () => 'rejected',
      );
    expect({ outcome, kills }).toEqual({
      outcome: 'rejected',
      kills: [{ failed: true, waitEvent: 'transactionid' }],
    });
    expect(await snapshot(storage, pool, schema, ref.orderId)).toEqual(before);

    const accepted = await oms.accept(ref);
    expect(accepted.ok && accepted.value.status).toBe('accepted');
    const events = await storage.store.loadEvents(tenantId, ref.orderId);
    expect(events.slice(0, before.events.length)).toEqual(before.events);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
  });
});

describe('a connection lost in the outbox', () => {
  const request = (now: string, leaseId: string): ClaimRequest => ({
    now,
    leaseUntil: at(Date.parse(now) - Date.parse(start) + 60_000),
    limit: 100,
    leaseId,
    tenantId,
  });

  it('during claimDue claims nothing: the messages are claimable', async () => {
    const { schema, pool, storage, oms } = await setup();
    const orderId = await ingestOne(oms, exclusiveOrder());
    const ids = (await storage.outbox.listByOrder(tenantId, orderId)).map((m) => m.messageId);
    expect(ids.length).toBeGreaterThan(0);
    const lost = await killWhileBlocked(pool, lockOutbox(schema), () =>
      storage.outbox.claimDue(request(start, 'lease-lost')),
    );
    expect(lost).toEqual({ failed: true, waitEvent: 'relation' });
    const claims = await storage.outbox.claimDue(request(start, 'lease-next'));
    expect(claims.map((c) => c.message.messageId).sort()).toEqual([...ids].sort());
    expect(claims.every((c) => c.leaseId === 'lease-next')).toBe(true);
  });

  it('during complete leaves the message claimed until its lease ends, then claimable', async () => {
    const { schema, pool, storage, oms } = await setup();
    const orderId = await ingestOne(oms, exclusiveOrder());
    const [claim] = await storage.outbox.claimDue({ ...request(start, 'lease-1'), limit: 1 });
    if (claim === undefined) throw new Error('nothing to claim');
    const lost = await killWhileBlocked(pool, lockMessage(schema, claim.message.messageId), () =>
      storage.outbox.complete(claim, at(1_000)),
    );
    expect(lost).toEqual({ failed: true, waitEvent: 'transactionid' });
    const stored = (await storage.outbox.listByOrder(tenantId, orderId)).find(
      (m) => m.messageId === claim.message.messageId,
    );
    expect(stored?.status).toBe('pending');

    // Its lease still holds it: nobody else gets it before the lease ends…
    const during = await storage.outbox.claimDue(request(at(59_999), 'lease-2'));
    expect(during.map((c) => c.message.messageId)).not.toContain(claim.message.messageId);
    // …and anyone does after; the lost claim can no longer complete it.
    const after = await storage.outbox.claimDue(request(at(60_001), 'lease-3'));
    const reclaimed = after.find((c) => c.message.messageId === claim.message.messageId);
    expect(reclaimed?.leaseId).toBe('lease-3');
    const stale = await storage.outbox.complete(claim, at(60_002));
    expect(stale.ok ? 'completed' : stale.error.code).toBe('outbox/lease_lost');
    const done = await storage.outbox.complete(reclaimed!, at(60_002));
    expect(done.ok && done.value.status).toBe('done');
  });
});
