import type { MessageCatalog } from '../result/index.js';
import {
  describeFormats,
  fieldLabels,
  kindLabels,
  nameCountry,
  phoneReasons,
} from './_internal/describe.js';
import type { AddressIssue, AddressPostcodeInvalid } from './errors.js';

function expectedPostcodeEn(issue: AddressPostcodeInvalid): string {
  const example = issue.example === undefined ? '' : ` such as ${issue.example}`;
  switch (issue.reason) {
    case 'corsica':
      return `Corsican codes start with 200, 201 (2A) or 202, 206 (2B)${example}`;
    case 'overseas':
      return `French overseas codes start with 971 to 976, 984 or 986 to 988${example}`;
    case 'province':
      return `the first two digits must be a province number from 01 to 52${example}`;
    case 'format': {
      const formats = describeFormats(issue.formats, 'en');
      if (formats !== '') return `expected ${formats}${example}`;
      return issue.example === undefined
        ? 'use letters, digits, spaces and hyphens only'
        : `expected a code${example}`;
    }
  }
}

/** The French sentence that says what a valid code looks like (no final full stop). */
function expectedPostcodeFr(issue: AddressPostcodeInvalid): string {
  const example = issue.example === undefined ? '' : `, par exemple ${issue.example}`;
  switch (issue.reason) {
    case 'corsica':
      return `Les codes corses commencent par 200, 201 (2A) ou 202, 206 (2B)${example}`;
    case 'overseas':
      return `Les codes d’outre-mer commencent par 971 à 976, 984 ou 986 à 988${example}`;
    case 'province':
      return `Les deux premiers chiffres doivent être un numéro de province de 01 à 52${example}`;
    case 'format': {
      const formats = describeFormats(issue.formats, 'fr');
      if (formats !== '') return `Format attendu : ${formats}${example}`;
      return issue.example === undefined
        ? 'Utilisez uniquement des lettres, des chiffres, des espaces et des tirets'
        : `Exemple de code valide : ${issue.example}`;
    }
  }
}

