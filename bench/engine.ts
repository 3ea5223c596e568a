// End-to-end ingest into the in-memory adapter (run from bench/index.ts): orders per second
// through `oms.ingest` (validation, dedupe lookup, capture, auto-acceptance, effect planning and
// the atomic append), against the floor of JSON.parse + OrderSchema.parse of the same payloads
// measured in the same run. Target: ingest ≥ 1/3 of the floor's throughput.
import { performance } from 'node:perf_hooks';
import { createOms, OrderSchema } from 'ordokit';
import { createManualClock, createMemoryStorage, createSequentialIds } from 'ordokit/memory';
import { benchConnectors } from './fakeConnectors.js';
import { channelOrders } from './channelOrders.js';

const ORDERS = 2000;
const ROUNDS = 5;

function payloadTexts(): string[] {
  // Only the distinct, valid orders: the floor and the engine see the same payloads.
  return channelOrders(7, ORDERS).map((o) => JSON.stringify({ ...o.payload, orderId: 'incoming' }));
}

function floorRun(texts: readonly string[]): number {
  const start = performance.now();
  for (const text of texts) OrderSchema.parse(JSON.parse(text));
  return performance.now() - start;
}

async function ingestRun(texts: readonly string[]): Promise<number> {
  const storage = createMemoryStorage();
  const oms = createOms({
    store: storage.store,
    outbox: storage.outbox,
    clock: createManualClock('2026-03-02T20:00:00.000Z'),
    ids: createSequentialIds(),
    connectors: benchConnectors(),
  });
  const start = performance.now();
  for (const text of texts) {
    const payload: unknown = JSON.parse(text);
    const channel = (payload as { channelRef: { channel: string } }).channelRef.channel;
    const result = await oms.ingest(channel, payload);
    if (!result.ok || result.value.outcome !== 'created') {
      throw new Error(`bench ingest failed: ${JSON.stringify(result)}`);
    }
  }
  return performance.now() - start;
}

const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Measures and prints the ingest throughput and its ratio to the parse floor. */
export async function benchEngine(): Promise<void> {
  const texts = payloadTexts();
  floorRun(texts);
  await ingestRun(texts); // warm-up
  const floor: number[] = [];
  const ingest: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    floor.push(floorRun(texts));
    ingest.push(await ingestRun(texts));
  }
  const floorPerSecond = (texts.length / median(floor)) * 1000;
  const ingestPerSecond = (texts.length / median(ingest)) * 1000;
  const ratio = ingestPerSecond / floorPerSecond;
  console.log(`\nEngine: in-memory end-to-end ingest of ${String(texts.length)} distinct orders`);
  console.log(
    `  JSON.parse + OrderSchema.parse (floor)   ${Math.round(floorPerSecond).toLocaleString('en-US').padStart(9)} orders/s`,
  );
  console.log(
    `  oms.ingest, memory store                 ${Math.round(ingestPerSecond).toLocaleString('en-US').padStart(9)} orders/s`,
  );
  console.log(
    `  ingest / floor = ${ratio.toFixed(2)} (target ≥ 0.33) ${ratio >= 1 / 3 ? '✔' : '✘'}`,
  );
}
