import type { Locale } from '../../result/index.js';
import type {
  ReceivedValue,
  SchemaExpectation,
  SchemaTextFormat,
  SchemaValueType,
} from '../errors.js';

/** The member of a union `U` discriminated by `kind` whose kind includes `K`. */
type Of<U, K> = U extends { readonly kind: infer T } ? (K extends T ? U : never) : never;

/** One renderer per `kind` of the union: a missing kind is a compile error. */
type Renderers<U extends { readonly kind: string }> = {
  readonly [K in U['kind']]: (value: Of<U, K>) => string;
};

/** `a`, `a or b`, `a, b or c` (`ou` in French). */
export function listAlternatives(names: readonly string[], locale: Locale): string {
  const last = names.at(-1) ?? '';
  const rest = names.slice(0, -1).join(', ');
  return rest === '' ? last : `${rest} ${locale === 'en' ? 'or' : 'ou'} ${last}`;
}

/** Groups the digits of a long integer by three: `1,000,000` / `1 000 000` (narrow spaces). */
function groupDigits(digits: string, locale: Locale): string {
  if (digits.length <= 4) return digits;
  return digits.replace(/\B(?=(?:\d{3})+$)/g, locale === 'en' ? ',' : '\u202f');
}

/** `−1.5` / `−1,5`, with a real minus sign and grouped digits. */
function formatNumber(n: number, locale: Locale): string {
  const sign = n < 0 ? '−' : '';
  const text = String(Math.abs(n));
  const point = locale === 'en' ? '.' : ',';
  if (text.includes('e')) return `${sign}${text.replace('.', point)}`;
  const [whole = '', fraction] = text.split('.');
  return `${sign}${groupDigits(whole, locale)}${fraction === undefined ? '' : `${point}${fraction}`}`;
}

function countEn(n: number, word: string): string {
  return `${formatNumber(n, 'en')} ${word}${n === 1 ? '' : 's'}`;
}

/** French counts: `un caractère`, `0 caractère`, `2 caractères`. */
function countFr(n: number, singular: string, plural: string, article: string): string {
  if (n === 1) return `${article} ${singular}`;
  return `${formatNumber(n, 'fr')} ${n < 2 ? singular : plural}`;
}

const typeNames: Readonly<Record<Locale, Readonly<Record<SchemaValueType, string>>>> = {
  en: {
    integer: 'an integer',
    number: 'a number',
    string: 'a string',
    boolean: 'a boolean (true or false)',
    object: 'an object',
    array: 'an array',
  },
  fr: {
    integer: 'un nombre entier',
    number: 'un nombre',
    string: 'du texte',
    boolean: 'un booléen (true ou false)',
    object: 'un objet',
    array: 'une liste',
  },
};

const formatNames: Readonly<Record<Locale, Readonly<Record<SchemaTextFormat, string>>>> = {
  en: {
    instant: 'an ISO 8601 date-time with seconds and a time zone (Z or +01:00)',
    email: 'an e-mail address',
    url: 'an http or https URL',
    currency_code: 'an ISO 4217 currency code such as EUR',
    decimal: 'a decimal number as text such as "12.50" (a dot, no exponent)',
    country_code: 'an upper-case ISO 3166-1 alpha-2 country code such as FR',
    single_line: 'a single line of text without leading or trailing spaces',
    slug: 'a lower-case slug (a-z, 0-9, ".", "_", "-")',
    tax_rate: 'a rate from 0 to 1 as decimal text such as "0.2" (for 20%)',
    tracking_number: 'a tracking number (letters, digits and hyphens)',
    vat_number: 'a VAT number without spaces such as FR40303265045',
  },
  fr: {
    instant: 'une date-heure ISO 8601 avec secondes et fuseau (Z ou +01:00)',
    email: 'une adresse électronique',
    url: 'une URL http ou https',
    currency_code: 'un code de devise ISO 4217, par exemple EUR',
    decimal: 'un nombre décimal en texte, par exemple « 12.50 » (avec un point, sans exposant)',
    country_code: 'un code pays ISO 3166-1 alpha-2 en majuscules, par exemple FR',
    single_line: 'une seule ligne de texte, sans espace au début ni à la fin',
    slug: 'un code en minuscules (lettres a-z, chiffres, point, tiret bas, tiret)',
    tax_rate: 'un taux de 0 à 1 en texte décimal, par exemple « 0.2 » (pour 20\u00a0%)',
    tracking_number: 'un numéro de suivi (lettres, chiffres et tirets)',
    vat_number: 'un numéro de TVA sans espaces, par exemple FR40303265045',
  },
};

type Bound = Of<SchemaExpectation, 'min'>;

/** The bound as a count: lengths and item counts are whole, so `> 0` is `at least 1`. */
function countOf(e: Bound): number {
  if (e.inclusive) return e.bound;
  return e.kind === 'min' ? Math.floor(e.bound) + 1 : Math.ceil(e.bound) - 1;
}

function boundEn(e: Bound): string {
  const side = e.kind === 'min' ? 'at least' : 'at most';
  if (e.of === 'length') return `a string of ${side} ${countEn(countOf(e), 'character')}`;
  if (e.of === 'items') return `an array of ${side} ${countEn(countOf(e), 'item')}`;
  const relation =
    e.kind === 'min'
      ? e.inclusive
        ? 'of at least'
        : 'greater than'
      : e.inclusive
        ? 'of at most'
        : 'less than';
  return `a number ${relation} ${formatNumber(e.bound, 'en')}`;
}

