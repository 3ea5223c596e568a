// The smallest real host: ordokit's engine over the in-memory adapter, one hand-written
// connector, one order from a marketplace. Run it with `npx tsx examples/minimal-host.ts`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createOms, formatError, formatTimeline, ok, type Notifier, type OrderRef } from 'ordokit';
import { createManualClock, createMemoryStorage, createSequentialIds } from 'ordokit/memory';

// 1. Storage. The store keeps each order's events and state; the outbox keeps the effects
//    those events cause until they are delivered. Both are written by one append, so an
//    effect is never lost between "order accepted" and "tell the buyer". A database adapter
//    gives the same two ports over two tables.
const storage = createMemoryStorage();

// 2. Time and ids. ordokit never reads the system clock nor draws random ids itself: the host
//    passes them in. A real host passes these two:
//
//      const clock = { now: () => new Date().toISOString() };
//      const ids = { next: (kind: IdKind) => `${kind}-${crypto.randomUUID()}` };
//
//    This example uses the deterministic twins, so that it prints the same thing every run.
const clock = createManualClock('2026-11-26T09:15:00Z');
const ids = createSequentialIds();

// 3. A connector. Effects are planned only for the systems the host connects; here a notifier
//    that "e-mails" the buyer on the console. It dedupes on the idempotency key: delivery is at
//    least once (a retry after a crash carries the same key), so sending twice is its problem.
const sent = new Map<string, string>();
const consoleNotifier: Notifier = {
  notifyBuyer(message, context) {
    if (!sent.has(context.idempotencyKey)) {
      const line = `mail to ${message.buyer.name ?? 'the buyer'}: ${message.template} (${message.orderId})`;
      sent.set(context.idempotencyKey, line);
      console.log(`  ${line}`);
    }
    // Failures are values too: `err({ code: 'connector/unavailable', target: 'buyer' })`.
    return Promise.resolve(ok(undefined));
  },
};

// 4. The OMS. Everything else (retries, backoff, leases, holds) has defaults in `policy`.
const oms = createOms({
  store: storage.store,
  outbox: storage.outbox,
  clock,
  ids,
  connectors: { notifier: consoleNotifier },
});

// 5. An order arrives: a channel payload mapped to the canonical shape. ordokit reads it as
//    untrusted data and gives the order its own id, so the channel's `orderId` is not needed.
const file = join(import.meta.dirname, 'orders/amazon-fr-accepted.json');
const payload = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
delete payload.orderId;

const ingested = await oms.ingest('amazon', payload);
if (!ingested.ok) throw new Error(formatError(ingested.error, 'en'));
const { state } = ingested.value;
const ref: OrderRef = { tenantId: state.tenantId, orderId: state.orderId };
console.log(`ingest: ${ingested.value.outcome} ${ref.orderId}, status ${state.status}`);

// The same payload again (a marketplace that polls sends it every few minutes) is a no-op:
// orders are deduplicated on (tenant, channel, channelOrderRef).
const again = await oms.ingest('amazon', payload);
if (again.ok) console.log(`ingest again: ${again.value.outcome}`);

// 6. Deliver the effects. Nothing runs in the background: the host calls `dispatch` from a
//    loop, a cron or a queue worker. The acceptance caused an `order_confirmed` message.
clock.advance({ minutes: 1 });
let report = await oms.dispatch();
console.log(`dispatch: ${String(report.delivered)} delivered`);

// 7. The warehouse works (no WMS connector here: the host tells ordokit what happened, and
//    who did it, for the timeline).
const byWarehouse = { actor: { kind: 'wms', id: 'lyon' } } as const;
clock.advance({ hours: 3 });
const started = await oms.startPreparation(ref, { warehouseId: 'lyon' }, byWarehouse);
if (!started.ok) throw new Error(formatError(started.error, 'en'));
const packed = await oms.recordParcel(
  ref,
  {
    parcelId: 'P1',
    lines: [
      { lineId: 'L1', quantity: 2 },
      { lineId: 'L2', quantity: 3 },
    ],
    carrier: { code: 'colissimo', service: 'DOM' },
  },
  byWarehouse,
);
if (!packed.ok) throw new Error(formatError(packed.error, 'en'));
clock.advance({ hours: 2 });
const tracking = { number: '6A12345678901', carrierCode: 'colissimo' };
const shipped = await oms.recordTracking(ref, { parcelId: 'P1', tracking }, byWarehouse);
if (!shipped.ok) throw new Error(formatError(shipped.error, 'en'));
report = await oms.dispatch();
console.log(`dispatch: ${String(report.delivered)} delivered`);

// 8. Read it back: the status, the effects with their idempotency keys, and the timeline a
//    support agent reads, in English (or 'fr').
const order = await oms.get(ref);
if (order.ok) console.log(`status: ${order.value.status}, version ${String(order.value.version)}`);
console.log('effects:');
for (const m of await storage.outbox.listByOrder(ref.tenantId, ref.orderId)) {
  console.log(`  ${m.status.padEnd(8)}${m.effect.kind} → ${m.effect.target}  key ${m.key}`);
}
const timeline = await oms.timeline(ref, 'en');
if (timeline.ok) console.log(`timeline:\n${formatTimeline(timeline.value)}`);
