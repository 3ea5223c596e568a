import { countUnallocated, type Hold, type OrderState } from '../../order/index.js';
import { ok, type Result } from '../../result/index.js';
import type { EngineError } from '../errors.js';
import type { IngestOutcome, OrderRef } from '../oms.js';
import { allocateOrder } from './allocateOrder.js';
import { runCommands } from './runCommands.js';
import type { EngineContext } from './context.js';

/**
 * With inventory, a new order captured already accepted (no acceptance needed) is routed and
 * its units reserved right away, as `accept` does. An order captured on hold is left alone:
 * it is allocated when the hold is released. When the allocation cannot run, the capture
 * stands and `changes` says why; `oms.allocate` tries again.
 */
export async function allocateIngested(
  ctx: EngineContext,
  result: Result<IngestOutcome, EngineError>,
): Promise<Result<IngestOutcome, EngineError>> {
  const { inventory } = ctx;
  if (inventory === undefined || !result.ok) return result;
  const outcome = result.value;
  const { state } = outcome;
  if (outcome.outcome === 'updated') {
    const ref = { tenantId: state.tenantId, orderId: state.orderId };
    return ok({ ...outcome, state: await settleBackorders(ctx, ref, state) });
  }
  if (outcome.outcome !== 'created' || state.status !== 'accepted') return result;
  if (state.holds.some((h) => h.scope.kind === 'order')) return result;
  const ref = { tenantId: state.tenantId, orderId: state.orderId };
  const allocated = await allocateOrder(ctx, inventory, ref, false, {
    actor: ctx.policy.systemActor,
  });
  if (!allocated.ok) {
    return ok({
      ...outcome,
      changes: [...outcome.changes, `not allocated: ${allocated.error.code}`],
    });
  }
  const after = allocated.value.state;
  const before = new Set(state.holds.map((h) => h.holdId));
  const placed: Hold[] = after.holds.filter((h) => !before.has(h.holdId));
  return ok({ ...outcome, state: after, holdsPlaced: [...outcome.holdsPlaced, ...placed] });
}

/**
 * With inventory, releasing a hold of an accepted order that still has units to allocate
 * routes them: the order was captured on hold, or the released hold was a backorder (a new
 * one is placed when stock is still missing). The release stands whatever the allocation
 * does.
 */
export async function allocateReleased(
  ctx: EngineContext,
  ref: OrderRef,
  state: OrderState,
): Promise<Result<OrderState, EngineError>> {
  const { inventory } = ctx;
  if (inventory === undefined) return ok(state);
  if (state.status !== 'accepted' && state.status !== 'in_preparation') return ok(state);
  if (state.holds.some((h) => h.scope.kind === 'order')) return ok(state);
  if (!state.order.lines.some((l) => countUnallocated(l.quantities) > 0)) return ok(state);
  const allocated = await allocateOrder(ctx, inventory, ref, false, {
    actor: ctx.policy.systemActor,
  });
  return ok(allocated.ok ? allocated.value.state : state);
}

/**
 * With inventory, a `backorder` hold whose line no longer waits for anything (its missing
 * units were cancelled) is released, so that no hold stays without a reason. The change that
 * led here stands whatever the release does.
 */
export async function settleBackorders(
  ctx: EngineContext,
  ref: OrderRef,
  state: OrderState,
): Promise<OrderState> {
  if (ctx.inventory === undefined) return state;
  const waiting = new Map(state.order.lines.map((l) => [l.lineId, countUnallocated(l.quantities)]));
  const stale = state.holds.filter(
    (h) =>
      h.reasonCode === 'backorder' &&
      h.scope.kind === 'line' &&
      (waiting.get(h.scope.lineId) ?? 0) <= 0,
  );
  if (stale.length === 0) return state;
  const released = await runCommands(
    ctx,
    ref,
    (current) =>
      stale
        .filter((h) => current.holds.some((c) => c.holdId === h.holdId))
        .map((h) => ({ type: 'releaseHold', holdId: h.holdId })),
    { actor: ctx.policy.systemActor },
  );
  return released.ok ? released.value : state;
}
