import { apply } from '../order/index.js';
import type { OrderEvent, OrderState, ParcelCarrier, ParcelLine } from '../order/index.js';
import type { Effect, StatusPushCause } from '../ports/index.js';
import type { OmsConnectors } from './config.js';
import { effectKey } from './effectKey.js';
import {
  buildLabelRequest,
  buildNotification,
  buildPreparation,
  buildStatusPush,
  buildStockMovement,
  buildTrackingPush,
  buildWarehousePreparation,
  ownEntry,
} from './_internal/effectPayloads.js';

/** The target of the stock movements the engine applies itself. */
const stockTarget = 'stock';

/** Units per warehouse, then per line, of allocation entries. */
function unitsByWarehouse(
  entries: readonly {
    readonly lineId: string;
    readonly quantity: number;
    readonly warehouseId: string;
  }[],
): Map<string, Map<string, number>> {
  const byWarehouse = new Map<string, Map<string, number>>();
  for (const { lineId, quantity, warehouseId } of entries) {
    const units = byWarehouse.get(warehouseId) ?? new Map<string, number>();
    units.set(lineId, (units.get(lineId) ?? 0) + quantity);
    byWarehouse.set(warehouseId, units);
  }
  return byWarehouse;
}

/** Units that stopped being allocated between two states, per line. */
function releasedUnits(prev: OrderState | undefined, state: OrderState): Map<string, number> {
  const units = new Map<string, number>();
  if (prev === undefined) return units;
  const before = new Map(prev.order.lines.map((l) => [l.lineId, l.quantities.allocated]));
  for (const line of state.order.lines) {
    const released = (before.get(line.lineId) ?? 0) - line.quantities.allocated;
    if (released > 0) units.set(line.lineId, released);
  }
  return units;
}

/** One `wms.prepare` per warehouse of the allocation entries, from the batch's final state. */
function preparationsOf(
  final: OrderState,
  entries: readonly {
    readonly lineId: string;
    readonly quantity: number;
    readonly warehouseId: string;
  }[],
  wmsCode: string,
): Effect[] {
  const effects: Effect[] = [];
  const byWarehouse = [...unitsByWarehouse(entries)].sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  for (const [warehouseId, units] of byWarehouse) {
    const payload = buildWarehousePreparation(final, warehouseId, units);
    if (payload !== undefined) effects.push({ kind: 'wms.prepare', target: wmsCode, payload });
  }
  return effects;
}

/** Options of {@link planEffects}: which systems are configured, and the policy it reads. */
export interface PlanEffectsOptions {
  /** Effects are planned only for the systems given here. */
  readonly connectors: OmsConnectors;
  /** The ERP receives the sale as a draft (default false). */
  readonly deferInvoicing?: boolean;
  /** The carrier asked for a label when a parcel names none (default: none). */
  readonly defaultCarrier?: ParcelCarrier;
  /**
   * True when the engine keeps stock (`OmsConfig.inventory`): preparation orders go out per
   * warehouse with each allocation instead of once at acceptance, and cancellations and
   * shipments move the stock ledger (default false).
   */
  readonly inventory?: boolean;
}

/** An effect caused by an event, ready to become an outbox message. */
export interface PlannedEffect {
  /** `<orderId>:<effect kind>:<target>:<causing seq>` (see {@link effectKey}). */
  readonly key: string;
  /** The `seq` of the event that causes it. */
  readonly causedBySeq: number;
  readonly effect: Effect;
  /** The causing event's `at`: the message is due from then on. */
  readonly createdAt: string;
}

const ended = new Set(['cancelled', 'refused']);

interface Step {
  readonly event: OrderEvent;
  /** The state before the event (undefined before capture). */
  readonly prev: OrderState | undefined;
  /** The state after the event. */
  readonly state: OrderState;
  /** The state after the whole batch. */
  readonly final: OrderState;
  /** True when the batch packs a parcel (its allocations are already picked). */
  readonly packs: boolean;
}

