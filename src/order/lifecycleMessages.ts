import type { Locale, MessageCatalog } from '../result/index.js';
import type { BlockingHold, OrderLifecycleError, QuantityAction } from './lifecycleErrors.js';
import { orderMessages } from './messages.js';
import { formatAmount } from './_internal/formatAmount.js';
import { holdReasonLabels } from './_internal/timeline/labels.js';

/** `H1: high value, needs approval; H2: stock discrepancy, line L2`, in the operator's language. */
function listHolds(holds: readonly BlockingHold[], locale: Locale): string {
  const colon = locale === 'fr' ? '\u00a0: ' : ': ';
  const line = locale === 'fr' ? 'ligne' : 'line';
  return holds
    .map((h) => {
      const reason = `${h.holdId}${colon}${holdReasonLabels[h.reasonCode][locale]}`;
      return h.scope.kind === 'line' ? `${reason}, ${line} ${h.scope.lineId}` : reason;
    })
    .join(locale === 'fr' ? '\u00a0; ' : '; ');
}

const actions: Readonly<Record<Locale, Readonly<Record<QuantityAction, string>>>> = {
  en: {
    allocate: 'allocate',
    reallocate: 'move',
    pack: 'pack',
    cancel: 'cancel',
    return: 'return',
    receive: 'receive back',
    refund: 'refund',
  },
  fr: {
    allocate: 'réserver',
    reallocate: 'transférer',
    pack: 'mettre en colis',
    cancel: 'annuler',
    return: 'retourner',
    receive: 'réceptionner',
    refund: 'rembourser',
  },
};

const availability: Readonly<Record<Locale, Readonly<Record<QuantityAction, string>>>> = {
  en: {
    allocate: 'units neither cancelled nor already allocated',
    reallocate: 'allocated units not yet in a parcel; a packed unit cannot change warehouse',
    pack: 'allocated units not yet in a parcel',
    cancel: 'units neither cancelled nor packed; a packed or shipped unit cannot be cancelled',
    return: 'delivered units not already returned or in an open return',
    receive: 'units requested in this return and not yet received',
    refund: 'cancelled or shipped units not yet refunded',
  },
  fr: {
    allocate: 'unités ni annulées ni déjà réservées',
    reallocate:
      "unités réservées pas encore en colis ; une unité en colis ne change pas d'entrepôt",
    pack: 'unités réservées pas encore en colis',
    cancel: "unités ni annulées ni en colis ; une unité en colis ou expédiée ne s'annule pas",
    return: 'unités livrées ni déjà retournées ni dans un retour ouvert',
    receive: 'unités demandées dans ce retour et pas encore reçues',
    refund: 'unités annulées ou expédiées pas encore remboursées',
  },
};

const parts = {
  en: { line: 'line', shipping: 'shipping', total: 'order' },
  fr: { line: 'la ligne', shipping: 'la livraison', total: 'la commande' },
} as const;

/**
 * English and French messages for every {@link OrderLifecycleError} code: what was refused
 * and what to do. `order/line_id_duplicate` and `order/currency_mismatch` share the order
 * module's messages.
 */
