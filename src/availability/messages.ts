import type { MessageCatalog } from '../result/index.js';
import type { AvailabilityPolicyInvalid, AvailabilityPolicyReason } from './errors.js';

const reasonEn: Readonly<Record<AvailabilityPolicyReason, string>> = {
  missing: 'is missing',
  wrong_type: 'has the wrong type',
  out_of_range: 'is out of range',
  too_precise: 'has more than two decimals',
  empty: 'is empty',
  duplicate: 'repeats a warehouse',
  invalid_id: 'holds an id that is not 1 to 128 characters on one line',
  unexpected_field: 'has a field the policy does not know',
};
const reasonFr: Readonly<Record<AvailabilityPolicyReason, string>> = {
  missing: 'est absent',
  wrong_type: "n'a pas le bon type",
  out_of_range: 'est hors limites',
  too_precise: 'a plus de deux décimales',
  empty: 'est vide',
  duplicate: 'répète un entrepôt',
  invalid_id: "contient un identifiant qui n'a pas 1 à 128 caractères sur une ligne",
  unexpected_field: 'contient un champ inconnu de la politique',
};

function whereEn(e: AvailabilityPolicyInvalid): string {
  const channel = e.channel === undefined ? '' : ` of channel "${e.channel}"`;
  const index = e.index === undefined ? '' : ` (position ${String(e.index)})`;
  return `"${e.field}"${channel}${index}`;
}

function whereFr(e: AvailabilityPolicyInvalid): string {
  const channel = e.channel === undefined ? '' : ` du canal « ${e.channel} »`;
  const index = e.index === undefined ? '' : ` (position ${String(e.index)})`;
  return `« ${e.field} »${channel}${index}`;
}

/** English and French messages for the availability module's errors. */
export const availabilityMessages: MessageCatalog<AvailabilityPolicyInvalid> = {
  'availability/policy_invalid': {
    en: (e) =>
      `The availability policy's ${whereEn(e)} ${reasonEn[e.reason]}. Give mode 'cruise' or 'peak' and, for at least one channel, warehouses (a non-empty list of distinct ids) and cruise and peak buffers { absolute: whole number ≥ 0, percent: 0 to 100 with at most two decimals }.`,
    fr: (e) =>
      `Dans la politique de disponibilité, ${whereFr(e)} ${reasonFr[e.reason]}. Indiquez mode 'cruise' ou 'peak' et, pour au moins un canal, warehouses (une liste non vide d'identifiants distincts) et les marges cruise et peak { absolute : entier ≥ 0, percent : de 0 à 100 avec au plus deux décimales }.`,
  },
};
