import {
  available,
  findStockLevel,
  type StockCommand,
  type UncoveredReservation,
} from '../../inventory/index.js';
import type { Actor, LineReallocation, OrderState } from '../../order/index.js';
import { ok, OrdokitError } from '../../result/index.js';
import { routeOrder, type RoutePlan } from '../../routing/index.js';
import type { OmsInventory } from '../config.js';
import type { EngineError } from '../errors.js';
import type { CommandOptions, OrderRef, StockDiscrepancyOutcome } from '../oms.js';
import type { EngineContext } from './context.js';
import { packedByLine } from './commandPlans.js';
import { lineCommands, orderSkus, partsOf, unitsHeld } from './orderStock.js';
import { completeCommand, decideAll } from './decideAll.js';
import { runCommands } from './runCommands.js';
import { runStock } from './stockLedger.js';
import { describeDiscrepancy, discrepancyNextAction } from './stockHoldTexts.js';

/** Where the count happened: the warehouse and SKU whose reservations it uncovered. */
interface CountSite {
  readonly warehouseId: string;
  readonly sku: string;
}

/** Puts the line on hold `stock_discrepancy`, unless such a hold is already active on it. */
function holdLine(
  ctx: EngineContext,
  ref: OrderRef,
  site: CountSite,
  uncovered: UncoveredReservation,
  options: CommandOptions | undefined,
) {
  const { lineId, quantity } = uncovered;
  const { locale } = ctx.policy;
  return runCommands(
    ctx,
    ref,
    (state) =>
      state.holds.some(
        (h) =>
          h.reasonCode === 'stock_discrepancy' &&
          h.scope.kind === 'line' &&
          h.scope.lineId === lineId,
      )
        ? []
        : [
            {
              type: 'placeHold',
              holdId: ctx.ids.next('hold'),
              reasonCode: 'stock_discrepancy',
              scope: { kind: 'line', lineId },
              note: describeDiscrepancy(lineId, site.sku, site.warehouseId, quantity, locale),
              nextAction: discrepancyNextAction(locale),
            },
          ],
    options,
  );
}

/** The reallocations of a route away from the counted warehouse. */
function movesOf(route: RoutePlan, fromWarehouseId: string): LineReallocation[] {
  return route.allocations.flatMap((a) =>
    a.lines.map((l) => ({
      lineId: l.lineId,
      quantity: l.quantity,
      fromWarehouseId,
      toWarehouseId: a.warehouseId,
    })),
  );
}

/**
 * Moves the line's units the count uncovered to other warehouses that have them: routes them
 * without the counted warehouse, releases them there and reserves them elsewhere in one stock
 * append, then records `reallocateLines` (one more preparation order per warehouse).
 * Returns the moves recorded; units nothing could take stay where they were.
 */
