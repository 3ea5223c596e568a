import type { Locale } from '../../result/index.js';
import type { PhoneInvalidReason, ValueKind } from '../errors.js';
import type { AddressField } from '../schema.js';

const displayNames: Readonly<Record<Locale, Intl.DisplayNames>> = {
  en: new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' }),
  fr: new Intl.DisplayNames(['fr'], { type: 'region', fallback: 'code' }),
};

/** The country's name in the language (`France`, `États-Unis`), or the code itself. */
export function nameCountry(country: string, locale: Locale): string {
  if (!/^[A-Z]{2}$/u.test(country)) return country;
  try {
    return displayNames[locale].of(country) ?? country;
  } catch {
    return country;
  }
}

/** How each field is called in messages. */
export const fieldLabels: Readonly<Record<Locale, Readonly<Record<AddressField, string>>>> = {
  en: {
    name: 'recipient name',
    company: 'company',
    line1: 'street address (line 1)',
    line2: 'address line 2',
    line3: 'address line 3',
    postalCode: 'postal code',
    city: 'city',
    region: 'region',
    country: 'country',
    phone: 'phone number',
    email: 'email address',
  },
  fr: {
    name: 'nom du destinataire',
    company: 'société',
    line1: 'adresse (ligne 1)',
    line2: 'ligne 2 de l’adresse',
    line3: 'ligne 3 de l’adresse',
    postalCode: 'code postal',
    city: 'ville',
    region: 'région',
    country: 'pays',
    phone: 'numéro de téléphone',
    email: 'adresse e-mail',
  },
};

/** How each kind of value is called in messages. */
export const kindLabels: Readonly<Record<Locale, Readonly<Record<ValueKind, string>>>> = {
  en: {
    string: 'text',
    number: 'a number',
    boolean: 'a boolean',
    null: 'null',
    undefined: 'nothing',
    array: 'a list',
    object: 'an object',
    bigint: 'a big integer',
    symbol: 'a symbol',
    function: 'a function',
  },
  fr: {
    string: 'du texte',
    number: 'un nombre',
    boolean: 'un booléen',
    null: 'null',
    undefined: 'rien',
    array: 'une liste',
    object: 'un objet',
    bigint: 'un grand entier',
    symbol: 'un symbole',
    function: 'une fonction',
  },
};

/** Why a phone number was refused, in words. */
export const phoneReasons: Readonly<Record<Locale, Readonly<Record<PhoneInvalidReason, string>>>> =
  {
    en: {
      not_a_number: 'it is not a phone number',
      invalid_country: 'its country calling code is unknown',
      too_short: 'it is too short',
      too_long: 'it is too long',
      invalid: 'no such number exists',
    },
    fr: {
      not_a_number: 'ce n’est pas un numéro de téléphone',
      invalid_country: 'son indicatif pays est inconnu',
      too_short: 'il est trop court',
      too_long: 'il est trop long',
      invalid: 'ce numéro n’existe pas',
    },
  };

/**
 * Describes the expected postal-code layout: `5 digits` for an all-digit single layout,
 * otherwise the layouts with a legend (`the format NNNN-NNN (…)`, in French `NNNN-NNN (…)`,
 * which follows « Format attendu : »); empty when there is nothing to show.
 */
export function describeFormats(formats: readonly string[], locale: Locale): string {
  const only = formats.length === 1 ? formats[0] : undefined;
  if (only !== undefined && /^N+$/u.test(only)) {
    return locale === 'en' ? `${only.length} digits` : `${only.length} chiffres`;
  }
  if (formats.length === 0) return '';
  const list = formats.join(locale === 'en' ? ' or ' : ' ou ');
  return locale === 'en'
    ? `the format ${list} (N = digit, A = letter, X = letter or digit)`
    : `${list} (N = chiffre, A = lettre, X = lettre ou chiffre)`;
}
