import type { MessageCatalog } from '../result/index.js';
import type { ChannelError } from './errors.js';

const list = (items: readonly string[]) => (items.length === 0 ? '—' : items.join(', '));

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
};
