import type { MessageCatalog } from '../result/index.js';
import type { PortError, StoreRecordInvalid, StoredRecordKind } from './errors.js';

const detailEn = (d: string | undefined) => (d === undefined ? '' : ` (${d})`);

const recordEn: Readonly<Record<StoredRecordKind, string>> = {
  order_state: 'state',
  order_event: 'event',
  outbox_effect: 'outbox effect',
  action_request: 'channel action request',
  stock_event: 'stock event',
  stock_level: 'stock level',
};
const recordFr: Readonly<Record<StoredRecordKind, string>> = {
  order_state: "L'état enregistré",
  order_event: 'Un événement enregistré',
  outbox_effect: "L'effet enregistré d'un message",
  action_request: "Le contenu enregistré d'une action de canal",
  stock_event: 'Un événement de stock enregistré',
  stock_level: 'Le niveau de stock enregistré',
};
const whichOf = (e: StoreRecordInvalid) =>
  e.seq !== undefined
    ? `, seq ${e.seq}`
    : e.messageId !== undefined
      ? `, ${e.messageId}`
      : e.payloadHash !== undefined
        ? `, ${e.payloadHash}`
        : '';
/** Whose record it is: an order's, or a stock level's (stock events belong to the tenant). */
const ownerEn = (e: StoreRecordInvalid) =>
  e.orderId !== undefined
    ? ` of order ${e.orderId}`
    : e.sku !== undefined
      ? ` of ${e.sku} in warehouse ${e.warehouseId ?? '?'}`
      : '';
const ownerFr = (e: StoreRecordInvalid) =>
  e.orderId !== undefined
    ? ` de la commande ${e.orderId}`
    : e.sku !== undefined
      ? ` de ${e.sku} dans l'entrepôt ${e.warehouseId ?? '?'}`
      : '';
const pathOf = (path: readonly (string | number)[]) =>
  path.length === 0 ? '/' : path.map((p) => `/${String(p)}`).join('');

/** English and French messages for the store, outbox and connector errors. */
export const portMessages: MessageCatalog<PortError> = {
  'store/version_conflict': {
    en: (e) =>
      `Order ${e.orderId} changed meanwhile (version ${e.actualVersion}, expected ${e.expectedVersion}). Reload it and try again.`,
    fr: (e) =>
      `La commande ${e.orderId} a changé entre-temps (version ${e.actualVersion}, attendue ${e.expectedVersion}). Rechargez-la et recommencez.`,
  },
  'store/channel_ref_taken': {
    en: (e) =>
      `The ${e.channel} order ${e.channelOrderRef} is already order ${e.existingOrderId}. Ingest it as an update of that order.`,
    fr: (e) =>
      `La commande ${e.channel} ${e.channelOrderRef} existe déjà (commande ${e.existingOrderId}). Importez-la comme une mise à jour de cette commande.`,
  },
  'store/record_invalid': {
    en: (e) =>
      `A stored ${recordEn[e.record]}${ownerEn(e)} (tenant ${e.tenantId}${whichOf(e)}) does not match its schema at ${pathOf(e.path)}. It was changed outside ordokit or written by another version: restore it from the events or a backup.`,
    fr: (e) =>
      `${recordFr[e.record]}${ownerFr(e)} (client ${e.tenantId}${whichOf(e)}) ne correspond pas à son schéma en ${pathOf(e.path)}. Il a été modifié hors d'ordokit ou écrit par une autre version : restaurez-le depuis les événements ou une sauvegarde.`,
  },
  'store/schema_name_invalid': {
    en: (e) =>
      `"${e.schema}" is not an accepted database schema name. Use lower-case letters, digits and _, starting with a letter or _, at most 63 characters.`,
    fr: (e) =>
      `« ${e.schema} » n'est pas un nom de schéma de base de données accepté. Utilisez des minuscules, des chiffres et _, en commençant par une lettre ou _, 63 caractères au plus.`,
  },
  'stock/version_conflict': {
    en: (e) =>
      `The stock of ${e.sku} in warehouse ${e.warehouseId} changed meanwhile (version ${e.actualVersion}, expected ${e.expectedVersion}). Read it again and decide on the fresh figures.`,
    fr: (e) =>
      `Le stock de ${e.sku} dans l'entrepôt ${e.warehouseId} a changé entre-temps (version ${e.actualVersion}, attendue ${e.expectedVersion}). Relisez-le et décidez sur les chiffres à jour.`,
  },
  'stock/checkpoint_conflict': {
    en: (e) =>
      `Availability publishing of tenant ${e.tenantId} moved on meanwhile (at stock event ${e.actualSeq}, expected ${e.expectedSeq}). Start again from the stored checkpoint.`,
    fr: (e) =>
      `La publication des disponibilités du client ${e.tenantId} a avancé entre-temps (à l'événement de stock ${e.actualSeq}, attendu ${e.expectedSeq}). Reprenez depuis le point de reprise enregistré.`,
  },
  'outbox/lease_lost': {
    en: (e) =>
      `Outbox message ${e.messageId} is no longer leased to this worker. Drop this result: the current holder decides.`,
    fr: (e) =>
      `Le message ${e.messageId} n'est plus réservé par ce processus. Ignorez ce résultat : le détenteur actuel décide.`,
  },
  'connector/unavailable': {
    en: (e) => `${e.target} is unavailable${detailEn(e.detail)}. Try again later.`,
    fr: (e) => `${e.target} est indisponible${detailEn(e.detail)}. Réessayez plus tard.`,
  },
  'connector/timeout': {
    en: (e) =>
      `${e.target} did not answer in time${detailEn(e.detail)}. Try again with the same idempotency key: the first call may have been acted on.`,
    fr: (e) =>
      `${e.target} n'a pas répondu à temps${detailEn(e.detail)}. Réessayez avec la même clé d'idempotence : le premier appel a peut-être été traité.`,
  },
  'connector/rejected': {
    en: (e) =>
      `${e.target} refused the request${detailEn(e.detail)}. Correct the order, then release the hold to send it again.`,
    fr: (e) =>
      `${e.target} a refusé la demande${detailEn(e.detail)}. Corrigez la commande puis levez le blocage pour la renvoyer.`,
  },
};
