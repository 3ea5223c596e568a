// The words of the timeline: every enum of the order events in English and French. Each table
// is an exhaustive Record, so a new enum value without its translations is a compile error.
import type { ParcelStatus } from '../../../parcel/statuses.js';
import type { Locale } from '../../../result/index.js';
import type {
  ActorKind,
  CancelReason,
  CancelRequester,
  ErpDocumentKind,
  HoldReason,
  InspectionOutcome,
  RefusalReason,
} from '../../eventFields.js';
import type { ReturnReason, RmaResolution } from '../../rmaSchema.js';

/** A label in every language. */
type Label = Readonly<Record<Locale, string>>;

/** The labels of an enum, one per value. */
type Labels<T extends string> = Readonly<Record<T, Label>>;

/** Who acted, by role. */
export const actorKindLabels: Labels<ActorKind> = {
  system: { en: 'system', fr: 'système' },
  user: { en: 'operator', fr: 'opérateur' },
  channel: { en: 'channel', fr: 'canal' },
  wms: { en: 'WMS', fr: 'WMS' },
  erp: { en: 'ERP', fr: 'ERP' },
  carrier: { en: 'carrier', fr: 'transporteur' },
  rule: { en: 'rule', fr: 'règle' },
};

/** Why a hold was placed. */
export const holdReasonLabels: Labels<HoldReason> = {
  address_incomplete: { en: 'address incomplete', fr: 'adresse incomplète' },
  address_invalid: { en: 'address invalid', fr: 'adresse invalide' },
  phone_missing: { en: 'phone number missing', fr: 'téléphone manquant' },
  totals_mismatch: { en: 'totals do not add up', fr: 'totaux incohérents' },
  stock_discrepancy: { en: 'stock discrepancy', fr: 'écart de stock' },
  backorder: { en: 'waiting for stock', fr: 'en attente de stock' },
  label_refused: { en: 'shipping label refused', fr: 'étiquette d’expédition refusée' },
  carrier_error: { en: 'carrier error', fr: 'erreur du transporteur' },
  effect_failed: {
    en: 'sending to a partner system failed',
    fr: 'échec d’envoi à un système partenaire',
  },
  high_value_needs_approval: {
    en: 'high value, needs approval',
    fr: 'montant élevé, validation requise',
  },
  suspected_fraud: { en: 'suspected fraud', fr: 'suspicion de fraude' },
  channel_conflict: { en: 'conflict with the channel', fr: 'conflit avec le canal' },
  manual: { en: 'manual hold', fr: 'blocage manuel' },
};

/** Why the seller refused an order. */
export const refusalReasonLabels: Labels<RefusalReason> = {
  out_of_stock: { en: 'out of stock', fr: 'rupture de stock' },
  price_error: { en: 'price error', fr: 'erreur de prix' },
  fraud: { en: 'fraud', fr: 'fraude' },
  cannot_ship: { en: 'cannot be shipped', fr: 'expédition impossible' },
  other: { en: 'other reason', fr: 'autre motif' },
};

/** Why units were cancelled. */
export const cancelReasonLabels: Labels<CancelReason> = {
  buyer_request: { en: 'buyer’s request', fr: 'demande de l’acheteur' },
  out_of_stock: { en: 'out of stock', fr: 'rupture de stock' },
  channel_cancelled: { en: 'cancelled by the channel', fr: 'annulée par le canal' },
  fraud: { en: 'fraud', fr: 'fraude' },
  address_unserviceable: { en: 'address not served', fr: 'adresse non desservie' },
  other: { en: 'other reason', fr: 'autre motif' },
};

/** Who asked for a cancellation, as the object of "requested by". */
export const cancelRequesterLabels: Labels<CancelRequester> = {
  buyer: { en: 'the buyer', fr: 'l’acheteur' },
  seller: { en: 'the seller', fr: 'le vendeur' },
  channel: { en: 'the channel', fr: 'le canal' },
};

/** A parcel's tracking status. */
export const parcelStatusLabels: Labels<ParcelStatus> = {
  label_created: { en: 'label created', fr: 'étiquette créée' },
  picked_up: { en: 'picked up by the carrier', fr: 'pris en charge par le transporteur' },
  in_transit: { en: 'in transit', fr: 'en transit' },
  out_for_delivery: { en: 'out for delivery', fr: 'en cours de livraison' },
  delivered: { en: 'delivered', fr: 'livré' },
  attempt_failed: { en: 'delivery attempt failed', fr: 'tentative de livraison échouée' },
  available_for_pickup: { en: 'available for pickup', fr: 'disponible en point de retrait' },
  exception: { en: 'incident', fr: 'incident' },
  returned_to_sender: { en: 'returned to sender', fr: 'retourné à l’expéditeur' },
  lost: { en: 'lost', fr: 'perdu' },
  damaged: { en: 'damaged', fr: 'endommagé' },
};

/** Why the buyer returns units. */
export const returnReasonLabels: Labels<ReturnReason> = {
  changed_mind: { en: 'changed their mind', fr: 'changement d’avis' },
  ordered_by_mistake: { en: 'ordered by mistake', fr: 'commandé par erreur' },
  size_too_small: { en: 'too small', fr: 'taille trop petite' },
  size_too_large: { en: 'too large', fr: 'taille trop grande' },
  style_or_colour: { en: 'style or colour', fr: 'style ou couleur' },
  not_as_described: { en: 'not as described', fr: 'non conforme à la description' },
  incompatible: { en: 'incompatible', fr: 'incompatible' },
  defective: { en: 'defective', fr: 'défectueux' },
  damaged_in_transit: { en: 'damaged in transit', fr: 'endommagé pendant le transport' },
  missing_parts: { en: 'missing parts', fr: 'pièces manquantes' },
  wrong_item_received: { en: 'wrong item received', fr: 'mauvais article reçu' },
  extra_item: { en: 'extra item received', fr: 'article reçu en trop' },
  late_delivery: { en: 'late delivery', fr: 'livraison en retard' },
  better_price: { en: 'better price found', fr: 'meilleur prix trouvé ailleurs' },
  undeliverable: { en: 'undeliverable', fr: 'non livrable' },
  unauthorized_purchase: { en: 'unauthorised purchase', fr: 'achat non autorisé' },
  other: { en: 'other reason', fr: 'autre motif' },
};

/** What the warehouse did with returned goods. */
export const inspectionOutcomeLabels: Labels<InspectionOutcome> = {
  restock: { en: 'back in stock', fr: 'remis en stock' },
  repair: { en: 'sent for repair', fr: 'envoyé en réparation' },
  scrap: { en: 'scrapped', fr: 'mis au rebut' },
};

/** How a return was settled. */
export const rmaResolutionLabels: Labels<RmaResolution> = {
  refund: { en: 'refund', fr: 'remboursement' },
  exchange: { en: 'exchange', fr: 'échange' },
  repair: { en: 'repair', fr: 'réparation' },
  reject: { en: 'return rejected', fr: 'retour rejeté' },
};

/** The kinds of ERP document. */
export const erpDocumentKindLabels: Labels<ErpDocumentKind> = {
  sale: { en: 'sales order', fr: 'commande de vente' },
  delivery_note: { en: 'delivery note', fr: 'bon de livraison' },
  invoice: { en: 'invoice', fr: 'facture' },
  credit_note: { en: 'credit note', fr: 'avoir' },
};