function boundFr(e: Bound): string {
  const side = e.kind === 'min' ? "d'au moins" : "d'au plus";
  const n = countOf(e);
  if (e.of === 'length') return `un texte ${side} ${countFr(n, 'caractère', 'caractères', 'un')}`;
  if (e.of === 'items') return `une liste ${side} ${countFr(n, 'élément', 'éléments', 'un')}`;
  const relation =
    e.kind === 'min'
      ? e.inclusive
        ? 'supérieur ou égal à'
        : 'strictement supérieur à'
      : e.inclusive
        ? 'inférieur ou égal à'
        : 'strictement inférieur à';
  return `un nombre ${relation} ${formatNumber(e.bound, 'fr')}`;
}

const expectations: Readonly<Record<Locale, Renderers<SchemaExpectation>>> = {
  en: {
    type: (e) => typeNames.en[e.type],
    min: boundEn,
    max: boundEn,
    format: (e) => formatNames.en[e.format],
    one_of: (e) =>
      e.total <= e.values.length
        ? listAlternatives(
            e.values.map((v) => `"${v}"`),
            'en',
          )
        : `one of ${formatNumber(e.total, 'en')} values such as ${e.values
            .slice(0, 3)
            .map((v) => `"${v}"`)
            .join(', ')}`,
    multiple_of: (e) => `a multiple of ${formatNumber(e.divisor, 'en')}`,
    amount_range: (e) =>
      `an amount below ${groupDigits(e.maxAbsExclusive, 'en')} in absolute value, with at most ${countEn(e.maxFractionDigits, 'decimal')}`,
    known_key: () => 'no such field',
    plain_data: () => 'plain data (JSON values)',
    valid_value: () => 'a valid value',
  },
  fr: {
    type: (e) => typeNames.fr[e.type],
    min: boundFr,
    max: boundFr,
    format: (e) => formatNames.fr[e.format],
    one_of: (e) =>
      e.total <= e.values.length
        ? listAlternatives(
            e.values.map((v) => `« ${v} »`),
            'fr',
          )
        : `l'une des ${formatNumber(e.total, 'fr')} valeurs admises, par exemple ${e.values
            .slice(0, 3)
            .map((v) => `« ${v} »`)
            .join(', ')}`,
    multiple_of: (e) => `un multiple de ${formatNumber(e.divisor, 'fr')}`,
    amount_range: (e) =>
      `un montant inférieur à ${groupDigits(e.maxAbsExclusive, 'fr')} en valeur absolue, avec au plus ${countFr(e.maxFractionDigits, 'décimale', 'décimales', 'une')}`,
    known_key: () => 'aucun champ de ce nom',
    plain_data: () => 'des données simples (valeurs JSON)',
    valid_value: () => 'une valeur valide',
  },
};

const otherNames = {
  en: { bigint: 'a big integer (BigInt)', symbol: 'a symbol', function: 'a function' },
  fr: { bigint: 'un grand entier (BigInt)', symbol: 'un symbole', function: 'une fonction' },
} as const;

const received: Readonly<Record<Locale, Renderers<ReceivedValue>>> = {
  en: {
    missing: () => 'nothing (the field is missing)',
    undefined: () => 'undefined',
    null: () => 'null',
    nan: () => 'NaN (not a number)',
    object: () => 'an object',
    unreadable: () => 'a value that could not be read (a getter or a proxy threw)',
    infinity: (r) => (r.negative ? 'a negative infinite number' : 'an infinite number'),
    number: (r) => `the number ${formatNumber(r.value, 'en')}`,
    boolean: (r) => `the boolean ${String(r.value)}`,
    string: (r) =>
      r.length === 0 ? 'an empty string' : `a string of ${countEn(r.length, 'character')}`,
    array: (r) => (r.length === 0 ? 'an empty array' : `an array of ${countEn(r.length, 'item')}`),
    other: (r) => otherNames.en[r.type],
  },
  fr: {
    missing: () => 'rien (le champ est absent)',
    undefined: () => 'la valeur undefined',
    null: () => 'la valeur null',
    nan: () => 'NaN (pas un nombre)',
    object: () => 'un objet',
    unreadable: () => 'une valeur illisible (un accesseur ou un proxy a levé une exception)',
    infinity: (r) => (r.negative ? 'un nombre infini négatif' : 'un nombre infini'),
    number: (r) => `le nombre ${formatNumber(r.value, 'fr')}`,
    boolean: (r) => `le booléen ${String(r.value)}`,
    string: (r) =>
      r.length === 0
        ? 'un texte vide'
        : r.length === 1
          ? "un texte d'un caractère"
          : `un texte de ${countFr(r.length, 'caractère', 'caractères', 'un')}`,
    array: (r) =>
      r.length === 0
        ? 'une liste vide'
        : r.length === 1
          ? "une liste d'un élément"
          : `une liste de ${countFr(r.length, 'élément', 'éléments', 'un')}`,
    other: (r) => otherNames.fr[r.type],
  },
};

/**
 * Words what the order schema expected, as a noun phrase: `'an integer'`, `'un nombre entier'`.
 */
export function describeExpectation(expected: SchemaExpectation, locale: Locale): string {
  const render = expectations[locale][expected.kind] as (e: SchemaExpectation) => string;
  return render(expected);
}

/** Words what the input held, as a noun phrase: `'the number 1.5'`, `'le nombre 1,5'`. */
export function describeReceived(value: ReceivedValue, locale: Locale): string {
  const render = received[locale][value.kind] as (r: ReceivedValue) => string;
  return render(value);
}
