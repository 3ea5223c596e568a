import { err, ok } from '../../../result/index.js';
import type { OrderCommandOf } from '../../commands.js';
import type { QuantityAction } from '../../lifecycleErrors.js';
import type { OrderState } from '../../state.js';
import { parcelTransitions } from '../../../parcel/index.js';
import { own } from '../aggregate/lines.js';
import {
  checkTransition,
  one,
  packedByLine,
  readLineAsks,
  type Decision,
  type LineAsk,
} from './shared.js';

/** The first line whose ask exceeds what `available` allows, as an error; else undefined. */
function checkAvailable(
  asks: ReadonlyMap<string, LineAsk>,
  what: QuantityAction,
  available: (lineId: string, index: number) => number,
): Decision | undefined {
  for (const [lineId, ask] of asks) {
    const free = available(lineId, ask.index);
    if (ask.quantity > free) {
      return err({
        code: 'order/quantity_exceeded',
        lineId,
        what,
        quantity: ask.quantity,
        available: Math.max(0, free),
      });
    }
  }
  return undefined;
}

/** `allocateLines`: reserve units neither cancelled nor already allocated. */
export function decideAllocate(state: OrderState, c: OrderCommandOf<'allocateLines'>): Decision {
  const asks = readLineAsks(state, c.lines);
  if (!asks.ok) return asks;
  const lines = state.order.lines;
  const exceeded = checkAvailable(asks.value, 'allocate', (_, i) => {
    const q = lines[i]?.quantities;
    return q === undefined ? 0 : q.ordered - q.cancelled - q.allocated;
  });
  if (exceeded !== undefined) return exceeded;
  return (
    checkTransition(state, 'order.lines_allocated') ??
    one({ type: 'order.lines_allocated', data: { lines: c.lines } })
  );
}

/**
 * `reallocateLines`: move allocated units not yet packed from one warehouse to another. The
 * line's quantities stay; the state does not know which warehouse holds which units, so the
 * host (its stock ledger) is the judge of `fromWarehouseId`.
 */
export function decideReallocate(
  state: OrderState,
  c: OrderCommandOf<'reallocateLines'>,
): Decision {
  const asks = readLineAsks(state, c.lines);
  if (!asks.ok) return asks;
  for (const l of c.lines) {
    if (l.fromWarehouseId === l.toWarehouseId) {
      return err({
        code: 'order/reallocation_same_warehouse',
        lineId: l.lineId,
        warehouseId: l.fromWarehouseId,
      });
    }
  }
  const packed = packedByLine(state);
  const lines = state.order.lines;
  const exceeded = checkAvailable(
    asks.value,
    'reallocate',
    (lineId, i) => (lines[i]?.quantities.allocated ?? 0) - (packed.get(lineId) ?? 0),
  );
  if (exceeded !== undefined) return exceeded;
  return (
    checkTransition(state, 'order.lines_reallocated') ??
    one({ type: 'order.lines_reallocated', data: { lines: c.lines } })
  );
}

/** `createParcel`: pack allocated units not yet in a parcel. */
export function decideCreateParcel(state: OrderState, c: OrderCommandOf<'createParcel'>): Decision {
  if (Object.hasOwn(state.parcels, c.parcelId)) {
    return err({ code: 'order/id_duplicate', kind: 'parcel', id: c.parcelId });
  }
  const asks = readLineAsks(state, c.lines);
  if (!asks.ok) return asks;
  const packed = packedByLine(state);
  const lines = state.order.lines;
  const exceeded = checkAvailable(
    asks.value,
    'pack',
    (lineId, i) => (lines[i]?.quantities.allocated ?? 0) - (packed.get(lineId) ?? 0),
  );
  if (exceeded !== undefined) return exceeded;
  const refused = checkTransition(state, 'parcel.created');
  if (refused !== undefined) return refused;
  const { parcelId, warehouseId, carrier } = c;
  return one({
    type: 'parcel.created',
    data: {
      parcelId,
      lines: c.lines,
      ...(warehouseId === undefined ? {} : { warehouseId }),
      ...(carrier === undefined ? {} : { carrier }),
    },
  });
}