/** The effects one event causes, in a fixed order. */
function effectsOf(step: Step, options: PlanEffectsOptions): Effect[] {
  const { event, prev, state, final, packs } = step;
  const { connectors } = options;
  const channel = state.order.channelRef.channel;
  const marketplace = ownEntry(connectors.marketplaces, channel) !== undefined;
  const notifier = connectors.notifier !== undefined;
  const effects: Effect[] = [];
  let pushStatus: StatusPushCause | undefined;
  let cancelledNow: readonly ParcelLine[] | undefined;
  switch (event.type) {
    case 'order.accepted': {
      // Accepted and cancelled or refused in the same batch: nothing left to act on.
      if (ended.has(final.status)) break;
      const preparation = options.inventory === true ? undefined : buildPreparation(final);
      if (connectors.wms !== undefined && preparation !== undefined) {
        effects.push({ kind: 'wms.prepare', target: connectors.wms.code, payload: preparation });
      }
      if (connectors.erp !== undefined) {
        effects.push({
          kind: 'erp.record_sale',
          target: connectors.erp.code,
          payload: {
            orderId: final.orderId,
            draft: options.deferInvoicing ?? false,
            order: final.order,
          },
        });
      }
      if (state.needsAcceptance) pushStatus = 'accepted';
      if (notifier) {
        effects.push({
          kind: 'buyer.notify',
          target: 'buyer',
          payload: buildNotification(final, 'order_confirmed'),
        });
      }
      break;
    }
    case 'order.refused':
      pushStatus = 'refused';
      break;
    case 'order.lines_allocated':
      if (options.inventory !== true || connectors.wms === undefined) break;
      if (ended.has(final.status) || packs) break;
      effects.push(...preparationsOf(final, event.data.lines, connectors.wms.code));
      break;
    case 'order.lines_reallocated': {
      if (options.inventory !== true || connectors.wms === undefined) break;
      if (ended.has(final.status)) break;
      const moved = event.data.lines.map((l) => ({
        lineId: l.lineId,
        quantity: l.quantity,
        warehouseId: l.toWarehouseId,
      }));
      effects.push(...preparationsOf(final, moved, connectors.wms.code));
      break;
    }
    case 'order.lines_cancelled': {
      const released = options.inventory === true ? releasedUnits(prev, state) : new Map();
      const movement = buildStockMovement(state, released);
      if (movement !== undefined) {
        effects.push({ kind: 'stock.release', target: stockTarget, payload: movement });
      }
      if (event.data.requestedBy === 'channel') break;
      pushStatus = 'lines_cancelled';
      cancelledNow = event.data.lines;
      if (notifier && prev?.status !== 'cancelled' && state.status === 'cancelled') {
        effects.push({
          kind: 'buyer.notify',
          target: 'buyer',
          payload: buildNotification(state, 'order_cancelled'),
        });
      }
      break;
    }
    case 'parcel.created': {
      const parcel = ownEntry(state.parcels, event.data.parcelId);
      const carrier = parcel?.carrier ?? options.defaultCarrier;
      if (parcel === undefined || parcel.tracking !== undefined || carrier === undefined) break;
      if (ownEntry(connectors.carriers, carrier.code) === undefined) break;
      effects.push({
        kind: 'carrier.create_label',
        target: carrier.code,
        payload: buildLabelRequest(state, event.data.parcelId, parcel, carrier),
      });
      break;
    }
    case 'parcel.shipped': {
      const parcel = ownEntry(state.parcels, event.data.parcelId);
      if (parcel === undefined) break;
      const { carrier, tracking } = event.data;
      if (options.inventory === true) {
        const shipped = new Map<string, number>();
        for (const l of parcel.lines)
          shipped.set(l.lineId, (shipped.get(l.lineId) ?? 0) + l.quantity);
        const where = {
          parcelId: event.data.parcelId,
          ...(parcel.warehouseId === undefined ? {} : { warehouseId: parcel.warehouseId }),
        };
        const movement = buildStockMovement(state, shipped, where);
        if (movement !== undefined) {
          effects.push({ kind: 'stock.consume', target: stockTarget, payload: movement });
        }
      }
      if (marketplace) {
        effects.push({
          kind: 'marketplace.push_tracking',
          target: channel,
          payload: buildTrackingPush(state, event.data.parcelId, parcel, carrier, tracking),
        });
      }
      if (notifier) {
        effects.push({
          kind: 'buyer.notify',
          target: 'buyer',
          payload: buildNotification(state, 'order_shipped', tracking),
        });
      }
      break;
    }
    default:
      break;
  }
  const delivered = prev?.status !== 'delivered' && state.status === 'delivered';
  if (delivered && notifier) {
    effects.push({
      kind: 'buyer.notify',
      target: 'buyer',
      payload: buildNotification(state, 'order_delivered'),
    });
  }
  if (delivered) pushStatus ??= 'delivered';
  if (pushStatus !== undefined && marketplace) {
    effects.unshift({
      kind: 'marketplace.push_status',
      target: channel,
      payload: buildStatusPush(state, pushStatus, cancelledNow),
    });
  }
  return effects;
}