export const orderLifecycleMessages: MessageCatalog<OrderLifecycleError> = {
  'order/invalid_transition': {
    en: (e) =>
      `Event "${e.event}" is not allowed while the order is "${e.from}". Follow the lifecycle: see docs/lifecycle.md for what can happen next.`,
    fr: (e) =>
      `L'événement « ${e.event} » n'est pas permis tant que la commande est « ${e.from} ». Suivez le cycle de vie : docs/lifecycle.md indique les étapes possibles.`,
  },
  'order/not_captured': {
    en: (e) => `Command "${e.command}" needs an existing order. Capture the order first.`,
    fr: (e) =>
      `La commande « ${e.command} » porte sur une commande qui n'existe pas encore. Importez d'abord la commande (capture).`,
  },
  'order/already_captured': {
    en: (e) =>
      `Order "${e.orderId}" was already captured. Do not capture it twice; send the later changes as commands.`,
    fr: (e) =>
      `La commande « ${e.orderId} » a déjà été importée. Ne l'importez pas deux fois ; transmettez les changements par des commandes.`,
  },
  'order/capture_invalid': {
    en: (e) =>
      e.reason === 'parcels_present'
        ? 'A captured order must not carry parcels: create them with createParcel.'
        : `Line "${e.lineId ?? '?'}" of a captured order has quantities other than "ordered". Capture with only "ordered" set, then record what happened as commands.`,
    fr: (e) =>
      e.reason === 'parcels_present'
        ? 'Une commande importée ne doit pas contenir de colis : créez-les avec createParcel.'
        : `La ligne « ${e.lineId ?? '?'} » de la commande importée a d'autres quantités que « ordered ». Importez-la avec la seule quantité commandée, puis enregistrez la suite par des commandes.`,
  },
  'order/line_id_duplicate': orderMessages['order/line_id_duplicate'],
  'order/currency_mismatch': orderMessages['order/currency_mismatch'],
  'order/on_hold': {
    en: (e) =>
      `"${e.command}" is paused: the order is on hold (${listHolds(e.holds, 'en')}). Resolve and release the holds, or have an operator give the command.`,
    fr: (e) =>
      `« ${e.command} » est suspendu : la commande est bloquée (${listHolds(e.holds, 'fr')}). Levez les blocages, ou faites passer la commande par un opérateur.`,
  },
  'order/line_unknown': {
    en: (e) => `The order has no line "${e.lineId}". Use the lineId of one of its lines.`,
    fr: (e) =>
      `La commande n'a pas de ligne « ${e.lineId} ». Utilisez le lineId d'une de ses lignes.`,
  },
  'order/quantity_invalid': {
    en: (e) =>
      `Quantity ${String(e.quantity)} for line "${e.lineId}" is not a whole number of units. Give a whole number, at least 1 (0 is allowed for an amount-only refund).`,
    fr: (e) =>
      `La quantité ${String(e.quantity)} de la ligne « ${e.lineId} » n'est pas un nombre entier d'unités. Donnez un entier d'au moins 1 (0 est permis pour un remboursement sans unité).`,
  },
  'order/quantity_exceeded': {
    en: (e) =>
      `Cannot ${actions.en[e.what]} ${String(e.quantity)} unit(s) of line "${e.lineId}": ${String(e.available)} available (${availability.en[e.what]}). Lower the quantity.`,
    fr: (e) =>
      `Impossible de ${actions.fr[e.what]} ${String(e.quantity)} unité(s) de la ligne « ${e.lineId} » : ${String(e.available)} disponible(s) (${availability.fr[e.what]}). Réduisez la quantité.`,
  },
  'order/reallocation_same_warehouse': {
    en: (e) =>
      `Line "${e.lineId}" cannot move from warehouse "${e.warehouseId}" to the same warehouse. Give a different toWarehouseId, or leave the allocation as it is.`,
    fr: (e) =>
      `La ligne « ${e.lineId} » ne peut pas passer de l'entrepôt « ${e.warehouseId} » à ce même entrepôt. Indiquez un autre toWarehouseId, ou laissez la réservation telle quelle.`,
  },
  'order/parcel_unknown': {
    en: (e) => `The order has no parcel "${e.parcelId}". Create the parcel first, or check its id.`,
    fr: (e) =>
      `La commande n'a pas de colis « ${e.parcelId} ». Créez d'abord le colis, ou vérifiez son identifiant.`,
  },
  'order/parcel_not_shipped': {
    en: (e) =>
      `Parcel "${e.parcelId}" has not shipped yet. Ship it with its tracking before recording tracking or delivery.`,
    fr: (e) =>
      `Le colis « ${e.parcelId} » n'est pas encore expédié. Expédiez-le avec son suivi avant d'enregistrer un suivi ou une livraison.`,
  },
  'order/parcel_already_shipped': {
    en: (e) =>
      `Parcel "${e.parcelId}" has already shipped. Do not ship it twice (no second label); create a new parcel for other units.`,
    fr: (e) =>
      `Le colis « ${e.parcelId} » est déjà expédié. Ne l'expédiez pas deux fois (pas de seconde étiquette) ; créez un autre colis pour d'autres unités.`,
  },
  'order/parcel_invalid_transition': {
    en: (e) =>
      `Parcel "${e.parcelId}" cannot go from "${e.from}" to "${e.to}". Check the carrier's status mapping; a final status (delivered, lost, damaged, returned to sender) never changes.`,
    fr: (e) =>
      `Le colis « ${e.parcelId} » ne peut pas passer de « ${e.from} » à « ${e.to} ». Vérifiez la correspondance des statuts du transporteur ; un statut final (livré, perdu, endommagé, retourné à l'expéditeur) ne change plus.`,
  },
  'order/tracking_missing': {
    en: (e) =>
      `Parcel "${e.parcelId}" cannot ship without a tracking number. Get the label and its tracking from the carrier first.`,
    fr: (e) =>
      `Le colis « ${e.parcelId} » ne peut pas partir sans numéro de suivi. Obtenez d'abord l'étiquette et son suivi auprès du transporteur.`,
  },
  'order/rma_unknown': {
    en: (e) => `The order has no return "${e.rmaId}". Check the return's id.`,
    fr: (e) => `La commande n'a pas de retour « ${e.rmaId} ». Vérifiez l'identifiant du retour.`,
  },
  'order/rma_invalid_transition': {
    en: (e) =>
      `Return "${e.rmaId}" is "${e.from}": event "${e.event}" is not allowed there. Follow the return's steps (request, decision, receipt, inspection, resolution).`,
    fr: (e) =>
      `Le retour « ${e.rmaId} » est « ${e.from} » : l'événement « ${e.event} » n'y est pas permis. Suivez les étapes du retour (demande, décision, réception, contrôle, résolution).`,
  },
  'order/return_unresolved': {
    en: (e) =>
      `The order cannot close: return(s) ${e.rmaIds.join(', ')} are not resolved. Resolve or refuse them first.`,
    fr: (e) =>
      `La commande ne peut pas être clôturée : le(s) retour(s) ${e.rmaIds.join(', ')} ne sont pas résolus. Résolvez-les ou refusez-les d'abord.`,
  },
  'order/line_open': {
    en: (e) =>
      `The order cannot close: line "${e.lineId}" still has ${String(e.open)} unit(s) neither delivered nor cancelled. Deliver or cancel them first.`,
    fr: (e) =>
      `La commande ne peut pas être clôturée : la ligne « ${e.lineId} » a encore ${String(e.open)} unité(s) ni livrées ni annulées. Livrez-les ou annulez-les d'abord.`,
  },
  'order/hold_unknown': {
    en: (e) => `No active hold "${e.holdId}" on this order. It may already be released.`,
    fr: (e) =>
      `Aucun blocage actif « ${e.holdId} » sur cette commande. Il a peut-être déjà été levé.`,
  },
  'order/id_duplicate': {
    en: (e) =>
      `The order already has a ${e.kind} "${e.id}". Use a new id from the IdGenerator (or check that the command is not a duplicate).`,
    fr: (e) =>
      `La commande a déjà un ${{ parcel: 'colis', rma: 'retour', hold: 'blocage', refund: 'remboursement' }[e.kind]} « ${e.id} ». Utilisez un nouvel identifiant (ou vérifiez que la commande n'est pas envoyée deux fois).`,
  },
  'order/refund_invalid': {
    en: (e) => {
      const where = e.lineId === undefined ? 'the refund' : `line "${e.lineId}"`;
      if (e.reason === 'empty')
        return 'The refund is empty. Give a positive amount on a line or on shipping.';
      return e.reason === 'negative_amount'
        ? `An amount of ${where} is negative. Refund amounts are 0 or more.`
        : `An amount of ${where} is not a valid decimal amount. Give plain decimal text such as "12.50".`;
    },
    fr: (e) => {
      const where = e.lineId === undefined ? 'du remboursement' : `de la ligne « ${e.lineId} »`;
      if (e.reason === 'empty')
        return 'Le remboursement est vide. Donnez un montant positif sur une ligne ou sur la livraison.';
      return e.reason === 'negative_amount'
        ? `Un montant ${where} est négatif. Les montants remboursés sont positifs ou nuls.`
        : `Un montant ${where} n'est pas un montant décimal valide. Donnez un texte décimal comme « 12.50 ».`;
    },
  },
  'order/refund_exceeds_paid': {
    en: (e) => {
      const part = e.part === 'line' ? `line "${e.lineId ?? '?'}"` : parts.en[e.part];
      return `Refunds on ${part} would reach ${formatAmount(e.requested, 'en')}, more than the ${formatAmount(e.available, 'en')} paid. Lower the refund.`;
    },
    fr: (e) => {
      const part = e.part === 'line' ? `la ligne « ${e.lineId ?? '?'} »` : parts.fr[e.part];
      return `Les remboursements sur ${part} atteindraient ${formatAmount(e.requested, 'fr')}, plus que les ${formatAmount(e.available, 'fr')} payés. Réduisez le remboursement.`;
    },
  },
};
