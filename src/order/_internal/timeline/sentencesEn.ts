// The timeline in English: one sentence per event type.
import type { ParcelCarrier, ParcelTracking } from '../../parcelSchema.js';
import {
  formatAmount,
  formatUnits,
  listItems,
  listUnits,
  nameLine,
  quote,
  type SentenceCatalog,
} from './context.js';
import { isSameMove } from './moves.js';
import {
  cancelReasonLabels,
  cancelRequesterLabels,
  erpDocumentKindLabels,
  holdReasonLabels,
  inspectionOutcomeLabels,
  parcelStatusLabels,
  refusalReasonLabels,
  returnReasonLabels,
  rmaResolutionLabels,
} from './labels.js';

/** `colissimo (DOM)`. */
function carrierOf(carrier: ParcelCarrier): string {
  return carrier.service === undefined ? carrier.code : `${carrier.code} (${carrier.service})`;
}

/** `tracking number 6A123 (https://…)`. */
function trackingOf(tracking: ParcelTracking): string {
  const page = tracking.url === undefined ? '' : ` (${tracking.url})`;
  return `tracking number ${tracking.number}${page}`;
}

/** The English sentence of every event type. */
export const englishSentences: SentenceCatalog = {
  'order.captured': (e) => {
    const { channelRef, lines, totals } = e.data.order;
    const market = channelRef.marketplace === undefined ? '' : ` (${channelRef.marketplace})`;
    const via = channelRef.via === undefined ? '' : ` via ${channelRef.via}`;
    const items = lines.map((l) => `${l.quantities.ordered} × ${l.title}`);
    const waiting = e.data.needsAcceptance ? ' Waiting for acceptance.' : '';
    return `Order ${channelRef.channelOrderRef} captured from ${channelRef.channel}${market}${via}: ${listItems(items, 'en')}; total ${formatAmount(totals.grandTotal, 'en')}.${waiting}`;
  },
  'order.accepted': (_e, ctx) =>
    ctx.flags.autoAccepted
      ? 'Order accepted automatically: the channel needs no acceptance.'
      : 'Order accepted.',
  'order.refused': (e) => `Order refused: ${refusalReasonLabels[e.data.reasonCode].en}.`,
  'order.preparation_started': (e) =>
    e.data.warehouseId === undefined
      ? 'Preparation started.'
      : `Preparation started in warehouse ${e.data.warehouseId}.`,
  'order.lines_allocated': (e, ctx) => {
    const warehouses = new Set(e.data.lines.map((l) => l.warehouseId));
    const [only] = warehouses;
    if (warehouses.size === 1 && only !== undefined) {
      return `Stock allocated in warehouse ${only}: ${listUnits(e.data.lines, ctx)}.`;
    }
    const items = e.data.lines.map((l) => `${formatUnits(l, ctx)} (${l.warehouseId})`);
    return `Stock allocated: ${listItems(items, 'en')}.`;
  },
  'order.lines_reallocated': (e, ctx) => {
    const [first] = e.data.lines;
    if (first !== undefined && e.data.lines.every((l) => isSameMove(l, first))) {
      return `Stock moved from warehouse ${first.fromWarehouseId} to warehouse ${first.toWarehouseId}: ${listUnits(e.data.lines, ctx)}.`;
    }
    const items = e.data.lines.map(
      (l) => `${formatUnits(l, ctx)} (${l.fromWarehouseId} → ${l.toWarehouseId})`,
    );
    return `Stock moved to other warehouses: ${listItems(items, 'en')}.`;
  },
  'parcel.created': (e, ctx) => {
    const from = e.data.warehouseId === undefined ? '' : `; warehouse ${e.data.warehouseId}`;
    const by = e.data.carrier === undefined ? '' : `; carrier ${carrierOf(e.data.carrier)}`;
    return `Parcel ${e.data.parcelId} created: ${listUnits(e.data.lines, ctx)}${from}${by}.`;
  },
  'parcel.shipped': (e) =>
    `Parcel ${e.data.parcelId} shipped with ${carrierOf(e.data.carrier)}, ${trackingOf(e.data.tracking)}.`,
  'parcel.tracking_updated': (e) => {
    const raw =
      e.data.carrierStatus === undefined
        ? ''
        : ` (carrier status ${quote(e.data.carrierStatus, 'en')})`;
    const incident =
      e.data.incident === undefined ? '' : `; incident: ${quote(e.data.incident, 'en')}`;
    return `Tracking of parcel ${e.data.parcelId}: ${parcelStatusLabels[e.data.status].en}${raw}${incident}.`;
  },
  'parcel.delivered': (e, ctx) => {
    const lines = ctx.parcels.get(e.data.parcelId);
    return lines === undefined
      ? `Parcel ${e.data.parcelId} delivered.`
      : `Parcel ${e.data.parcelId} delivered: ${listUnits(lines, ctx)}.`;
  },
  'order.lines_cancelled': (e, ctx) =>
    `Cancelled ${listUnits(e.data.lines, ctx)}, requested by ${cancelRequesterLabels[e.data.requestedBy].en} (${cancelReasonLabels[e.data.reasonCode].en}).`,
  'return.requested': (e, ctx) => {
    const items = e.data.lines.map((l) => {
      const channel = l.channelReason === undefined ? '' : `; channel reason ${l.channelReason}`;
      return `${formatUnits(l, ctx)} (${returnReasonLabels[l.reason].en}${channel})`;
    });
    return `Return ${e.data.rmaId} requested: ${listItems(items, 'en')}.`;
  },
  'return.approved': (e) => `Return ${e.data.rmaId} approved.`,
  'return.refused': (e) => `Return ${e.data.rmaId} refused.`,
  'return.label_issued': (e) =>
    e.data.tracking === undefined
      ? `Return instructions sent for ${e.data.rmaId}.`
      : `Return label sent for ${e.data.rmaId}: ${e.data.tracking.carrierCode}, ${trackingOf(e.data.tracking)}.`,
  'return.received': (e, ctx) =>
    `Return ${e.data.rmaId} received: ${listUnits(e.data.lines, ctx)}.`,
  'return.inspected': (e) =>
    `Return ${e.data.rmaId} inspected: ${inspectionOutcomeLabels[e.data.outcome].en}.`,
  'return.resolved': (e) =>
    `Return ${e.data.rmaId} resolved: ${rmaResolutionLabels[e.data.resolution].en}.`,
  'return.closed': (e) => `Return ${e.data.rmaId} closed.`,
  'refund.issued': (e, ctx) => {
    const parts = e.data.lines.map((l) => {
      const what = l.quantity > 0 ? formatUnits(l, ctx) : nameLine(l.lineId, ctx);
      return `${what}: ${formatAmount(l.amount, 'en')}`;
    });
    if (e.data.shipping !== undefined) {
      parts.push(`shipping: ${formatAmount(e.data.shipping, 'en')}`);
    }
    const detail = parts.length === 0 ? '' : ` (${listItems(parts, 'en', '; ')})`;
    return `Refund ${e.data.refundId} issued: ${formatAmount(e.data.amount, 'en')}${detail}.`;
  },
  'order.closed': () => 'Order closed.',
  'hold.placed': (e, ctx) => {
    const { holdId, reasonCode, scope, note, nextAction } = e.data;
    const on = scope.kind === 'order' ? 'the order' : nameLine(scope.lineId, ctx);
    const noteText = note === undefined ? '' : ` Note: ${quote(note, 'en')}.`;
    const next = nextAction === undefined ? '' : ` Next action: ${quote(nextAction, 'en')}.`;
    return `Hold ${holdId} placed on ${on}: ${holdReasonLabels[reasonCode].en}.${noteText}${next}`;
  },
  'hold.released': (e, ctx) => {
    const reason = ctx.holds.get(e.data.holdId);
    if (reason === undefined) return `Hold ${e.data.holdId} released.`;
    const left = ctx.holds.size - 1;
    const after =
      left === 0
        ? ' No hold left: the flow resumes.'
        : ` ${left} hold${left > 1 ? 's' : ''} still active.`;
    return `Hold ${e.data.holdId} released (${holdReasonLabels[reason].en}).${after}`;
  },
  'note.added': (e) => `Note: ${quote(e.data.text, 'en')}.`,
  'erp.document_linked': (e) =>
    `ERP document linked: ${erpDocumentKindLabels[e.data.kind].en} ${e.data.number}.`,
  'channel.status_observed': (e) =>
    `Status seen on ${e.data.channel}: ${quote(e.data.status, 'en')}.`,
};
