import type { OrderEvent, OrderState } from '../../order/index.js';
import type {
  AppendBatch,
  AppendReceipt,
  OutboxMessageDraft,
  StoreAppendError,
} from '../../ports/index.js';
import type { Result } from '../../result/index.js';
import { planEffects } from '../planEffects.js';
import type { EngineContext } from './context.js';

/**
 * The append of the events: the state after them and the outbox messages of the effects they
 * cause, expecting the order at the version of `before` (0 for a new order).
 */
export function buildAppendBatch(
  ctx: EngineContext,
  before: OrderState | undefined,
  events: readonly OrderEvent[],
  after: OrderState,
): AppendBatch {
  const planned = planEffects(before, events, {
    connectors: ctx.connectors,
    deferInvoicing: ctx.policy.deferInvoicing,
    inventory: ctx.inventory !== undefined,
    ...(ctx.policy.defaultCarrier === undefined
      ? {}
      : { defaultCarrier: ctx.policy.defaultCarrier }),
  });
  const messages: OutboxMessageDraft[] = planned.map((p) => ({
    messageId: ctx.ids.next('message'),
    tenantId: after.tenantId,
    orderId: after.orderId,
    key: p.key,
    causedBySeq: p.causedBySeq,
    effect: p.effect,
    createdAt: p.createdAt,
  }));
  return {
    tenantId: after.tenantId,
    orderId: after.orderId,
    expectedVersion: before?.version ?? 0,
    events,
    state: after,
    messages,
  };
}

/** Plans the effects of the events and appends both in one batch (see {@link buildAppendBatch}). */
export function commitEvents(
  ctx: EngineContext,
  before: OrderState | undefined,
  events: readonly OrderEvent[],
  after: OrderState,
): Promise<Result<AppendReceipt, StoreAppendError>> {
  return ctx.store.append(buildAppendBatch(ctx, before, events, after));
}
