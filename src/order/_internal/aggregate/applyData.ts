import { parcelTransitions } from '../../../parcel/index.js';
import { rmaTransitions } from '../../../rma/index.js';
import type { RmaMachineEventType } from '../../../rma/index.js';
import type { OrderEvent, OrderEventOf } from '../../events.js';
import type { Order } from '../../schema.js';
import type { Hold, OrderState, ParcelState, RmaState } from '../../state.js';
import { applyRefund } from './applyRefund.js';
import { copyOrder, copyState } from './copy.js';
import { addToLines, cancelOnLines, own, sumPerLine, withEntry } from './lines.js';

type Data<T extends OrderEvent['type']> = OrderEventOf<T>['data'];

function withLines(state: OrderState, version: number, lines: Order['lines']): OrderState {
  return copyState(state, { version, order: copyOrder(state.order, lines) });
}

function withParcel(
  state: OrderState,
  version: number,
  parcelId: string,
  parcel: ParcelState,
  lines?: Order['lines'],
): OrderState {
  const parcels = withEntry(state.parcels, parcelId, parcel);
  return lines === undefined
    ? copyState(state, { version, parcels })
    : copyState(state, { version, parcels, order: copyOrder(state.order, lines) });
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** An RMA with `patch` applied, built key by key (one object shape, no slow V8 paths). */
function rmaOf(rma: RmaState, status: RmaState['status'], patch: Partial<RmaState>): RmaState {
  const next: Mutable<RmaState> = {
    status,
    lines: rma.lines,
    received: patch.received ?? rma.received,
  };
  const label = patch.label ?? rma.label;
  if (label !== undefined) next.label = label;
  const outcome = patch.outcome ?? rma.outcome;
  if (outcome !== undefined) next.outcome = outcome;
  const resolution = patch.resolution ?? rma.resolution;
  if (resolution !== undefined) next.resolution = resolution;
  return next;
}

/** A parcel with `patch` applied, built key by key. */
function parcelOf(parcel: ParcelState, patch: Partial<ParcelState>): ParcelState {
  const next: Mutable<ParcelState> = {
    status: patch.status ?? parcel.status,
    lines: parcel.lines,
  };
  const warehouseId = parcel.warehouseId;
  if (warehouseId !== undefined) next.warehouseId = warehouseId;
  const carrier = patch.carrier ?? parcel.carrier;
  if (carrier !== undefined) next.carrier = carrier;
  const tracking = patch.tracking ?? parcel.tracking;
  if (tracking !== undefined) next.tracking = tracking;
  const shippedAt = patch.shippedAt ?? parcel.shippedAt;
  if (shippedAt !== undefined) next.shippedAt = shippedAt;
  const deliveredAt = patch.deliveredAt ?? parcel.deliveredAt;
  if (deliveredAt !== undefined) next.deliveredAt = deliveredAt;
  return next;
}

function moveRma(
  state: OrderState,
  version: number,
  rmaId: string,
  type: RmaMachineEventType,
  patch: Partial<RmaState> = {},
): OrderState {
  const rma = own(state.rmas, rmaId);
  if (rma === undefined) return copyState(state, { version });
  const status = rmaTransitions.next(rma.status, type, undefined) ?? rma.status;
  return copyState(state, {
    version,
    rmas: withEntry(state.rmas, rmaId, rmaOf(rma, status, patch)),
  });
}

function createParcel(state: OrderState, version: number, d: Data<'parcel.created'>): OrderState {
  const parcel: Mutable<ParcelState> = { status: parcelTransitions.initial, lines: d.lines };
  if (d.warehouseId !== undefined) parcel.warehouseId = d.warehouseId;
  if (d.carrier !== undefined) parcel.carrier = d.carrier;
  return withParcel(state, version, d.parcelId, parcel);
}

function shipParcel(state: OrderState, e: OrderEventOf<'parcel.shipped'>): OrderState {
  const parcel = own(state.parcels, e.data.parcelId);
  if (parcel === undefined) return copyState(state, { version: e.seq });
  // Handing the parcel over is the carrier's first scan.
  const status = parcelTransitions.next(parcel.status, 'picked_up', undefined) ?? parcel.status;
  const shipped = parcelOf(parcel, {
    status,
    carrier: e.data.carrier,
    tracking: e.data.tracking,
    shippedAt: e.at,
  });
  const lines = addToLines(state.order.lines, parcel.lines, 'shipped');
  return withParcel(state, e.seq, e.data.parcelId, shipped, lines);
}

function deliverParcel(state: OrderState, e: OrderEventOf<'parcel.delivered'>): OrderState {
  const parcel = own(state.parcels, e.data.parcelId);
  if (parcel === undefined) return copyState(state, { version: e.seq });
  const delivered = parcelOf(parcel, { status: 'delivered', deliveredAt: e.at });
  const lines = addToLines(state.order.lines, parcel.lines, 'delivered');
  return withParcel(state, e.seq, e.data.parcelId, delivered, lines);
}

function trackParcel(state: OrderState, version: number, d: Data<'parcel.tracking_updated'>) {
  const parcel = own(state.parcels, d.parcelId);
  if (parcel === undefined) return copyState(state, { version });
  return withParcel(state, version, d.parcelId, parcelOf(parcel, { status: d.status }));
}

function requestReturn(state: OrderState, version: number, d: Data<'return.requested'>) {
  const rma: RmaState = { status: rmaTransitions.initial, lines: d.lines, received: [] };
  return copyState(state, { version, rmas: withEntry(state.rmas, d.rmaId, rma) });
}

function receiveReturn(state: OrderState, version: number, d: Data<'return.received'>) {
  const rma = own(state.rmas, d.rmaId);
  if (rma === undefined) return copyState(state, { version });
  const received = sumPerLine([...rma.received, ...d.lines]);
  const moved = moveRma(state, version, d.rmaId, 'return.received', {
    received: [...received].map(([lineId, quantity]) => ({ lineId, quantity })),
  });
  const lines = addToLines(state.order.lines, d.lines, 'returned');
  return copyState(moved, { order: copyOrder(state.order, lines) });
}

/**
 * Applies an event's data to the state (everything but the order status), and sets `version`
 * to the event's `seq`. Total: an event naming an unknown parcel, return or hold changes
 * nothing but the version.
 */
export function applyData(state: OrderState, e: OrderEvent): OrderState {
  const v = e.seq;
  switch (e.type) {
    // A reallocation changes a warehouse, not a quantity: the state counts allocated units per
    // line, not per warehouse (the events say where they are).
    case 'order.lines_reallocated':
    case 'order.captured':
    case 'order.accepted':
    case 'order.refused':
    case 'order.closed':
      return copyState(state, { version: v });
    case 'order.preparation_started':
      return e.data.warehouseId === undefined
        ? copyState(state, { version: v })
        : copyState(state, { version: v, warehouseId: e.data.warehouseId });
    case 'order.lines_allocated':
      return withLines(state, v, addToLines(state.order.lines, e.data.lines, 'allocated'));
    case 'order.lines_cancelled':
      return withLines(state, v, cancelOnLines(state.order.lines, e.data.lines));
    case 'parcel.created':
      return createParcel(state, v, e.data);
    case 'parcel.shipped':
      return shipParcel(state, e);
    case 'parcel.tracking_updated':
      return trackParcel(state, v, e.data);
    case 'parcel.delivered':
      return deliverParcel(state, e);
    case 'return.requested':
      return requestReturn(state, v, e.data);
    case 'return.approved':
    case 'return.refused':
      return moveRma(state, v, e.data.rmaId, e.type);
    case 'return.label_issued':
      return moveRma(
        state,
        v,
        e.data.rmaId,
        e.type,
        e.data.tracking === undefined ? {} : { label: e.data.tracking },
      );
    case 'return.received':
      return receiveReturn(state, v, e.data);
    case 'return.inspected':
      return moveRma(state, v, e.data.rmaId, e.type, { outcome: e.data.outcome });
    case 'return.resolved':
      return moveRma(state, v, e.data.rmaId, e.type, { resolution: e.data.resolution });
    case 'return.closed':
      return moveRma(state, v, e.data.rmaId, e.type);
    case 'refund.issued': {
      const units = e.data.lines.filter((l) => l.quantity > 0);
      const refunds = applyRefund(state.refunds, e.data);
      return units.length === 0
        ? copyState(state, { version: v, refunds })
        : copyState(state, {
            version: v,
            refunds,
            order: copyOrder(state.order, addToLines(state.order.lines, units, 'refunded')),
          });
    }
    case 'hold.placed': {
      const d = e.data;
      const hold: Mutable<Hold> = {
        holdId: d.holdId,
        reasonCode: d.reasonCode,
        scope: d.scope,
        placedBy: e.actor,
        placedAt: e.at,
      };
      if (d.note !== undefined) hold.note = d.note;
      if (d.nextAction !== undefined) hold.nextAction = d.nextAction;
      return copyState(state, { version: v, holds: [...state.holds, hold] });
    }
    case 'hold.released':
      return copyState(state, {
        version: v,
        holds: state.holds.filter((h) => h.holdId !== e.data.holdId),
      });
    case 'note.added':
      return copyState(state, {
        version: v,
        notes: [...state.notes, { text: e.data.text, at: e.at, actor: e.actor }],
      });
    case 'erp.document_linked':
      return copyState(state, {
        version: v,
        erpDocuments: [
          ...state.erpDocuments,
          { kind: e.data.kind, number: e.data.number, linkedAt: e.at },
        ],
      });
    case 'channel.status_observed':
      return copyState(state, {
        version: v,
        channelStatuses: withEntry(state.channelStatuses, e.data.channel, {
          status: e.data.status,
          observedAt: e.at,
        }),
      });
  }
}