/**
 * Plans the effects that events cause (DESIGN.md §3): what the engine writes to the outbox
 * with them. Pure: the same state and events always give the same effects and keys.
 *
 * - `order.accepted` → `wms.prepare` (units neither cancelled nor allocated),
 *   `erp.record_sale` (draft when invoicing is deferred), `marketplace.push_status` when the
 *   channel asked for acceptance, `buyer.notify` `order_confirmed`; nothing when the same
 *   batch cancels or refuses the order;
 * - `order.refused` → `marketplace.push_status`;
 * - `order.lines_cancelled` not asked by the channel → `marketplace.push_status` with the units
 *   cancelled so far; `buyer.notify` `order_cancelled` when the order becomes cancelled;
 * - `parcel.created` without tracking → `carrier.create_label` (its carrier, else the default);
 * - `parcel.shipped` → `marketplace.push_tracking`, `buyer.notify` `order_shipped`;
 * - the event that makes the order delivered → `marketplace.push_status`, `buyer.notify`
 *   `order_delivered`.
 *
 * Effects are planned only for the systems in `options.connectors`. Each key is
 * `<orderId>:<kind>:<target>:<causing seq>`. Payloads of `wms.prepare` and `erp.record_sale`
 * come from the state after the whole batch (a channel cancellation ingested with the order is
 * not sent to the warehouse); the others from the state right after their event. Status and
 * tracking pushes carry `channelStatus`, the order's status last observed on its channel
 * (`state.channelStatuses`), when there is one.
 *
 * @param before - the order's state before the events (`undefined` for a new order)
 * @param events - the events, in order, as `decide` made them
 * @param options - the configured systems and the policy
 * @returns the effects, event by event
 * @example
 * ```ts
 * const effects = planEffects(state, events, { connectors: { wms } });
 * effects.map((e) => e.key); // ['ord-1:wms.prepare:main-wms:2']
 * ```
 */
export function planEffects(
  before: OrderState | undefined,
  events: readonly OrderEvent[],
  options: PlanEffectsOptions,
): PlannedEffect[] {
  if (events.length === 0) return [];
  const states: OrderState[] = [];
  let current = before;
  for (const event of events) {
    current = apply(current, event);
    states.push(current);
  }
  const final = current as OrderState;
  const planned: PlannedEffect[] = [];
  let prev = before;
  const packs = events.some((e) => e.type === 'parcel.created');
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as OrderEvent;
    const state = states[i] as OrderState;
    for (const effect of effectsOf({ event, prev, state, final, packs }, options)) {
      const part =
        options.inventory === true && effect.kind === 'wms.prepare'
          ? effect.payload.warehouseId
          : undefined;
      planned.push({
        key: effectKey(state.orderId, effect.kind, effect.target, event.seq, part),
        causedBySeq: event.seq,
        effect,
        createdAt: event.at,
      });
    }
    prev = state;
  }
  return planned;
}
