import type { MessageCatalog } from '../result/index.js';
import type { ConfigExpectation, EngineOwnError } from './errors.js';
import { renderIssue } from './_internal/renderIssue.js';

const expectations: Readonly<Record<'en' | 'fr', Record<ConfigExpectation, string>>> = {
  en: {
    port: 'an object implementing the port',
    positive_integer: 'a whole number of at least 1',
    non_negative_integer: 'a whole number of at least 0',
    at_least_backoff_base: 'a number of milliseconds at least policy.backoffBaseMs',
    boolean: 'true or false',
    locale: "'en' or 'fr'",
    actor: 'an actor { kind, id }',
    carrier: 'a carrier { code, service? }',
    code: 'a lower-case code such as main-wms (a-z, 0-9, dot, underscore, hyphen)',
    code_list: 'a list of channel codes',
    id_list: 'a list of tenant ids (non-empty strings)',
    matching_key: "the connector's own code",
    channel_profiles: 'channel profiles by channel code (each with a statuses record)',
    inventory:
      'a stock store, valid warehouses and a valid routing policy (see the routing error codes)',
  },
  fr: {
    port: 'un objet qui implémente le port',
    positive_integer: 'un nombre entier supérieur ou égal à 1',
    non_negative_integer: 'un nombre entier supérieur ou égal à 0',
    at_least_backoff_base: 'un nombre de millisecondes au moins égal à policy.backoffBaseMs',
    boolean: 'true ou false',
    locale: "'en' ou 'fr'",
    actor: 'un acteur { kind, id }',
    carrier: 'un transporteur { code, service? }',
    code: 'un code en minuscules comme main-wms (a-z, 0-9, point, tiret bas, tiret)',
    code_list: 'une liste de codes de canaux',
    id_list: "une liste d'identifiants de tenants (textes non vides)",
    matching_key: 'le code du connecteur lui-même',
    channel_profiles: 'des profils de canaux par code de canal (chacun avec ses statuts)',
    inventory:
      'un stock, des entrepôts valides et une politique de routage valide (voir les codes d’erreur du routage)',
  },
};

/** English and French messages for the engine's own errors: what was wrong, what to do. */
export const engineMessages: MessageCatalog<EngineOwnError> = {
  'engine/order_not_found': {
    en: (e) =>
      `Order ${e.orderId} does not exist in tenant ${e.tenantId}. Check the order id and the tenant, or ingest the order first.`,
    fr: (e) =>
      `La commande ${e.orderId} n'existe pas pour le tenant ${e.tenantId}. Vérifiez l'identifiant et le tenant, ou importez d'abord la commande.`,
  },
  'engine/payload_invalid': {
    en: (e) => {
      const first = e.issues[0];
      const more = e.issues.length > 1 ? ` (and ${String(e.issues.length - 1)} more issues)` : '';
      return `The ${e.channel} payload is not an order, so nothing was captured${first === undefined ? '' : `: ${renderIssue(first, 'en')}`}${more}. Fix the channel mapping, then ingest it again.`;
    },
    fr: (e) => {
      const first = e.issues[0];
      const more =
        e.issues.length > 1 ? ` (et ${String(e.issues.length - 1)} autres problèmes)` : '';
      return `Les données reçues de ${e.channel} ne sont pas une commande : rien n'a été importé${first === undefined ? '' : `. ${renderIssue(first, 'fr')}`}${more}. Corrigez la correspondance du canal puis importez-la de nouveau.`;
    },
  },
  'engine/channel_mismatch': {
    en: (e) =>
      `The order says it comes from ${e.received} but was ingested as ${e.expected}. Ingest it from its own channel or fix its channelRef.channel.`,
    fr: (e) =>
      `La commande indique le canal ${e.received} mais a été importée comme ${e.expected}. Importez-la depuis son canal ou corrigez channelRef.channel.`,
  },
  'engine/conflict_persisting': {
    en: (e) =>
      `Order ${e.orderId} kept changing while the command ran (${String(e.attempts)} attempts). Nothing was written: try again in a moment.`,
    fr: (e) =>
      `La commande ${e.orderId} a changé sans cesse pendant l'opération (${String(e.attempts)} tentatives). Rien n'a été enregistré : réessayez dans un instant.`,
  },
  'engine/inventory_missing': {
    en: () =>
      'This OMS keeps no stock, so it cannot allocate or record stock. Give createOms an inventory (stock store, warehouses, routing policy).',
    fr: () =>
      'Cet OMS ne gère pas de stock : il ne peut ni allouer ni enregistrer de mouvements. Passez un inventaire à createOms (stock, entrepôts, politique de routage).',
  },
  'engine/config_invalid': {
    en: (e) =>
      `The OMS config is invalid at ${e.field}: expected ${expectations.en[e.expected]}. Fix the config given to createOms.`,
    fr: (e) =>
      `La configuration de l'OMS est invalide pour ${e.field} : attendu ${expectations.fr[e.expected]}. Corrigez la configuration passée à createOms.`,
  },
};
