import { available, findStockLevel, type StockCommand } from '../../inventory/index.js';
import type { Hold, LineAllocation, OrderState } from '../../order/index.js';
import type { StockLine } from '../../ports/index.js';
import { err, ok, OrdokitError, type Result } from '../../result/index.js';
import { routeOrder, type RoutePlan } from '../../routing/index.js';
import type { OmsInventory } from '../config.js';
import type { EngineError } from '../errors.js';
import type { AllocationOutcome, CommandOptions, OrderRef } from '../oms.js';
import { commitEvents } from './commitEvents.js';
import type { EngineContext, PlannedCommand } from './context.js';
import { completeCommand, decideAll } from './decideAll.js';
import { moveStock } from './applyStockMovement.js';
import { componentsOf, lineCommands, orderSkus, partsOf, routingOrderOf } from './orderStock.js';
import { runStock } from './stockLedger.js';
import { backorderNextAction, describeBackorder } from './stockHoldTexts.js';

const allocatable = new Set(['accepted', 'in_preparation']);

/** The `backorder` holds of the order's lines, by line. */
function backorderHolds(state: OrderState): Map<string, Hold> {
  const holds = new Map<string, Hold>();
  for (const hold of state.holds) {
    if (hold.reasonCode === 'backorder' && hold.scope.kind === 'line') {
      holds.set(hold.scope.lineId, hold);
    }
  }
  return holds;
}

/**
 * The order commands that record a route: accept (when accepting), release the backorder
 * holds of lines now allocated or no longer waiting, allocate, and hold what waits.
 */
function recordRoute(
  ctx: EngineContext,
  state: OrderState,
  plan: RoutePlan,
  accepting: boolean,
): PlannedCommand[] {
  const commands: PlannedCommand[] = accepting ? [{ type: 'accept' }] : [];
  const allocations: LineAllocation[] = [];
  for (const a of plan.allocations) {
    for (const l of a.lines) {
      allocations.push({ lineId: l.lineId, quantity: l.quantity, warehouseId: a.warehouseId });
    }
  }
  const allocated = new Set(allocations.map((a) => a.lineId));
  const waiting = new Map(plan.backorders.map((b) => [b.lineId, b]));
  const held = backorderHolds(state);
  for (const [lineId, hold] of held) {
    if (allocated.has(lineId) || !waiting.has(lineId)) {
      commands.push({ type: 'releaseHold', holdId: hold.holdId });
      held.delete(lineId);
    }
  }
  if (allocations.length > 0) commands.push({ type: 'allocateLines', lines: allocations });
  const { locale } = ctx.policy;
  for (const [lineId, backorder] of waiting) {
    if (held.has(lineId)) continue;
    commands.push({
      type: 'placeHold',
      holdId: ctx.ids.next('hold'),
      reasonCode: 'backorder',
      scope: { kind: 'line', lineId },
      note: describeBackorder(lineId, backorder.quantity, backorder.reason, locale),
      nextAction: backorderNextAction(locale),
    });
  }
  return commands;
}

/** The reserve commands of a route: per line and warehouse, each part (bundle components). */
function reservationsOf(
  inventory: OmsInventory,
  state: OrderState,
  plan: RoutePlan,
  envelope: Pick<StockCommand, 'at' | 'actor'>,
): StockCommand[] {
  const lines = new Map(state.order.lines.map((l) => [l.lineId, l]));
  return plan.allocations.flatMap((a) =>
    a.lines.flatMap((l) => {
      const line = lines.get(l.lineId);
      if (line === undefined) return [];
      const where = { orderId: state.orderId, lineId: l.lineId, warehouseId: a.warehouseId };
      return lineCommands('reserve', envelope, where, partsOf(inventory, line), l.quantity);
    }),
  );
}

/**
 * Gives back the units a route reserved for an order change that did not land: per warehouse,
 * its own reservation first. When a cancellation's release took that one meanwhile (it
 * cannot tell reservations the order does not show yet), the same units of the line are
 * released where they still are, so the line never keeps more than the order allocates.
 */
