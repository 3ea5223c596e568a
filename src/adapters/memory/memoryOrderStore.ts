import { ok } from '../../result/index.js';
import type {
  AppendReceipt,
  OrderPage,
  OrderQuery,
  OrderRecord,
  OrderStore,
} from '../../ports/index.js';
import {
  channelKey,
  indexAfter,
  readInstant,
  settle,
  tenantOf,
  type Backend,
  type StoredOrder,
} from './_internal/backend.js';
import { appendBatches } from './_internal/appendBatches.js';
import { copyData } from './_internal/copyData.js';
import { decodeCursor, encodeCursor } from '../_shared/cursor.js';
import { pageSize } from '../_shared/pageSize.js';

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

    findOrderIds: (tenantId, channel, channelOrderRefs) =>
      settle(() => {
        const tenant = tenantOf(backend, tenantId);
        const found = new Map<string, string>();
        for (const ref of channelOrderRefs) {
          const orderId = tenant?.channelRefs.get(channelKey(channel, ref));
          if (orderId !== undefined) found.set(ref, orderId);
        }
        return found;
      }),

    loadEvents: (tenantId, orderId, fromSeq = 1) =>
      settle(() => {
        const events = find(tenantId, orderId)?.events ?? [];
        return copyData(events.filter((e) => e.seq >= fromSeq));
      }),

    append: (batch) =>
      settle(() => {
        const appended = appendBatches(backend, [batch]);
        return appended.ok ? ok(appended.value[0] as AppendReceipt) : appended;
      }),

    appendMany: (batches) => settle(() => appendBatches(backend, batches)),

    list: (tenantId, query = {}) => settle(() => listOrders(backend, tenantId, query)),
  };
}
