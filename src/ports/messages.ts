import type { MessageCatalog } from '../result/index.js';
import type { PortError } from './errors.js';

const detailEn = (d: string | undefined) => (d === undefined ? '' : ` (${d})`);

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