async function rerouteLine(
  ctx: EngineContext,
  inventory: OmsInventory,
  state: OrderState,
  site: CountSite,
  uncovered: UncoveredReservation,
  actor: Actor,
): Promise<{ readonly moves: readonly LineReallocation[]; readonly error?: EngineError }> {
  const ref = { tenantId: state.tenantId, orderId: state.orderId };
  const line = state.order.lines.find((l) => l.lineId === uncovered.lineId);
  if (line === undefined) return { moves: [] };
  const parts = partsOf(inventory, line);
  const perUnit = parts.find((p) => p.sku === site.sku)?.quantity ?? 1;
  // Packed units cannot move (reallocateLines refuses them): only the rest is rerouted.
  const movable = line.quantities.allocated - (packedByLine(state).get(line.lineId) ?? 0);
  const wanted = Math.min(Math.ceil(uncovered.quantity / perUnit), movable);
  const others = inventory.warehouses.filter((w) => w.warehouseId !== site.warehouseId);
  const at = ctx.clock.now();
  let plan: RoutePlan | undefined;
  let refused: EngineError | undefined;
  const moved = await runStock<never>(
    inventory.stock,
    ref.tenantId,
    {
      scope: { skus: orderSkus(inventory, [line]), orderIds: [ref.orderId] },
      attempts: ctx.policy.conflictRetries + 1,
    },
    (snapshot) => {
      const held = unitsHeld(snapshot.state, ref.orderId, line.lineId, parts, site.warehouseId);
      const units = Math.min(wanted, held);
      plan = undefined;
      refused = undefined;
      if (units <= 0) return ok([]);
      const routed = routeOrder(
        {
          shippingAddress: state.order.shippingAddress,
          totals: state.order.totals,
          lines: [
            {
              lineId: line.lineId,
              sku: line.sku,
              quantities: { ordered: units, cancelled: 0, allocated: 0 },
              ...(parts.length === 1 && parts[0]?.sku === line.sku ? {} : { components: parts }),
            },
          ],
        },
        others,
        { available: (w, sku) => available(findStockLevel(snapshot.state, w, sku)) },
        { ...inventory.routing, backorder: 'hold_missing_lines' },
      );
      // createOms checked the warehouses and the policy: routing cannot refuse them here.
      if (!routed.ok) throw new OrdokitError(routed.error);
      plan = routed.value;
      // The order must take the moves (no hold in the way, units not packed) before stock moves.
      const moves = movesOf(routed.value, site.warehouseId);
      if (moves.length === 0) return ok([]);
      const probe = decideAll(state, [
        completeCommand({ type: 'reallocateLines', lines: moves }, at, actor, undefined),
      ]);
      if (!probe.ok) {
        refused = probe.error;
        return ok([]);
      }
      const envelope = { at, actor };
      const where = (warehouseId: string) => ({
        orderId: ref.orderId,
        lineId: line.lineId,
        warehouseId,
      });
      const reserves: StockCommand[] = [];
      let moving = 0;
      for (const a of routed.value.allocations) {
        for (const l of a.lines) {
          moving += l.quantity;
          reserves.push(
            ...lineCommands('reserve', envelope, where(a.warehouseId), parts, l.quantity),
          );
        }
      }
      if (moving === 0) return ok([]);
      const release = lineCommands('release', envelope, where(site.warehouseId), parts, moving);
      return ok([...release, ...reserves]);
    },
  );
  if (!moved.ok) return { moves: [], error: moved.error };
  if (refused !== undefined) return { moves: [], error: refused };
  const route = plan;
  if (route === undefined || moved.value.events.length === 0) return { moves: [] };
  const moves = movesOf(route, site.warehouseId);
  const recorded = await runCommands(ctx, ref, () => [{ type: 'reallocateLines', lines: moves }], {
    actor,
  });
  return recorded.ok ? { moves } : { moves: [], error: recorded.error };
}

/**
 * What the engine does with a reservation a WMS count left without units, as
 * `inventory.onDiscrepancy` says: `hold` puts the line on hold `stock_discrepancy`; `reroute`
 * moves the units to other warehouses first and holds the line only for what stays uncovered.
 */
export async function handleDiscrepancy(
  ctx: EngineContext,
  inventory: OmsInventory,
  tenantId: string,
  site: CountSite,
  uncovered: UncoveredReservation,
  options: CommandOptions | undefined,
): Promise<StockDiscrepancyOutcome> {
  const ref = { tenantId, orderId: uncovered.orderId };
  const base = {
    orderId: uncovered.orderId,
    lineId: uncovered.lineId,
    quantity: uncovered.quantity,
  };
  let moves: readonly LineReallocation[] = [];
  let rerouteError: EngineError | undefined;
  if ((inventory.onDiscrepancy ?? 'hold') === 'reroute') {
    const record = await ctx.store.load(tenantId, uncovered.orderId);
    if (record !== undefined) {
      const actor = options?.actor ?? ctx.policy.systemActor;
      const rerouted = await rerouteLine(ctx, inventory, record.state, site, uncovered, actor);
      moves = rerouted.moves;
      rerouteError = rerouted.error;
    }
  }
  const record = await ctx.store.load(tenantId, uncovered.orderId);
  const line = record?.state.order.lines.find((l) => l.lineId === uncovered.lineId);
  const parts = line === undefined ? undefined : partsOf(inventory, line);
  const perUnit = parts?.find((p) => p.sku === site.sku)?.quantity ?? 1;
  const movedUnits = moves.reduce((n, m) => n + m.quantity, 0) * perUnit;
  const movedTo = moves.map((m) => ({ warehouseId: m.toWarehouseId, quantity: m.quantity }));
  if (movedUnits >= uncovered.quantity && rerouteError === undefined) {
    return { ...base, outcome: 'rerouted', movedTo };
  }
  const held = await holdLine(ctx, ref, site, uncovered, options);
  const error = rerouteError ?? (held.ok ? undefined : held.error);
  if (!held.ok) return { ...base, outcome: 'failed', movedTo, error: error ?? held.error };
  return {
    ...base,
    outcome: movedTo.length > 0 ? 'partly_rerouted' : 'held',
    movedTo,
    ...(error === undefined ? {} : { error }),
  };
}
