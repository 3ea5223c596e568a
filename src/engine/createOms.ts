import { renderTimeline } from '../order/index.js';
import type { OrderEvent, OrderState } from '../order/index.js';
import { err, ok, type Result } from '../result/index.js';
import { defaultOmsPolicy, type OmsConfig } from './config.js';
import { dispatchOutbox } from './dispatch.js';
import type { EngineError } from './errors.js';
import { ingest } from './ingest.js';
import { ingestMany } from './ingestMany.js';
import type { CommandOptions, Oms, OrderRef } from './oms.js';
import { runTimers } from './tick.js';
import { syncChannelStatus } from './syncChannelStatus.js';
import { publishAvailability } from './publishAvailability.js';
import { updateStock } from './updateStock.js';
import { availabilityDeps } from './_internal/availabilityDeps.js';
import {
  allocateIngested,
  allocateReleased,
  settleBackorders,
} from './_internal/allocateFollowUps.js';
import { allocateOrder } from './_internal/allocateOrder.js';
import { planRecordParcel, planUpdateTracking } from './_internal/commandPlans.js';
import type { CommandPlan, EngineContext, PlannedCommand } from './_internal/context.js';
import { runCommands } from './_internal/runCommands.js';
import { resolveConfig } from './_internal/validateConfig.js';

/** The history of an order, or `engine/order_not_found` when it has none. */
async function loadHistory(
  ctx: EngineContext,
  ref: OrderRef,
): Promise<Result<readonly OrderEvent[], EngineError>> {
  const events = await ctx.store.loadEvents(ref.tenantId, ref.orderId);
  if (events.length > 0) return ok(events);
  return err({ code: 'engine/order_not_found', tenantId: ref.tenantId, orderId: ref.orderId });
}

/**
 * Creates the OMS over the given ports: commands run load → decide → append (events, state
 * and outbox messages in one write) with retries on version conflicts; `dispatch` delivers
 * the outbox; `tick` runs the timers. Nothing runs in the background: the host calls
 * `dispatch` and `tick` (from a loop, a cron, a queue worker).
 *
 * @param config - storage, clock, ids, connectors and policy overrides
 * @returns the OMS
 * @throws OrdokitError `engine/config_invalid` when a port is missing, a policy number is not
 *   a positive whole number (`conflictRetries` may be 0, `backoffMaxMs` must be at least
 *   `backoffBaseMs`), a connector code is not a lower-case code or differs from its key; and
 *   `order/option_invalid` for invalid `policy.validation` options
 * @example
 * ```ts
 * const storage = createMemoryStorage();
 * const oms = createOms({
 *   store: storage.store, outbox: storage.outbox,
 *   clock: createManualClock('2025-03-01T09:00:00.000Z'), ids: createSequentialIds(),
 * });
 * const ingested = await oms.ingest('amazon', payload);
 * if (ingested.ok) await oms.accept({ tenantId: 't1', orderId: ingested.value.state.orderId });
 * ```
 */
