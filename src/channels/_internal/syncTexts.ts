import type { OrderStatus } from '../../order/index.js';
import type { Locale } from '../../result/index.js';

/** Why a channel status puts the order on hold `channel_conflict`. */
export type SyncConflict =
  | 'status_unknown'
  | 'missing_data'
  | 'cancelled_after_shipment'
  | 'refused_after_acceptance'
  | 'order_ended'
  | 'refund_unrecorded'
  | 'follow_refused';

/** What a conflict note is about. */
export interface SyncConflictFacts {
  readonly channel: string;
  /** The channel's status: verbatim when it is a string, else what it is (`an object`). */
  readonly status: string;
  /** Whether `status` is the channel's own text (quoted in the note). */
  readonly verbatim: boolean;
  readonly stage?: string;
  readonly orderStatus: OrderStatus;
  /** Why the lifecycle refused to follow (`follow_refused` only). */
  readonly why?: string;
}

/** The longest note and next action `placeHold` accepts. */
const noteMax = 2000;
const nextActionMax = 500;
/** The longest status quoted in a note. */
const quoteMax = 100;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

type Render = (f: SyncConflictFacts, said: string) => string;

const notes: Readonly<Record<Locale, Readonly<Record<SyncConflict, Render>>>> = {
  en: {
    status_unknown: (f, said) =>
      `Channel ${f.channel} sent ${said}, which its profile does not know.`,
    missing_data: (f, said) =>
      `Channel ${f.channel} says ${said} while the order is ${f.orderStatus}: following it would need data ordokit does not have (parcels, tracking, delivery).`,
    cancelled_after_shipment: (f, said) =>
      `Channel ${f.channel} says ${said}, but units of the order have already shipped (order ${f.orderStatus}).`,
    refused_after_acceptance: (f, said) =>
      `Channel ${f.channel} says ${said}, but the order is already ${f.orderStatus}.`,
    order_ended: (f, said) =>
      `Channel ${f.channel} says ${said}, but the order is ${f.orderStatus}.`,
    refund_unrecorded: (f, said) =>
      `Channel ${f.channel} says ${said}, but the order records no such refund.`,
    follow_refused: (f, said) =>
      `Channel ${f.channel} says ${said}; the order (${f.orderStatus}) could not follow: ${f.why ?? ''}`,
  },
  fr: {
    status_unknown: (f, said) =>
      `Le canal ${f.channel} a envoyé ${said}, que son profil ne connaît pas.`,
    missing_data: (f, said) =>
      `Le canal ${f.channel} indique ${said} alors que la commande est ${f.orderStatus} : le suivre demanderait des données qu'ordokit n'a pas (colis, suivi, livraison).`,
    cancelled_after_shipment: (f, said) =>
      `Le canal ${f.channel} indique ${said}, mais des articles de la commande sont déjà expédiés (commande ${f.orderStatus}).`,
    refused_after_acceptance: (f, said) =>
      `Le canal ${f.channel} indique ${said}, mais la commande est déjà ${f.orderStatus}.`,
    order_ended: (f, said) =>
      `Le canal ${f.channel} indique ${said}, mais la commande est ${f.orderStatus}.`,
    refund_unrecorded: (f, said) =>
      `Le canal ${f.channel} indique ${said}, mais la commande n'enregistre pas ce remboursement.`,
    follow_refused: (f, said) =>
      `Le canal ${f.channel} indique ${said} ; la commande (${f.orderStatus}) n'a pas pu suivre : ${f.why ?? ''}`,
  },
};

const nextActions: Readonly<Record<Locale, Readonly<Record<SyncConflict, string>>>> = {
  en: {
    status_unknown:
      "Check the order on the channel, apply the change by hand if needed, add the status to the channel's profile, then release the hold.",
    missing_data:
      'Record the parcels, tracking or delivery the channel knows of (or correct the channel), then release the hold.',
    cancelled_after_shipment:
      'Agree with the channel and the buyer on a return or a refund of the shipped units, then release the hold.',
    refused_after_acceptance:
      'Check with the channel; cancel the order by hand if it must stop, then release the hold.',
    order_ended:
      'Check with the channel: correct its status, or reopen the flow by hand, then release the hold.',
    refund_unrecorded:
      'Record the refund with its amounts as the channel made it, then release the hold.',
    follow_refused:
      'Bring the order where the channel says by hand once possible, then release the hold.',
  },
  fr: {
    status_unknown:
      'Vérifiez la commande sur le canal, reportez le changement à la main si besoin, ajoutez ce statut au profil du canal, puis levez le blocage.',
    missing_data:
      'Enregistrez les colis, le suivi ou la livraison que le canal connaît (ou corrigez le canal), puis levez le blocage.',
    cancelled_after_shipment:
      "Convenez avec le canal et l'acheteur d'un retour ou d'un remboursement des articles expédiés, puis levez le blocage.",
    refused_after_acceptance:
      'Vérifiez avec le canal ; annulez la commande à la main si elle doit cesser, puis levez le blocage.',
    order_ended:
      'Vérifiez avec le canal : corrigez son statut, ou reprenez la commande à la main, puis levez le blocage.',
    refund_unrecorded:
      'Enregistrez le remboursement avec ses montants tel que le canal l’a fait, puis levez le blocage.',
    follow_refused:
      'Amenez la commande où le canal l’indique, à la main dès que possible, puis levez le blocage.',
  },
};

/** The channel's status in quotes, with its stage when it has one. */
function quote(facts: SyncConflictFacts, locale: Locale): string {
  const status = clip(facts.status, quoteMax);
  const quoted = !facts.verbatim ? status : locale === 'en' ? `"${status}"` : `« ${status} »`;
  return facts.stage === undefined ? quoted : `${quoted} (${facts.stage})`;
}

/** The note and next action of a `channel_conflict` hold, in the locale. */
export function describeSyncConflict(
  conflict: SyncConflict,
  facts: SyncConflictFacts,
  locale: Locale,
): { readonly note: string; readonly nextAction: string } {
  return {
    note: clip(notes[locale][conflict](facts, quote(facts, locale)), noteMax),
    nextAction: clip(nextActions[locale][conflict], nextActionMax),
  };
}
