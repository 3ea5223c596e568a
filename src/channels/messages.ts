import type { MessageCatalog } from '../result/index.js';
import type { ChannelError } from './errors.js';

const list = (items: readonly string[]) => (items.length === 0 ? '—' : items.join(', '));
const expectedEn = { object: 'an object', non_empty_string: 'a non-empty string' } as const;
const expectedFr = { object: 'un objet', non_empty_string: 'un texte non vide' } as const;

/** English and French messages for the channels module's errors. */
export const channelMessages: MessageCatalog<ChannelError> = {
  'channel/status_unknown': {
    en: (e) =>
      `${e.channel} sent the status "${e.status}", which its profile does not know (known: ${list(e.known)}). Check the order on the channel and map the status in the profile.`,
    fr: (e) =>
      `${e.channel} a envoyé le statut « ${e.status} », que son profil ne connaît pas (connus : ${list(e.known)}). Vérifiez la commande sur le canal et ajoutez ce statut au profil.`,
  },
  'channel/action_unsupported': {
    en: (e) =>
      `${e.channel} offers no way to ${e.action} an order. Do it in the channel's back office.`,
    fr: (e) =>
      `${e.channel} ne permet pas l'action « ${e.action} » sur une commande. Faites-la dans l'interface du canal.`,
  },
  'channel/action_not_allowed': {
    en: (e) =>
      `${e.channel} refuses to ${e.action} an order at status "${e.status}" (allowed at: ${list(e.allowedAt)}). Wait for the channel to move the order, or do it in its back office.`,
    fr: (e) =>
      `${e.channel} refuse l'action « ${e.action} » au statut « ${e.status} » (permise à : ${list(e.allowedAt)}). Attendez que le canal fasse avancer la commande, ou agissez dans son interface.`,
  },
  'channel/payload_invalid': {
    en: (e) =>
      `The ${e.channel} order payload is not usable at ${e.path === '' ? 'its root' : `"${e.path}"`}: expected ${e.expected}, received ${e.received}. Check the order on ${e.channel} (or the connector that fetched it), then import it again.`,
    fr: (e) =>
      `La commande reçue de ${e.channel} est inutilisable ${e.path === '' ? 'en entier' : `au champ « ${e.path} »`} : attendu ${e.expected}, reçu ${e.received}. Vérifiez la commande sur ${e.channel} (ou le connecteur qui l'a récupérée), puis importez-la à nouveau.`,
  },
  'channel/shipping_method_unknown': {
    en: (e) =>
      `${e.channel} sent the shipping method "${e.method}", which no shipping-method rule recognises. Add a rule for it (channel, match, service level and delivery type), then map the order again.`,
    fr: (e) =>
      `${e.channel} a envoyé le mode de livraison « ${e.method} », qu'aucune règle ne reconnaît. Ajoutez une règle pour lui (canal, correspondance, niveau de service et type de livraison), puis relancez la correspondance de la commande.`,
  },
  'channel/shipping_rules_not_a_list': {
    en: (e) =>
      `The shipping-method rules must be a list, but ${e.received} was given. Provide a JSON array of rules.`,
    fr: (e) =>
      `Les règles de modes de livraison doivent être une liste, or ${e.received} a été fourni. Fournissez un tableau JSON de règles.`,
  },
  'channel/shipping_rule_malformed': {
    en: (e) =>
      `Shipping-method rule ${String(e.index)}: "${e.field}" must be ${expectedEn[e.expected]}. Correct the rule.`,
    fr: (e) =>
      `Règle de mode de livraison ${String(e.index)} : « ${e.field} » doit être ${expectedFr[e.expected]}. Corrigez la règle.`,
  },
  'channel/shipping_rule_empty_match': {
    en: (e) =>
      `Shipping-method rule ${String(e.index)} matches an empty text, which would say nothing. Give the method's name (or its beginning for a prefix).`,
    fr: (e) =>
      `La règle de mode de livraison ${String(e.index)} porte sur un texte vide, ce qui n'a pas de sens. Indiquez le nom du mode (ou son début pour un préfixe).`,
  },
  'channel/shipping_rule_unknown_match_kind': {
    en: (e) =>
      `Shipping-method rule ${String(e.index)} matches by "${e.kind}", which ordokit does not know (known: ${list(e.known)}). Use one of them.`,
    fr: (e) =>
      `La règle de mode de livraison ${String(e.index)} utilise la correspondance « ${e.kind} », inconnue d'ordokit (connues : ${list(e.known)}). Utilisez l'une d'elles.`,
  },
  'channel/shipping_rule_unknown_service_level': {
    en: (e) =>
      `Shipping-method rule ${String(e.index)} names the service level "${e.serviceLevel}", which ordokit does not know (known: ${list(e.known)}). Use one of them.`,
    fr: (e) =>
      `La règle de mode de livraison ${String(e.index)} indique le niveau de service « ${e.serviceLevel} », inconnu d'ordokit (connus : ${list(e.known)}). Utilisez l'un d'eux.`,
  },
  'channel/shipping_rule_unknown_delivery_type': {
    en: (e) =>
      `Shipping-method rule ${String(e.index)} names the delivery type "${e.deliveryType}", which ordokit does not know (known: ${list(e.known)}). Use one of them.`,
    fr: (e) =>
      `La règle de mode de livraison ${String(e.index)} indique le type de livraison « ${e.deliveryType} », inconnu d'ordokit (connus : ${list(e.known)}). Utilisez l'un d'eux.`,
  },
  'channel/shipping_rule_empty_meaning': {
    en: (e) =>
      `Shipping-method rule ${String(e.index)} gives neither a service level nor a delivery type. Say at least one, or remove the rule.`,
    fr: (e) =>
      `La règle de mode de livraison ${String(e.index)} n'indique ni niveau de service ni type de livraison. Indiquez-en au moins un, ou supprimez la règle.`,
  },
  'channel/shipping_rule_unknown_confidence': {
    en: (e) =>
      `Shipping-method rule ${String(e.index)} has the confidence "${e.confidence}", which ordokit does not know (known: ${list(e.known)}). Use one of them, or leave it out.`,
    fr: (e) =>
      `La règle de mode de livraison ${String(e.index)} a la confiance « ${e.confidence} », inconnue d'ordokit (connues : ${list(e.known)}). Utilisez l'une d'elles, ou omettez-la.`,
  },
  'channel/shipping_rule_shadowed': {
    en: (e) =>
      `Shipping-method rule ${String(e.index)} never applies: rule ${String(e.by)}, earlier and for the same channels, matches every method it matches. Move it before rule ${String(e.by)}, or remove it.`,
    fr: (e) =>
      `La règle de mode de livraison ${String(e.index)} ne s'applique jamais : la règle ${String(e.by)}, placée avant et pour les mêmes canaux, reconnaît tous les modes qu'elle reconnaît. Placez-la avant la règle ${String(e.by)}, ou supprimez-la.`,
  },
};
