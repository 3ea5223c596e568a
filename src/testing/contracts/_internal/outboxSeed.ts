import type { OrderState } from '../../../order/index.js';
import type { OrderStore, OutboxClaim, OutboxMessage } from '../../../ports/index.js';
import { check, checkSame } from './assert.js';
import { captureBatch, messageDraft, type MessageSpec, type OrderSpec } from './fixtures.js';
import { appendOk } from './harness.js';

/** A message spec with a key of its own by default (`<orderId>:buyer.notify:buyer:<id>`). */
export function keyed(state: OrderState, spec: MessageSpec) {
  return messageDraft(state, {
    ...spec,
    key: spec.key ?? `${state.orderId}:buyer.notify:buyer:${spec.messageId}`,
  });
}

/** Captures an order with outbox messages; its state. */
export async function captureWith(
  store: OrderStore,
  order: OrderSpec,
  messages: readonly MessageSpec[],
): Promise<OrderState> {
  const batch = captureBatch(order);
  const drafts = messages.map((m) => keyed(batch.state, m));
  await appendOk(store, { ...batch, messages: drafts }, `capture of ${order.orderId}`);
  return batch.state;
}

/** The message ids of claims or messages, in the order given. */
export function messageIds(items: readonly (OutboxClaim | OutboxMessage)[]): string[] {
  return items.map((i) => ('message' in i ? i.message.messageId : i.messageId));
}

/** The one message of a list with this id. */
export function pick(messages: readonly OutboxMessage[], messageId: string): OutboxMessage {
  const found = messages.filter((m) => m.messageId === messageId);
  checkSame(found.length, 1, `messages with id ${messageId}`);
  const [m] = found;
  check(m !== undefined, `message ${messageId} is missing`);
  return m;
}
