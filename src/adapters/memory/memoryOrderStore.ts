import { err, ok, type Result } from '../../result/index.js';
import type { OrderEvent } from '../../order/index.js';
import type {
  AppendBatch,
  AppendReceipt,
  OrderPage,
  OrderQuery,
  OrderRecord,
  OrderStore,
  OutboxMessageDraft,
  StoreAppendError,
} from '../../ports/index.js';
import {
  channelKey,
  ensureTenant,
  indexAfter,
  insertSorted,
  readInstant,
  settle,
  tenantOf,
  type Backend,
  type StoredMessage,
  type StoredOrder,
  type TenantData,
} from './_internal/backend.js';
import { checkBatch } from './_internal/checkBatch.js';
import { copyData } from './_internal/copyData.js';
import { decodeCursor, encodeCursor } from './_internal/cursor.js';

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;

/** The page size a query asks for, clamped to 1..1000 (100 when absent or not a number). */
function pageSize(limit: number | undefined): number {
  if (limit === undefined || Number.isNaN(limit)) return DEFAULT_LIMIT;
  return Math.min(MAX_LIMIT, Math.max(1, Math.floor(limit)));
}

/** The test a record must pass to be listed, built once per query. */
function matcherOf(query: OrderQuery): (record: OrderRecord) => boolean {
  const statuses = query.status === undefined ? undefined : new Set<string>(query.status);
  const { holdReason, channel } = query;
  const capturedBefore =
    query.capturedBefore === undefined
      ? undefined
      : readInstant(query.capturedBefore, 'capturedBefore');
  const updatedBefore =
    query.updatedBefore === undefined
      ? undefined
      : readInstant(query.updatedBefore, 'updatedBefore');
  return ({ state, capturedAt, updatedAt }) =>
    (statuses === undefined || statuses.has(state.status)) &&
    (holdReason === undefined || state.holds.some((h) => h.reasonCode === holdReason)) &&
    (channel === undefined || state.order.channelRef.channel === channel) &&
    (capturedBefore === undefined || Date.parse(capturedAt) < capturedBefore) &&
    (updatedBefore === undefined || Date.parse(updatedAt) < updatedBefore);
}

/** The messages of a batch to write: those whose key the tenant (or the batch) has not seen. */
function newMessages(
  tenant: TenantData | undefined,
  messages: readonly OutboxMessageDraft[],
): OutboxMessageDraft[] {
  const keys = new Set<string>();
  const ids = new Set<string>();
  const fresh: OutboxMessageDraft[] = [];
  for (const m of messages) {
    if (keys.has(m.key) || tenant?.messageKeys.has(m.key) === true) continue;
    if (ids.has(m.messageId) || tenant?.messages.has(m.messageId) === true) {
      throw new RangeError(
        `ordokit/memory: message id ${m.messageId} is already used in tenant ${m.tenantId}`,
      );
    }
    keys.add(m.key);
    ids.add(m.messageId);
    fresh.push(m);
  }
  return fresh;
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

/** `OrderStore.append` on the backend: conflicts first, then the whole batch or nothing. */
function appendBatch(
  backend: Backend,
  input: AppendBatch,
): Result<AppendReceipt, StoreAppendError> {
  // Copy first: nothing the caller keeps can reach the stored data afterwards.
  const batch = copyData(input);
  checkBatch(batch);
  const tenant = tenantOf(backend, batch.tenantId);
  const actualVersion = tenant?.orders.get(batch.orderId)?.record.state.version ?? 0;
  if (actualVersion !== batch.expectedVersion) {
    return err({
      code: 'store/version_conflict',
      tenantId: batch.tenantId,
      orderId: batch.orderId,
      expectedVersion: batch.expectedVersion,
      actualVersion,
    });
  }
  if (batch.expectedVersion === 0) {
    const { channel, channelOrderRef } = batch.state.order.channelRef;
    const existingOrderId = tenant?.channelRefs.get(channelKey(channel, channelOrderRef));
    if (existingOrderId !== undefined) {
      return err({
        code: 'store/channel_ref_taken',
        tenantId: batch.tenantId,
        channel,
        channelOrderRef,
        existingOrderId,
      });
    }
  }
  const messages = newMessages(tenant, batch.messages);
  commit(backend, batch, messages);
  return ok({ version: batch.state.version, messageIds: messages.map((m) => m.messageId) });
}

/** `OrderStore.list` on the backend: keyset pagination on orderId. */
function listOrders(backend: Backend, tenantId: string, query: OrderQuery): OrderPage {
  const limit = pageSize(query.limit);
  let after: string | undefined;
  if (query.cursor !== undefined) {
    after = decodeCursor(query.cursor);
    if (after === undefined) {
      throw new RangeError(`ordokit/memory: not a cursor of this store: ${query.cursor}`);
    }
  }
  const matches = matcherOf(query);
  const tenant = tenantOf(backend, tenantId);
  const items: OrderRecord[] = [];
  if (tenant === undefined) return { items };
  const ids = tenant.orderIds;
  let lastId = '';
  for (let i = indexAfter(ids, after); i < ids.length; i++) {
    const orderId = ids[i] as string;
    const stored = tenant.orders.get(orderId);
    if (stored === undefined || !matches(stored.record)) continue;
    // One more match exists: the page is full and not the last; go on after its last order.
    if (items.length === limit) return { items, nextCursor: encodeCursor(lastId) };
    items.push(copyData(stored.record));
    lastId = orderId;
  }
  return { items };
}

/**
 * The memory backend's `OrderStore`: every call works on copies, so callers never share an
 * object with what is stored. Each call runs at once, so it is atomic.
 */
export function createMemoryOrderStore(backend: Backend): OrderStore {
  const find = (tenantId: string, orderId: string) =>
    tenantOf(backend, tenantId)?.orders.get(orderId);
  const copyOf = (stored: StoredOrder | undefined) =>
    stored === undefined ? undefined : copyData(stored.record);
  return {
    load: (tenantId, orderId) => settle(() => copyOf(find(tenantId, orderId))),

    findByChannelRef: (tenantId, channel, channelOrderRef) =>
      settle(() => {
        const tenant = tenantOf(backend, tenantId);
        const orderId = tenant?.channelRefs.get(channelKey(channel, channelOrderRef));
        return copyOf(orderId === undefined ? undefined : tenant?.orders.get(orderId));
      }),

    loadEvents: (tenantId, orderId, fromSeq = 1) =>
      settle(() => {
        const events = find(tenantId, orderId)?.events ?? [];
        return copyData(events.filter((e) => e.seq >= fromSeq));
      }),

    append: (batch) => settle(() => appendBatch(backend, batch)),

    list: (tenantId, query = {}) => settle(() => listOrders(backend, tenantId, query)),
  };
}