/** `shipParcel`: a packed parcel, not yet shipped, with its tracking. */
export function decideShip(state: OrderState, c: OrderCommandOf<'shipParcel'>): Decision {
  const parcel = own(state.parcels, c.parcelId);
  if (parcel === undefined) return err({ code: 'order/parcel_unknown', parcelId: c.parcelId });
  if (parcel.tracking !== undefined) {
    return err({ code: 'order/parcel_already_shipped', parcelId: c.parcelId });
  }
  const tracking = c.tracking;
  if (tracking === undefined || tracking.number.trim() === '') {
    return err({ code: 'order/tracking_missing', parcelId: c.parcelId });
  }
  const refused = checkTransition(state, 'parcel.shipped');
  if (refused !== undefined) return refused;
  const carrier = c.carrier ?? parcel.carrier ?? { code: tracking.carrierCode };
  return one({ type: 'parcel.shipped', data: { parcelId: c.parcelId, carrier, tracking } });
}

/**
 * `updateTracking` and `deliverParcel`: carrier observations on a shipped parcel, checked
 * against the parcel machine (a repeated status is a new scan, allowed unless final). A
 * `delivered` status also records the delivery (`parcel.delivered`).
 */
export function decideTracking(
  state: OrderState,
  c: OrderCommandOf<'updateTracking' | 'deliverParcel'>,
): Decision {
  const parcel = own(state.parcels, c.parcelId);
  if (parcel === undefined) return err({ code: 'order/parcel_unknown', parcelId: c.parcelId });
  if (parcel.tracking === undefined) {
    return err({ code: 'order/parcel_not_shipped', parcelId: c.parcelId });
  }
  const to = c.type === 'deliverParcel' ? 'delivered' : c.status;
  const from = parcel.status;
  const repeated = c.type === 'updateTracking' && to === from;
  const allowed = parcelTransitions.finals.has(from)
    ? false
    : repeated || parcelTransitions.next(from, to, undefined) !== undefined;
  if (!allowed) {
    return err({ code: 'order/parcel_invalid_transition', parcelId: c.parcelId, from, to });
  }
  const delivered = { type: 'parcel.delivered', data: { parcelId: c.parcelId } } as const;
  if (c.type === 'deliverParcel') return checkTransition(state, delivered.type) ?? one(delivered);
  const refused = checkTransition(state, 'parcel.tracking_updated');
  if (refused !== undefined) return refused;
  const { carrierStatus, incident } = c;
  const update = {
    type: 'parcel.tracking_updated',
    data: {
      parcelId: c.parcelId,
      status: to,
      ...(carrierStatus === undefined ? {} : { carrierStatus }),
      ...(incident === undefined ? {} : { incident }),
    },
  } as const;
  if (to !== 'delivered') return one(update);
  return checkTransition(state, delivered.type) ?? ok([update, delivered]);
}

/**
 * `cancelLines`: cancel units not yet packed. A seller's cancellation is a decision (held
 * while on hold for automated actors); the buyer's or the channel's is an observation.
 */
export function decideCancel(state: OrderState, c: OrderCommandOf<'cancelLines'>): Decision {
  const asks = readLineAsks(state, c.lines);
  if (!asks.ok) return asks;
  const packed = packedByLine(state);
  const lines = state.order.lines;
  const exceeded = checkAvailable(asks.value, 'cancel', (lineId, i) => {
    const q = lines[i]?.quantities;
    return q === undefined ? 0 : q.ordered - q.cancelled - (packed.get(lineId) ?? 0);
  });
  if (exceeded !== undefined) return exceeded;
  return (
    checkTransition(state, 'order.lines_cancelled') ??
    one({
      type: 'order.lines_cancelled',
      data: { lines: c.lines, requestedBy: c.requestedBy, reasonCode: c.reasonCode },
    })
  );
}
