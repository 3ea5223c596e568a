import { expect } from 'vitest';
import type { FakeCall, FakeRecorder, MemoryStorage } from '../../src/adapters/memory/index.js';
import type { Oms, OrderState, OutboxMessage } from '../../src/index.js';

const tenantId = 'tenant-a';

/** Every key each fake acted on, counted across all fakes. */
export function receivedCounts(
  recorders: readonly FakeRecorder<unknown, unknown>[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of recorders)
    for (const { key } of r.received) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

export async function statesOf(
  oms: Oms,
  orderIds: readonly string[],
): Promise<Map<string, OrderState>> {
  const states = new Map<string, OrderState>();
  for (const orderId of orderIds) {
    const got = await oms.get({ tenantId, orderId });
    if (got.ok) states.set(orderId, got.value);
  }
  return states;
}

/** A parked message is explained by an active hold of its order that names it. */
export function explains(state: OrderState | undefined, message: OutboxMessage): boolean {
  if (state === undefined) return false;
  const own = state.holds.find((h) => h.holdId === `hold-${message.messageId}`);
  if (own !== undefined) {
    return (
      own.reasonCode === 'effect_failed' &&
      (own.note ?? '').includes(`${message.effect.kind} to ${message.effect.target}`) &&
      (own.note ?? '').includes(message.key)
    );
  }
  // Held back: its last error names the holds it waits for; one of them is still active.
  return state.holds.some((h) => (message.lastError ?? '').includes(h.holdId));
}

/** The invariants that hold at every quiet point, operator or not. */
export function checkQuietInvariants(
  storage: MemoryStorage,
  recorders: readonly FakeRecorder<unknown, unknown>[],
  states: ReadonlyMap<string, OrderState>,
  expectedStatus: (orderId: string) => OrderState['status'],
) {
  const messages = storage.listMessages();
  const keys = new Set(messages.map((m) => m.key));
  const counts = receivedCounts(recorders);
  // Nothing is left waiting: every message is delivered or parked.
  expect(messages.filter((m) => m.status === 'pending')).toEqual([]);
  // Every delivered effect reached its system exactly once for its key.
  for (const m of messages.filter((x) => x.status === 'done'))
    expect([m.key, counts.get(m.key)]).toEqual([m.key, 1]);
  // Nothing reached a system that was not planned, nor twice, nor with a key reused.
  for (const [key, count] of counts) expect([key, keys.has(key), count]).toEqual([key, true, 1]);
  const calls: FakeCall<unknown>[] = recorders.flatMap((r) => r.calls);
  expect(calls.filter((c) => c.keyReused)).toEqual([]);
  // Nothing lost: every parked message is explained by an active hold of its order.
  for (const m of messages.filter((x) => x.status === 'parked')) {
    expect([m.key, explains(states.get(m.orderId), m)]).toEqual([m.key, true]);
  }
  // No order stuck unexplained: at its end state, or on a hold with a note.
  for (const [orderId, state] of states) {
    const explained = state.holds.length > 0 && state.holds.every((h) => (h.note ?? '').length > 0);
    expect([orderId, state.status === expectedStatus(orderId) || explained]).toEqual([
      orderId,
      true,
    ]);
  }
}