/** English and French messages for every {@link AddressIssue}: what is wrong and what to do. */
export const addressMessages: MessageCatalog<AddressIssue> = {
  'address/input_invalid': {
    en: (e) =>
      `The address must be an object (received ${kindLabels.en[e.received]}). Send an object with name, line1, city and country.`,
    fr: (e) =>
      `L’adresse doit être un objet (reçu : ${kindLabels.fr[e.received]}). Envoyez un objet avec name, line1, city et country.`,
  },
  'address/field_required': {
    en: (e) =>
      `The ${fieldLabels.en[e.field]} is missing${e.country === undefined ? '' : ` (required for ${nameCountry(e.country, 'en')})`}. Fill it in.`,
    fr: (e) =>
      `Le champ « ${fieldLabels.fr[e.field]} » est obligatoire${e.country === undefined ? '' : ` (pays : ${nameCountry(e.country, 'fr')})`} mais absent. Renseignez-le.`,
  },
  'address/field_invalid': {
    en: (e) => {
      const label = fieldLabels.en[e.field];
      if (e.reason === 'wrong_type')
        return `The ${label} must be text, not ${kindLabels.en[e.received]}. Send it as a string.`;
      if (e.reason === 'too_long')
        return `The ${label} is longer than ${e.maxLength} characters. Shorten it.`;
      return `The ${label} contains control characters. Remove them.`;
    },
    fr: (e) => {
      const label = fieldLabels.fr[e.field];
      if (e.reason === 'wrong_type')
        return `Le champ « ${label} » doit être du texte, pas ${kindLabels.fr[e.received]}. Envoyez une chaîne de caractères.`;
      if (e.reason === 'too_long')
        return `Le champ « ${label} » dépasse ${e.maxLength} caractères. Raccourcissez-le.`;
      return `Le champ « ${label} » contient des caractères de contrôle. Supprimez-les.`;
    },
  },
  'address/country_unknown': {
    en: (e) =>
      `"${e.country}" is not an ISO 3166-1 country code. Use a two-letter code such as FR${e.suggestion === undefined ? '' : ` (did you mean ${e.suggestion}?)`}.`,
    fr: (e) =>
      `« ${e.country} » n’est pas un code pays ISO 3166-1. Utilisez un code à deux lettres comme FR${e.suggestion === undefined ? '' : ` (vouliez-vous dire ${e.suggestion} ?)`}.`,
  },
  'address/postcode_invalid': {
    en: (e) =>
      `Postal code "${e.postalCode}" is not valid for ${nameCountry(e.country, 'en')}: ${expectedPostcodeEn(e)}.`,
    fr: (e) =>
      `Le code postal « ${e.postalCode} » n’est pas valide (pays : ${nameCountry(e.country, 'fr')}). ${expectedPostcodeFr(e)}.`,
  },
  'address/postcode_other_territory': {
    en: (e) =>
      `Postal code "${e.postalCode}" belongs to ${nameCountry(e.expectedCountry, 'en')} (${e.expectedCountry}), not ${nameCountry(e.country, 'en')} (${e.country}). Set the country to ${e.expectedCountry} or correct the postal code.`,
    fr: (e) =>
      `Le code postal « ${e.postalCode} » est un code de ${nameCountry(e.expectedCountry, 'fr')} (${e.expectedCountry}), pas de ${nameCountry(e.country, 'fr')} (${e.country}). Indiquez le pays ${e.expectedCountry} ou corrigez le code postal.`,
  },
  'address/region_required': {
    en: (e) =>
      `A region (state or province) is required for ${nameCountry(e.country, 'en')}. Fill it in${e.example === undefined ? '' : `, e.g. ${e.example}`}.`,
    fr: (e) =>
      `Une région (État ou province) est obligatoire (pays : ${nameCountry(e.country, 'fr')}). Renseignez-la${e.example === undefined ? '' : `, par exemple ${e.example}`}.`,
  },
  'address/region_unknown': {
    en: (e) =>
      `"${e.region}" is not a region of ${nameCountry(e.country, 'en')}. ${e.suggestion === undefined ? `Use a region code${e.example === undefined ? '' : ` such as ${e.example}`}` : `The postal code points to ${e.suggestion}: use that code`}.`,
    fr: (e) =>
      `« ${e.region} » n’est pas une région connue (pays : ${nameCountry(e.country, 'fr')}). ${e.suggestion === undefined ? `Utilisez un code de région${e.example === undefined ? '' : ` comme ${e.example}`}` : `Le code postal correspond à ${e.suggestion} : utilisez ce code`}.`,
  },
  'address/region_mismatch': {
    en: (e) =>
      `Region ${e.region} does not match postal code "${e.postalCode}", which belongs to ${e.expectedRegions.join(' or ')} (${nameCountry(e.country, 'en')}). Correct the region or the postal code.`,
    fr: (e) =>
      `La région ${e.region} ne correspond pas au code postal « ${e.postalCode} », qui relève de la région ${e.expectedRegions.join(' ou ')} (pays : ${nameCountry(e.country, 'fr')}). Corrigez la région ou le code postal.`,
  },
  'address/phone_invalid': {
    en: (e) =>
      `Phone number "${e.phone}" is not valid (${phoneReasons.en[e.reason]}). Enter a national number for ${nameCountry(e.country, 'en')} or an international number starting with +, e.g. +33 6 12 34 56 78.`,
    fr: (e) =>
      `Le numéro de téléphone « ${e.phone} » n’est pas valide (${phoneReasons.fr[e.reason]}). Saisissez un numéro national (pays : ${nameCountry(e.country, 'fr')}) ou un numéro international commençant par +, par exemple +33 6 12 34 56 78.`,
  },
  'address/email_invalid': {
    en: (e) =>
      `Email address "${e.email}" is not valid. Enter an address such as name@example.com.`,
    fr: (e) =>
      `L’adresse e-mail « ${e.email} » n’est pas valide. Saisissez une adresse comme nom@exemple.fr.`,
  },
};
