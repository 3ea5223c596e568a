import { err, ok, type Result } from '../../../result/index.js';
import type { OrderEvent } from '../../../order/index.js';
import type {
  AppendBatch,
  AppendReceipt,
  OutboxMessageDraft,
  StoreAppendError,
} from '../../../ports/index.js';
import { checkBatch } from '../../_shared/checkBatch.js';
import {
  channelKey,
  ensureTenant,
  insertSorted,
  tenantOf,
  type Backend,
  type StoredMessage,
} from './backend.js';
import { copyData } from './copyData.js';

/** Message keys and ids already taken by earlier batches of the same call, per tenant. */
type Taken = Map<string, { readonly keys: Set<string>; readonly ids: Set<string> }>;

/** Channel references claimed by earlier new orders of the same call: key → orderId. */
type Claimed = Map<string, string>;

/**
 * The messages of a batch to write: those whose key neither the tenant nor an earlier message
 * of the call has.
 *
 * @throws RangeError when a message id is already used in the tenant (a caller bug)
 */
function newMessages(
  backend: Backend,
  taken: Taken,
  messages: readonly OutboxMessageDraft[],
): OutboxMessageDraft[] {
  const fresh: OutboxMessageDraft[] = [];
  for (const m of messages) {
    const tenant = tenantOf(backend, m.tenantId);
    let seen = taken.get(m.tenantId);
    if (seen === undefined) {
      seen = { keys: new Set(), ids: new Set() };
      taken.set(m.tenantId, seen);
    }
    if (seen.keys.has(m.key) || tenant?.messageKeys.has(m.key) === true) continue;
    if (seen.ids.has(m.messageId) || tenant?.messages.has(m.messageId) === true) {
      throw new RangeError(
        `ordokit/memory: message id ${m.messageId} is already used in tenant ${m.tenantId}`,
      );
    }
    seen.keys.add(m.key);
    seen.ids.add(m.messageId);
    fresh.push(m);
  }
  return fresh;
}

/** The conflict the batch meets: a version other than expected, or a channel ref taken. */
function conflictOf(
  backend: Backend,
  batch: AppendBatch,
  claimed: Claimed,
): StoreAppendError | undefined {
  const tenant = tenantOf(backend, batch.tenantId);
  const actualVersion = tenant?.orders.get(batch.orderId)?.record.state.version ?? 0;
  if (actualVersion !== batch.expectedVersion) {
    return {
      code: 'store/version_conflict',
      tenantId: batch.tenantId,
      orderId: batch.orderId,
      expectedVersion: batch.expectedVersion,
      actualVersion,
    };
  }
  if (batch.expectedVersion !== 0) return undefined;
  const { channel, channelOrderRef } = batch.state.order.channelRef;
  const key = channelKey(channel, channelOrderRef);
  const existingOrderId =
    tenant?.channelRefs.get(key) ?? claimed.get(JSON.stringify([batch.tenantId, key]));
  if (existingOrderId === undefined) return undefined;
  return {
    code: 'store/channel_ref_taken',
    tenantId: batch.tenantId,
    channel,
    channelOrderRef,
    existingOrderId,
  };
}

/** Writes a checked batch (no conflict) into the backend. */
function commit(backend: Backend, batch: AppendBatch, messages: OutboxMessageDraft[]): void {
  const tenant = ensureTenant(backend, batch.tenantId);
  const first = batch.events[0] as OrderEvent;
  const last = batch.events[batch.events.length - 1] as OrderEvent;
  let stored = tenant.orders.get(batch.orderId);
  if (stored === undefined) {
    stored = {
      record: { state: batch.state, capturedAt: first.at, updatedAt: last.at },
      events: [],
    };
    tenant.orders.set(batch.orderId, stored);
    insertSorted(tenant.orderIds, batch.orderId);
    const ref = batch.state.order.channelRef;
    tenant.channelRefs.set(channelKey(ref.channel, ref.channelOrderRef), batch.orderId);
  } else {
    stored.record = {
      state: batch.state,
      capturedAt: stored.record.capturedAt,
      updatedAt: last.at,
    };
  }
  stored.events.push(...batch.events);
  let byOrder = tenant.messagesByOrder.get(batch.orderId);
  if (byOrder === undefined) {
    byOrder = [];
    tenant.messagesByOrder.set(batch.orderId, byOrder);
  }
  for (const draft of messages) {
    const message: StoredMessage = {
      draft,
      status: 'pending',
      attempts: 0,
      nextAttemptAt: draft.createdAt,
      nextAttemptMs: Date.parse(draft.createdAt),
      leaseId: undefined,
      leaseUntil: undefined,
      leaseUntilMs: undefined,
      lastError: undefined,
      completedAt: undefined,
    };
    tenant.messages.set(draft.messageId, message);
    tenant.messageKeys.add(draft.key);
    byOrder.push(message);
    backend.pending.add(message);
  }
}

/**
 * `OrderStore.append` and `appendMany` on the backend: every batch is copied and checked,
 * then either all are written or none (the error of the first conflicting batch).
 *
 * @throws RangeError for a malformed batch, two batches of one order, or a message id reused
 *   (caller bugs), before anything is written
 */
export function appendBatches(
  backend: Backend,
  inputs: readonly AppendBatch[],
): Result<AppendReceipt[], StoreAppendError> {
  // Copy first: nothing the caller keeps can reach the stored data afterwards.
  const batches = inputs.map((input) => copyData(input));
  const orders = new Set<string>();
  const claimed: Claimed = new Map();
  for (const batch of batches) {
    checkBatch(batch, 'ordokit/memory');
    const order = JSON.stringify([batch.tenantId, batch.orderId]);
    if (orders.has(order)) {
      throw new RangeError(
        `ordokit/memory: appendMany got two batches for order ${batch.orderId} (tenant ${batch.tenantId})`,
      );
    }
    orders.add(order);
  }
  for (const batch of batches) {
    const conflict = conflictOf(backend, batch, claimed);
    if (conflict !== undefined) return err(conflict);
    const { channel, channelOrderRef } = batch.state.order.channelRef;
    const key = JSON.stringify([batch.tenantId, channelKey(channel, channelOrderRef)]);
    if (batch.expectedVersion === 0) claimed.set(key, batch.orderId);
  }
  const taken: Taken = new Map();
  const messages = batches.map((batch) => newMessages(backend, taken, batch.messages));
  batches.forEach((batch, i) => {
    commit(backend, batch, messages[i] ?? []);
  });
  return ok(
    batches.map((batch, i) => ({
      version: batch.state.version,
      messageIds: (messages[i] ?? []).map((m) => m.messageId),
    })),
  );
}
