import { expect, it } from 'vitest';
import { createManualClock } from '../../../src/adapters/memory/index.js';
import { createPostgresStorage } from '../../../src/adapters/postgres/index.js';
import { checkOrders, checkOutbox } from './_checks.js';
import { useServer } from './_server.js';
import { createWorker, ingestOrders, runRandomCommands, type Worker } from './_workers.js';

// Eight OMS instances, each with its own pool, on one schema of a real server: conflicting
// commands on the same orders and outbox dispatch at the same time lose nothing and
// duplicate nothing.
const fixture = useServer();

const workerCount = 8;
const orderCount = 200;
const stepsPerWorker = 60;

/** Every worker dispatches at once, again and again, until none claims anything. */
async function drain(workers: readonly Worker[]): Promise<void> {
  for (let round = 0; round < 50; round++) {
    const reports = await Promise.all(workers.map((w) => w.oms.dispatch()));
    if (reports.every((r) => r.claimed === 0)) return;
  }
  throw new Error('the outbox did not drain in 50 rounds');
}

it('8 workers with their own pools lose no event and complete each message once', async () => {
  const schema = await fixture.createSchema('concurrency');
  const clock = createManualClock('2025-03-01T10:00:00.000Z');
  const workers: Worker[] = [];
  for (let i = 0; i < workerCount; i++) {
    workers.push(createWorker(i, await fixture.openPool(3), schema, clock));
  }

  // Orders first: every worker ingests its share, all at once.
  const share = orderCount / workerCount;
  const ingested = await Promise.all(
    workers.map((w, i) => ingestOrders(w, i * share, (i + 1) * share)),
  );
  const orders = ingested.flat();
  expect(new Set(orders).size).toBe(orderCount);

  // Then conflicting commands on random orders, with dispatches in between, all at once.
  await Promise.all(workers.map((w, i) => runRandomCommands(w, orders, stepsPerWorker, 101 + i)));

  // Retries: time moves on (beyond every backoff step), every worker dispatches until quiet.
  for (let round = 0; round < 8; round++) {
    await drain(workers);
    clock.advance({ minutes: 10 });
  }
  await drain(workers);

  const { pool } = await fixture.server();
  const { store, outbox } = createPostgresStorage(pool, { schema });
  const events = await checkOrders(store, orders, workers);
  const summary = await checkOutbox(outbox, orders, workers, clock.now());
  const ok = workers.reduce((n, w) => n + w.succeeded.length, 0);
  const conflicts = workers.reduce((n, w) => n + w.conflicts.count, 0);
  expect(ok).toBeGreaterThan(orderCount);
  expect(summary.done).toBeGreaterThan(0);
  const failed = new Map<string, number>();
  for (const [code, n] of workers.flatMap((w) => [...w.failed])) {
    failed.set(code, (failed.get(code) ?? 0) + n);
  }
  console.info('concurrency:', {
    events,
    ok,
    conflicts,
    failed: Object.fromEntries(failed),
    ...summary,
  });
});
