import type { MessageCatalog } from '../result/index.js';
import type { RoutingError } from './errors.js';

const reasonEn = {
  invalid: 'is missing or malformed',
  duplicate: 'repeats the id of another warehouse',
  currency_mismatch: 'is in another currency than the first warehouse',
} as const;
const reasonFr = {
  invalid: 'est absent ou mal formé',
  duplicate: "reprend l'identifiant d'un autre entrepôt",
  currency_mismatch: 'est dans une autre devise que celle du premier entrepôt',
} as const;

/** English and French messages for the routing module's errors. */
export const routingMessages: MessageCatalog<RoutingError> = {
  'routing/policy_invalid': {
    en: (e) =>
      `The routing policy's "${e.field}" cannot be used (received ${e.received}). Give split 'never', 'allowed' or { minOrderValue }, maxParcels a whole number ≥ 1, backorder 'hold_missing_lines' or 'hold_order', and skuCapabilities as lists of names.`,
    fr: (e) =>
      `Le champ « ${e.field} » de la politique de routage est inutilisable (reçu ${e.received}). Indiquez split 'never', 'allowed' ou { minOrderValue }, maxParcels un entier ≥ 1, backorder 'hold_missing_lines' ou 'hold_order', et skuCapabilities sous forme de listes de noms.`,
  },
  'routing/warehouse_invalid': {
    en: (e) =>
      `Warehouse ${String(e.index)}${e.warehouseId === '' ? '' : ` ("${e.warehouseId}")`}: "${e.field}" ${reasonEn[e.reason]}. Correct the warehouse list, then route again.`,
    fr: (e) =>
      `Entrepôt ${String(e.index)}${e.warehouseId === '' ? '' : ` (« ${e.warehouseId} »)`} : « ${e.field} » ${reasonFr[e.reason]}. Corrigez la liste des entrepôts, puis relancez le routage.`,
  },
};
