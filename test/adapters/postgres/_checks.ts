import { expect } from 'vitest';
import type { OrderEvent, OrderStore, Outbox, OutboxMessage } from '../../../src/index.js';
import { tenantId, type Succeeded, type Worker } from './_workers.js';

/** The data field of an event that names what the command added (a note's text, a hold's id). */
function markerOf(event: OrderEvent | undefined): string | undefined {
  if (event?.type === 'note.added') return event.data.text;
  if (event?.type === 'hold.placed' || event?.type === 'hold.released') return event.data.holdId;
  return undefined;
}

/** Whether the command that returned ok wrote a marker (note, hold) we can find again. */
const marked = (s: Succeeded) => s.marker !== undefined;

/**
 * Checks every order through the store: seqs are exactly 1..version, the state's version is
 * the last seq, each ok command's event is where its result said (its version), no two ok
 * commands claimed the same version, and the notes and holds of the workers are stored once
 * each, none more (nothing lost, nothing written by a command that failed).
 *
 * @returns the number of events read
 */
export async function checkOrders(
  store: OrderStore,
  orders: readonly string[],
  workers: readonly Worker[],
): Promise<number> {
  const succeeded = workers.flatMap((w) => w.succeeded);
  const byOrder = new Map<string, Succeeded[]>();
  for (const s of succeeded) byOrder.set(s.orderId, [...(byOrder.get(s.orderId) ?? []), s]);
  const storedMarkers: string[] = [];
  let total = 0;
  for (const orderId of orders) {
    const events = await store.loadEvents(tenantId, orderId);
    const record = await store.load(tenantId, orderId);
    total += events.length;
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    expect([orderId, record?.state.version]).toEqual([orderId, events.length]);
    const mine = byOrder.get(orderId) ?? [];
    const versions = mine.map((s) => s.version);
    expect([orderId, new Set(versions).size]).toEqual([orderId, versions.length]);
    for (const s of mine) {
      const at = events[s.version - 1];
      if (marked(s)) {
        expect({ type: at?.type, marker: markerOf(at) }).toEqual({
          type: s.type,
          marker: s.marker,
        });
      } else {
        const upTo = events.slice(0, s.version);
        expect([orderId, s.type, upTo.some((e) => e.type === s.type)]).toEqual([
          orderId,
          s.type,
          true,
        ]);
      }
    }
    for (const e of events) {
      const marker = markerOf(e);
      const ours = e.type === 'note.added' ? /^w\d+ note /u : /^w\d+-hold-/u;
      if (marker !== undefined && ours.test(marker)) storedMarkers.push(`${e.type} ${marker}`);
    }
  }
  const expected = succeeded.filter(marked).map((s) => `${s.type} ${s.marker ?? ''}`);
  expect(storedMarkers.sort()).toEqual(expected.sort());
  return total;
}

/** What the outbox holds at the end, by status. */
export interface OutboxSummary {
  readonly done: number;
  readonly parked: number;
  readonly pending: number;
}

/**
 * Checks the outbox of every order: each done message was completed once by one worker and
 * delivered once (again only after a park for a hold), no other message was completed, no
 * fake got a key that is not a message, and each message is done, parked with a reason, or
 * pending with a retry after `now`.
 *
 * @returns the messages by status
 */
export async function checkOutbox(
  outbox: Outbox,
  orders: readonly string[],
  workers: readonly Worker[],
  now: string,
): Promise<OutboxSummary> {
  const messages: OutboxMessage[] = [];
  for (const orderId of orders) messages.push(...(await outbox.listByOrder(tenantId, orderId)));
  const keys = messages.map((m) => m.key);
  expect(new Set(keys).size).toBe(keys.length);
  const tally = (items: readonly string[]) => {
    const counts = new Map<string, number>();
    for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
    return counts;
  };
  const calls = workers.flatMap((w) => w.calls()).filter((c) => c.acted || c.replayed);
  const processed = tally(calls.map((c) => c.key));
  const completed = tally(workers.flatMap((w) => w.completed));
  const heldBack = tally(workers.flatMap((w) => w.heldBack));
  // Completed once if done, never otherwise; delivered (acted on, or replayed by the remote
  // side) once per completion, plus once per park after a delivery whose follow-up a hold
  // stopped; nothing delivered that is not a message.
  const wrong = messages
    .map((m) => ({
      key: m.key,
      status: m.status,
      completed: completed.get(m.messageId) ?? 0,
      processed: processed.get(m.key) ?? 0,
      heldBack: heldBack.get(m.messageId) ?? 0,
    }))
    .filter(
      (c) =>
        c.completed !== (c.status === 'done' ? 1 : 0) ||
        c.processed < c.completed ||
        c.processed > c.completed + c.heldBack,
    );
  expect(wrong).toEqual([]);
  const known = new Set(keys);
  expect([...processed.keys()].filter((key) => !known.has(key))).toEqual([]);
  const unexplained = messages.filter(
    (m) =>
      !(m.status === 'done' && m.completedAt !== undefined) &&
      !(m.status === 'parked' && m.lastError !== undefined) &&
      !(m.status === 'pending' && Date.parse(m.nextAttemptAt) > Date.parse(now)),
  );
  expect(unexplained).toEqual([]);
  const count = (status: OutboxMessage['status']) =>
    messages.filter((m) => m.status === status).length;
  return { done: count('done'), parked: count('parked'), pending: count('pending') };
}
