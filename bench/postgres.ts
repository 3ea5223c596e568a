// Ingest into a real PostgreSQL server (run from bench/index.ts): a throw-away cluster with
// PostgreSQL's durable defaults (fsync and synchronous commit on), started for the run and
// stopped after it. Orders per second through `oms.ingest` one by one and through
// `oms.ingestMany` in pages, with the in-memory figure of the same payloads beside them.
// Target: ≥ 3,000 orders/s batched.
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { createOms, type Oms, type OrderStore, type Outbox } from 'ordokit';
import { createManualClock, createMemoryStorage, createSequentialIds } from 'ordokit/memory';
import { createPostgresStorage, migrate } from 'ordokit/postgres';
import { startThrowawayCluster } from '../test/adapters/postgres/_cluster.js';
import { benchConnectors } from './fakeConnectors.js';
import { channelOrders } from './channelOrders.js';

const ORDERS = 3000;
const PAGE = 100;
/** One by one is slow on a durable server (a commit each): fewer orders. */
const SINGLE = 1000;

/** The demo's distinct valid orders, as the channels send them. */
function payloads(): { channel: string; payload: unknown }[] {
  return channelOrders(11, ORDERS);
}

function omsOver(
  storage: { store: OrderStore; outbox: Outbox },
  prefix: string,
  withConnectors = false,
): Oms {
  return createOms({
    store: storage.store,
    outbox: storage.outbox,
    clock: createManualClock('2026-03-02T20:00:00.000Z'),
    ids: createSequentialIds(prefix),
    // With connectors, every order also plans its WMS, ERP and buyer messages (3 per order).
    ...(withConnectors ? { connectors: benchConnectors() } : {}),
  });
}

type Items = ReturnType<typeof payloads>;

async function oneByOne(oms: Oms, items: Items): Promise<number> {
  const start = performance.now();
  for (const { channel, payload } of items) {
    const result = await oms.ingest(channel, payload);
    if (!result.ok || result.value.outcome !== 'created') throw new Error('bench: ingest failed');
  }
  return performance.now() - start;
}

/** One import loop per channel, side by side, each taking its channel's orders page by page. */
async function inPages(oms: Oms, items: Items): Promise<number> {
  const byChannel = new Map<string, unknown[]>();
  for (const { channel, payload } of items) {
    byChannel.set(channel, [...(byChannel.get(channel) ?? []), payload]);
  }
  const importChannel = async (channel: string, all: readonly unknown[]) => {
    for (let i = 0; i < all.length; i += PAGE) {
      const results = await oms.ingestMany(channel, all.slice(i, i + PAGE));
      if (results.some((r) => !r.ok || r.value.outcome !== 'created')) {
        throw new Error('bench: ingestMany failed');
      }
    }
  };
  const start = performance.now();
  await Promise.all([...byChannel].map(([channel, all]) => importChannel(channel, all)));
  return performance.now() - start;
}

const perSecond = (count: number, ms: number) => Math.round((count / ms) * 1000);
const show = (n: number) => n.toLocaleString('en-US').padStart(9);

/** Measures and prints ingest throughput into PostgreSQL, one by one and in pages. */
export async function benchPostgres(): Promise<void> {
  const items = payloads();
  const single = items.slice(0, SINGLE);
  const cluster = await startThrowawayCluster({ durable: true });
  const pool = new pg.Pool({ connectionString: cluster.connectionString, max: 4 });
  const storageIn = async (schema: string) => {
    // A schema per run: each starts on empty tables.
    await migrate(pool, { schema });
    return createPostgresStorage(pool, { schema });
  };
  try {
    await oneByOne(omsOver(createMemoryStorage(), 'warm'), items.slice(0, 200));
    const memoryMs = await oneByOne(omsOver(createMemoryStorage(), 'm'), items);
    const singleMs = await oneByOne(omsOver(await storageIn('bench_single'), 's'), single);
    const pagesMs = await inPages(omsOver(await storageIn('bench_pages'), 'p'), items);
    const outboxMs = await inPages(omsOver(await storageIn('bench_outbox'), 'o', true), items);
    const batched = perSecond(items.length, pagesMs);
    const rows: [string, number][] = [
      ['memory store, ingest one by one', perSecond(items.length, memoryMs)],
      [
        `PostgreSQL, ingest one by one (${String(SINGLE)} orders)`,
        perSecond(single.length, singleMs),
      ],
      [`PostgreSQL, ingestMany, pages of ${String(PAGE)}, a loop per channel`, batched],
      ['  the same, with 3 outbox messages per order', perSecond(items.length, outboxMs)],
    ];
    console.log(
      `\nPostgreSQL: ${String(items.length)} distinct orders into a local server with durable defaults`,
    );
    for (const [what, rate] of rows) console.log(`  ${what.padEnd(60)} ${show(rate)} orders/s`);
    console.log(`  ingestMany (orders and events) ≥ 3,000 orders/s ${batched >= 3000 ? '✔' : '✘'}`);
  } finally {
    await pool.end();
    await cluster.stop();
  }
}
