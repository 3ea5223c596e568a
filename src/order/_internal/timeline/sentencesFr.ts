// The timeline in French: one sentence per event type. `_` is a no-break space (before `:`,
// `;` and inside « »), as French typography wants.
import type { ParcelCarrier, ParcelTracking } from '../../parcelSchema.js';
import {
  formatAmount,
  formatUnits,
  listItems,
  listUnits,
  nameLine,
  NBSP as _,
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

/** `numéro de suivi 6A123 (https://…)`. */
function trackingOf(tracking: ParcelTracking): string {
  const page = tracking.url === undefined ? '' : ` (${tracking.url})`;
  return `numéro de suivi ${tracking.number}${page}`;
}

/** The French sentence of every event type. */
export const frenchSentences: SentenceCatalog = {
  'order.captured': (e) => {
    const { channelRef, lines, totals } = e.data.order;
    const market = channelRef.marketplace === undefined ? '' : ` (${channelRef.marketplace})`;
    const via = channelRef.via === undefined ? '' : ` via ${channelRef.via}`;
    const items = lines.map((l) => `${l.quantities.ordered} × ${l.title}`);
    const waiting = e.data.needsAcceptance ? ` En attente d’acceptation.` : '';
    return `Commande ${channelRef.channelOrderRef} reçue de ${channelRef.channel}${market}${via}${_}: ${listItems(items, 'fr')}${_}; total ${formatAmount(totals.grandTotal, 'fr')}.${waiting}`;
  },
  'order.accepted': (_e, ctx) =>
    ctx.flags.autoAccepted
      ? `Commande acceptée automatiquement${_}: le canal ne demande pas d’acceptation.`
      : 'Commande acceptée.',
  'order.refused': (e) => `Commande refusée${_}: ${refusalReasonLabels[e.data.reasonCode].fr}.`,
  'order.preparation_started': (e) =>
    e.data.warehouseId === undefined
      ? 'Préparation lancée.'
      : `Préparation lancée dans l’entrepôt ${e.data.warehouseId}.`,
  'order.lines_allocated': (e, ctx) => {
    const warehouses = new Set(e.data.lines.map((l) => l.warehouseId));
    const [only] = warehouses;
    if (warehouses.size === 1 && only !== undefined) {
      return `Stock réservé dans l’entrepôt ${only}${_}: ${listUnits(e.data.lines, ctx)}.`;
    }
    const items = e.data.lines.map((l) => `${formatUnits(l, ctx)} (${l.warehouseId})`);
    return `Stock réservé${_}: ${listItems(items, 'fr')}.`;
  },
  'order.lines_reallocated': (e, ctx) => {
    const [first] = e.data.lines;
    if (first !== undefined && e.data.lines.every((l) => isSameMove(l, first))) {
      return `Stock transféré de l’entrepôt ${first.fromWarehouseId} à l’entrepôt ${first.toWarehouseId}${_}: ${listUnits(e.data.lines, ctx)}.`;
    }
    const items = e.data.lines.map(
      (l) => `${formatUnits(l, ctx)} (${l.fromWarehouseId} → ${l.toWarehouseId})`,
    );
    return `Stock transféré vers d’autres entrepôts${_}: ${listItems(items, 'fr')}.`;
  },
  'parcel.created': (e, ctx) => {
    const from = e.data.warehouseId === undefined ? '' : `${_}; entrepôt ${e.data.warehouseId}`;
    const by =
      e.data.carrier === undefined ? '' : `${_}; transporteur ${carrierOf(e.data.carrier)}`;
    return `Colis ${e.data.parcelId} créé${_}: ${listUnits(e.data.lines, ctx)}${from}${by}.`;
  },
  'parcel.shipped': (e) =>
    `Colis ${e.data.parcelId} expédié par ${carrierOf(e.data.carrier)}, ${trackingOf(e.data.tracking)}.`,
  'parcel.tracking_updated': (e) => {
    const raw =
      e.data.carrierStatus === undefined
        ? ''
        : ` (statut du transporteur ${quote(e.data.carrierStatus, 'fr')})`;
    const incident =
      e.data.incident === undefined ? '' : `${_}; incident${_}: ${quote(e.data.incident, 'fr')}`;
    return `Suivi du colis ${e.data.parcelId}${_}: ${parcelStatusLabels[e.data.status].fr}${raw}${incident}.`;
  },
  'parcel.delivered': (e, ctx) => {
    const lines = ctx.parcels.get(e.data.parcelId);
    return lines === undefined
      ? `Colis ${e.data.parcelId} livré.`
      : `Colis ${e.data.parcelId} livré${_}: ${listUnits(lines, ctx)}.`;
  },
  'order.lines_cancelled': (e, ctx) =>
    `Annulation de ${listUnits(e.data.lines, ctx)}, demandée par ${cancelRequesterLabels[e.data.requestedBy].fr} (${cancelReasonLabels[e.data.reasonCode].fr}).`,
  'return.requested': (e, ctx) => {
    const items = e.data.lines.map((l) => {
      const channel =
        l.channelReason === undefined ? '' : `${_}; motif du canal ${l.channelReason}`;
      return `${formatUnits(l, ctx)} (${returnReasonLabels[l.reason].fr}${channel})`;
    });
    return `Retour ${e.data.rmaId} demandé${_}: ${listItems(items, 'fr')}.`;
  },
  'return.approved': (e) => `Retour ${e.data.rmaId} accepté.`,
  'return.refused': (e) => `Retour ${e.data.rmaId} refusé.`,
  'return.label_issued': (e) =>
    e.data.tracking === undefined
      ? `Instructions de retour envoyées pour ${e.data.rmaId}.`
      : `Étiquette de retour envoyée pour ${e.data.rmaId}${_}: ${e.data.tracking.carrierCode}, ${trackingOf(e.data.tracking)}.`,
  'return.received': (e, ctx) =>
    `Retour ${e.data.rmaId} reçu${_}: ${listUnits(e.data.lines, ctx)}.`,
  'return.inspected': (e) =>
    `Retour ${e.data.rmaId} inspecté${_}: ${inspectionOutcomeLabels[e.data.outcome].fr}.`,
  'return.resolved': (e) =>
    `Retour ${e.data.rmaId} résolu${_}: ${rmaResolutionLabels[e.data.resolution].fr}.`,
  'return.closed': (e) => `Retour ${e.data.rmaId} clôturé.`,
  'refund.issued': (e, ctx) => {
    const parts = e.data.lines.map((l) => {
      const what = l.quantity > 0 ? formatUnits(l, ctx) : nameLine(l.lineId, ctx);
      return `${what}${_}: ${formatAmount(l.amount, 'fr')}`;
    });
    if (e.data.shipping !== undefined) {
      parts.push(`livraison${_}: ${formatAmount(e.data.shipping, 'fr')}`);
    }
    const detail = parts.length === 0 ? '' : ` (${listItems(parts, 'fr', `${_}; `)})`;
    return `Remboursement ${e.data.refundId} émis${_}: ${formatAmount(e.data.amount, 'fr')}${detail}.`;
  },
  'order.closed': () => 'Commande clôturée.',
  'hold.placed': (e, ctx) => {
    const { holdId, reasonCode, scope, note, nextAction } = e.data;
    const on = scope.kind === 'order' ? 'la commande' : nameLine(scope.lineId, ctx);
    const noteText = note === undefined ? '' : ` Note${_}: ${quote(note, 'fr')}.`;
    const next =
      nextAction === undefined ? '' : ` Action suivante${_}: ${quote(nextAction, 'fr')}.`;
    return `Blocage ${holdId} posé sur ${on}${_}: ${holdReasonLabels[reasonCode].fr}.${noteText}${next}`;
  },
  'hold.released': (e, ctx) => {
    const reason = ctx.holds.get(e.data.holdId);
    if (reason === undefined) return `Blocage ${e.data.holdId} levé.`;
    const left = ctx.holds.size - 1;
    const after =
      left === 0
        ? ` Plus aucun blocage${_}: le traitement reprend.`
        : left === 1
          ? ' 1 blocage toujours actif.'
          : ` ${left} blocages toujours actifs.`;
    return `Blocage ${e.data.holdId} levé (${holdReasonLabels[reason].fr}).${after}`;
  },
  'note.added': (e) => `Note${_}: ${quote(e.data.text, 'fr')}.`,
  'erp.document_linked': (e) =>
    `Document ERP lié${_}: ${erpDocumentKindLabels[e.data.kind].fr} ${e.data.number}.`,
  'channel.status_observed': (e) =>
    `Statut constaté sur ${e.data.channel}${_}: ${quote(e.data.status, 'fr')}.`,
};