async function undoRoute(
  ctx: EngineContext,
  inventory: OmsInventory,
  state: OrderState,
  plan: RoutePlan,
): Promise<void> {
  const lines = new Map(state.order.lines.map((l) => [l.lineId, l]));
  for (const allocation of plan.allocations) {
    const moved: StockLine[] = [];
    for (const l of allocation.lines) {
      const line = lines.get(l.lineId);
      if (line === undefined) continue;
      const components = componentsOf(inventory, line);
      moved.push({
        lineId: l.lineId,
        sku: line.sku,
        quantity: l.quantity,
        ...(components === undefined ? {} : { components: [...components] }),
      });
    }
    if (moved.length === 0) continue;
    const movement = { orderId: state.orderId, warehouseId: allocation.warehouseId, lines: moved };
    await moveStock(ctx, inventory, state.tenantId, movement, 'release', { now: ctx.clock.now() });
  }
}

/**
 * Routes the units of an order still to allocate, reserves them in the stock store, then
 * records the route in the order: `accept` first when accepting, `allocateLines` per
 * warehouse, `backorder` holds on the lines that wait (released once they are allocated).
 * Stock is reserved first, so two orders never promise the same units; when the order
 * change does not land (a concurrent change, a refusal), the reservations are given back and,
 * on a conflict, everything starts again on fresh figures.
 */
export async function allocateOrder(
  ctx: EngineContext,
  inventory: OmsInventory,
  ref: OrderRef,
  accepting: boolean,
  options: CommandOptions | undefined,
): Promise<Result<AllocationOutcome, EngineError>> {
  const attempts = ctx.policy.conflictRetries + 1;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const record = await ctx.store.load(ref.tenantId, ref.orderId);
    if (record === undefined) {
      return err({ code: 'engine/order_not_found', tenantId: ref.tenantId, orderId: ref.orderId });
    }
    const before = record.state;
    const at = ctx.clock.now();
    const complete = (planned: readonly PlannedCommand[]) =>
      planned.map((p) => completeCommand(p, at, ctx.policy.systemActor, options));
    if (accepting) {
      const probe = decideAll(before, complete([{ type: 'accept' }]));
      if (!probe.ok) return probe;
    } else if (!allocatable.has(before.status)) {
      return err({
        code: 'order/invalid_transition',
        from: before.status,
        event: 'order.lines_allocated',
      });
    }
    const lines = before.order.lines;
    const routingOrder = routingOrderOf(inventory, before);
    let plan: RoutePlan | undefined;
    const envelope = { at, actor: options?.actor ?? ctx.policy.systemActor };
    const reserved = await runStock<never>(
      inventory.stock,
      ref.tenantId,
      {
        scope: { skus: orderSkus(inventory, lines), orderIds: [ref.orderId] },
        attempts,
      },
      (snapshot) => {
        const routed = routeOrder(
          routingOrder,
          inventory.warehouses,
          { available: (w, sku) => available(findStockLevel(snapshot.state, w, sku)) },
          inventory.routing,
        );
        // createOms checked the warehouses and the policy: routing cannot refuse them here.
        if (!routed.ok) throw new OrdokitError(routed.error);
        plan = routed.value;
        return ok(reservationsOf(inventory, before, routed.value, envelope));
      },
    );
    if (!reserved.ok) return reserved;
    const route = plan as RoutePlan;
    const decided = decideAll(before, complete(recordRoute(ctx, before, route, accepting)));
    if (!decided.ok) {
      if (reserved.value.events.length > 0) await undoRoute(ctx, inventory, before, route);
      return decided;
    }
    const { events, after } = decided.value;
    if (events.length === 0 || after === undefined) return ok({ state: before, plan: route });
    const appended = await commitEvents(ctx, before, events, after);
    if (appended.ok) return ok({ state: after, plan: route });
    if (reserved.value.events.length > 0) await undoRoute(ctx, inventory, before, route);
    if (appended.error.code !== 'store/version_conflict') return appended;
  }
  return err({
    code: 'engine/conflict_persisting',
    tenantId: ref.tenantId,
    orderId: ref.orderId,
    attempts,
  });
}
