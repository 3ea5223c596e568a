import type { AppendBatch } from '../../ports/index.js';

/**
 * Checks that a batch is shaped as `OrderStore.append` documents it. A malformed batch is a
 * bug of the caller (the engine builds batches from `decide` and `apply`), not a conflict.
 *
 * @param batch - the batch given to `append`
 * @param origin - the adapter, first word of the error message (`'ordokit/memory'`)
 * @throws RangeError naming the first rule the batch breaks
 */
export function checkBatch(batch: AppendBatch, origin: string): void {
  const fail = (rule: string): never => {
    throw new RangeError(
      `${origin}: append of order ${batch.orderId} (tenant ${batch.tenantId}): ${rule}`,
    );
  };
  if (!Number.isSafeInteger(batch.expectedVersion) || batch.expectedVersion < 0) {
    fail('expectedVersion must be an integer, 0 or more');
  }
  if (batch.events.length === 0) fail('a batch has at least one event');
  batch.events.forEach((event, i) => {
    if (event.orderId !== batch.orderId) fail(`event ${i} belongs to order ${event.orderId}`);
    if (event.seq !== batch.expectedVersion + i + 1) {
      fail(`event ${i} has seq ${event.seq}, expected ${batch.expectedVersion + i + 1}`);
    }
    if (Number.isNaN(Date.parse(event.at))) fail(`event ${i} has an unreadable at: ${event.at}`);
  });
  if (batch.expectedVersion === 0 && batch.events[0]?.type !== 'order.captured') {
    fail('the first event of an order is order.captured');
  }
  const { state } = batch;
  if (state.tenantId !== batch.tenantId || state.orderId !== batch.orderId) {
    fail(`the state is order ${state.orderId} of tenant ${state.tenantId}`);
  }
  if (state.version !== batch.expectedVersion + batch.events.length) {
    fail(`the state has version ${state.version}, the last event seq is different`);
  }
  for (const m of batch.messages) {
    if (m.tenantId !== batch.tenantId || m.orderId !== batch.orderId) {
      fail(`message ${m.messageId} is for order ${m.orderId} of tenant ${m.tenantId}`);
    }
    if (Number.isNaN(Date.parse(m.createdAt))) {
      fail(`message ${m.messageId} has an unreadable createdAt: ${m.createdAt}`);
    }
  }
}
