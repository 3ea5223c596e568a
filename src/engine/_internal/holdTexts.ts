import type { HoldReason } from '../../order/index.js';
import type { ParcelStatus } from '../../parcel/index.js';
import type { Locale } from '../../result/index.js';

/** The longest note and next action the hold events accept. */
const noteMax = 2000;
const nextActionMax = 500;

/** Cuts a text to `max` characters, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** A note, cut to what `hold.placed` accepts. */
export function clipNote(text: string): string {
  return clip(text, noteMax);
}

const nextActions: Readonly<Record<Locale, Readonly<Partial<Record<HoldReason, string>>>>> = {
  en: {
    address_incomplete:
      'Complete the shipping address with the buyer or the channel, then release the hold.',
    address_invalid: 'Correct the address with the buyer, then release the hold.',
    phone_missing: 'Ask the buyer for a phone number, then release the hold.',
    totals_mismatch:
      'Check the amounts with the channel, then release the hold (or refuse the order).',
    channel_conflict:
      "Compare the channel's order with this one, apply what must change by hand, then release the hold.",
    carrier_error: 'Reship the units or refund them, then release the hold.',
  },
  fr: {
    address_incomplete:
      "Complétez l'adresse de livraison avec l'acheteur ou le canal, puis levez le blocage.",
    address_invalid: "Corrigez l'adresse avec l'acheteur, puis levez le blocage.",
    phone_missing: "Demandez un numéro de téléphone à l'acheteur, puis levez le blocage.",
    totals_mismatch:
      'Vérifiez les montants avec le canal, puis levez le blocage (ou refusez la commande).',
    channel_conflict:
      'Comparez la commande du canal avec celle-ci, reportez à la main ce qui doit changer, puis levez le blocage.',
    carrier_error: 'Réexpédiez les articles ou remboursez-les, puis levez le blocage.',
  },
};

/** What to do before releasing a hold of this reason, in the locale (undefined when none). */
export function nextActionFor(reason: HoldReason, locale: Locale): string | undefined {
  const text = nextActions[locale][reason];
  return text === undefined ? undefined : clip(text, nextActionMax);
}

/** The note of a `channel_conflict` hold for fields that differ from the stored order. */
export function describeDifferences(fields: readonly string[], locale: Locale): string {
  const list = fields.join(', ');
  return clipNote(
    locale === 'en'
      ? `The channel sent this order again with other values for: ${list}.`
      : `Le canal a renvoyé cette commande avec d'autres valeurs pour : ${list}.`,
  );
}

/** The note of a `channel_conflict` hold for a channel cancellation the lifecycle refused. */
export function describeRefusedCancellation(
  lineId: string,
  quantity: number,
  why: string,
  locale: Locale,
): string {
  return clipNote(
    locale === 'en'
      ? `The channel cancelled ${String(quantity)} unit(s) of line ${lineId}, which could not be applied: ${why}`
      : `Le canal a annulé ${String(quantity)} unité(s) de la ligne ${lineId}, ce qui n'a pas pu être appliqué : ${why}`,
  );
}

const parcelIncidents: Readonly<Record<Locale, Readonly<Partial<Record<ParcelStatus, string>>>>> = {
  en: { lost: 'lost', damaged: 'damaged', returned_to_sender: 'returned to sender' },
  fr: { lost: 'perdu', damaged: 'endommagé', returned_to_sender: "retourné à l'expéditeur" },
};

/** Whether a tracking status leaves the buyer without the parcel (a `carrier_error` hold). */
export function isParcelIncident(status: ParcelStatus): boolean {
  return parcelIncidents.en[status] !== undefined;
}

/** The note of a `carrier_error` hold for a parcel lost, damaged or returned to sender. */
export function describeParcelIncident(
  parcelId: string,
  status: ParcelStatus,
  incident: string | undefined,
  locale: Locale,
): string {
  const what = parcelIncidents[locale][status] ?? status;
  const detail = incident === undefined ? '' : ` (${incident})`;
  return clipNote(
    locale === 'en'
      ? `Parcel ${parcelId} was ${what}${detail}: reship or refund, then release the hold.`
      : `Le colis ${parcelId} a été ${what}${detail} : réexpédiez ou remboursez, puis levez le blocage.`,
  );
}