export function createOms(config: OmsConfig): Oms {
  const policy = resolveConfig(config, defaultOmsPolicy);
  const ctx: EngineContext = {
    store: config.store,
    outbox: config.outbox,
    clock: config.clock,
    ids: config.ids,
    connectors: config.connectors ?? {},
    policy,
    ...(config.inventory === undefined ? {} : { inventory: config.inventory }),
  };
  const publishing = availabilityDeps(ctx);
  const run = (ref: OrderRef, plan: CommandPlan, options?: CommandOptions) =>
    runCommands(ctx, ref, plan, options);
  const one = (ref: OrderRef, command: PlannedCommand, options?: CommandOptions) =>
    run(ref, () => [command], options);
  const oms: Oms = {
    ingest: async (channel, payload, options) =>
      allocateIngested(ctx, await ingest(ctx, channel, payload, options)),
    ingestMany: async (channel, payloads, options) => {
      const results = await ingestMany(ctx, channel, payloads, options);
      if (ctx.inventory === undefined) return results;
      const allocated = [];
      for (const result of results) allocated.push(await allocateIngested(ctx, result));
      return allocated;
    },
    syncChannelStatus: (ref, channel, status, options) =>
      syncChannelStatus(ctx, ref, channel, status, options),
    accept: async (ref, options) => {
      if (ctx.inventory === undefined) return one(ref, { type: 'accept' }, options);
      const accepted = await allocateOrder(ctx, ctx.inventory, ref, true, options);
      return accepted.ok ? ok(accepted.value.state) : accepted;
    },
    allocate: (ref, options) =>
      ctx.inventory === undefined
        ? Promise.resolve(err({ code: 'engine/inventory_missing' }))
        : allocateOrder(ctx, ctx.inventory, ref, false, options),
    updateStock: (tenantId, update, options) => updateStock(ctx, tenantId, update, options),
    publishAvailability: async (tenantId, options) => {
      if (publishing === undefined) return err({ code: 'engine/inventory_missing' });
      return ok(await publishAvailability(publishing, tenantId, ctx.clock.now(), options));
    },
    refuse: (ref, reasonCode, options) => one(ref, { type: 'refuse', reasonCode }, options),
    startPreparation: (ref, input = {}, options) => {
      const { warehouseId } = input;
      const command: PlannedCommand = {
        type: 'startPreparation',
        ...(warehouseId === undefined ? {} : { warehouseId }),
      };
      return one(ref, command, options);
    },
    recordParcel: (ref, input, options) => {
      const parcelId = input.parcelId ?? ctx.ids.next('parcel');
      return run(ref, (state) => planRecordParcel(state, parcelId, input), options);
    },
    recordTracking: (ref, input, options) => {
      const { parcelId, tracking, carrier } = input;
      const command: PlannedCommand = {
        type: 'shipParcel',
        parcelId,
        tracking,
        ...(carrier === undefined ? {} : { carrier }),
      };
      return one(ref, command, options);
    },
    updateTracking: (ref, input, options) =>
      run(ref, () => planUpdateTracking(ctx, input), options),
    markDelivered: (ref, input, options) =>
      one(ref, { type: 'deliverParcel', parcelId: input.parcelId }, options),
    cancelLines: async (ref, input, options) => {
      const { lines, requestedBy, reasonCode } = input;
      const command: PlannedCommand = {
        type: 'cancelLines',
        lines: [...lines],
        requestedBy,
        reasonCode,
      };
      const cancelled = await one(ref, command, options);
      return cancelled.ok ? ok(await settleBackorders(ctx, ref, cancelled.value)) : cancelled;
    },
    placeHold: (ref, input, options) => {
      const { reasonCode, scope = { kind: 'order' }, note, nextAction } = input;
      const command: PlannedCommand = {
        type: 'placeHold',
        holdId: ctx.ids.next('hold'),
        reasonCode,
        scope,
        ...(note === undefined ? {} : { note }),
        ...(nextAction === undefined ? {} : { nextAction }),
      };
      return one(ref, command, options);
    },
    releaseHold: async (ref, holdId, options) => {
      const released = await one(ref, { type: 'releaseHold', holdId }, options);
      if (!released.ok) return released;
      await ctx.outbox.rearm(ref.tenantId, ref.orderId, ctx.clock.now());
      return allocateReleased(ctx, ref, released.value);
    },
    addNote: (ref, text, options) => one(ref, { type: 'addNote', text }, options),
    linkErpDocument: (ref, input, options) =>
      one(ref, { type: 'linkErpDocument', kind: input.kind, number: input.number }, options),
    close: (ref, options) => one(ref, { type: 'close' }, options),
    execute: (ref, command, options) => {
      // The commands with engine follow-ups take the same path as their own methods.
      if (command.type === 'releaseHold') return oms.releaseHold(ref, command.holdId, options);
      if (ctx.inventory !== undefined && command.type === 'accept') return oms.accept(ref, options);
      if (ctx.inventory !== undefined && command.type === 'cancelLines') {
        return oms.cancelLines(ref, command, options);
      }
      return one(ref, command, options);
    },
    get: async (ref): Promise<Result<OrderState, EngineError>> => {
      const record = await ctx.store.load(ref.tenantId, ref.orderId);
      if (record !== undefined) return ok(record.state);
      return err({ code: 'engine/order_not_found', tenantId: ref.tenantId, orderId: ref.orderId });
    },
    list: (tenantId, query) => ctx.store.list(tenantId, query),
    history: (ref) => loadHistory(ctx, ref),
    timeline: async (ref, locale, options) => {
      const history = await loadHistory(ctx, ref);
      return history.ok ? ok(renderTimeline(history.value, locale, options)) : history;
    },
    dispatch: (now) => dispatchOutbox(ctx, now ?? ctx.clock.now()),
    tick: (now) => runTimers(ctx, now ?? ctx.clock.now()),
  };
  return oms;
}
