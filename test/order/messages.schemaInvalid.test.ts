import { describe, expect, it } from 'vitest';
import {
  formatError,
  type OrderSchemaInvalid,
  type ReceivedValue,
  type SchemaExpectation,
} from '../../src/index.js';

// The words of `order/schema_invalid`: every kind of `expected` and `received`, in both languages
// (messages.test.ts has the other codes).

// Whole sentences: the special shapes (unknown key, missing field, the order itself).
const sentences: readonly [OrderSchemaInvalid, string, string][] = [
  [
    {
      code: 'order/schema_invalid',
      path: ['lines', 0, 'price'],
      expected: { kind: 'known_key' },
      received: { kind: 'string', length: 2 },
    },
    'The field lines[0].price is not part of the order format. Remove it from the mapping, or map it to a known field.',
    'Le champ lines[0].price ne fait pas partie du format de commande. Retirez-le de la mise en correspondance, ou associez-le à un champ connu.',
  ],
  [
    {
      code: 'order/schema_invalid',
      path: ['totals', 'paid', 'amount'],
      expected: { kind: 'format', format: 'decimal' },
      received: { kind: 'missing' },
    },
    'The field totals.paid.amount is missing: expected a decimal number as text such as "12.50" (a dot, no exponent). Fix the channel mapping for this field.',
    'Le champ totals.paid.amount est absent. Attendu : un nombre décimal en texte, par exemple « 12.50 » (avec un point, sans exposant). Corrigez la mise en correspondance de ce champ avec le canal.',
  ],
  [
    {
      code: 'order/schema_invalid',
      path: [],
      expected: { kind: 'type', type: 'object' },
      received: { kind: 'array', length: 0 },
    },
    'The order is invalid: expected an object, received an empty array. Fix the channel mapping.',
    'La commande est invalide. Attendu : un objet ; reçu : une liste vide. Corrigez la mise en correspondance avec le canal.',
  ],
];

/** U+202F, the narrow no-break space that groups digits in French. */
const nnbsp = '\u202f';

// What each expectation reads as, in a fixed sentence (received: an object).
const expectations: readonly [SchemaExpectation, string, string][] = [
  [{ kind: 'type', type: 'integer' }, 'an integer', 'un nombre entier'],
  [{ kind: 'type', type: 'number' }, 'a number', 'un nombre'],
  [{ kind: 'type', type: 'string' }, 'a string', 'du texte'],
  [{ kind: 'type', type: 'boolean' }, 'a boolean (true or false)', 'un booléen (true ou false)'],
  [{ kind: 'type', type: 'object' }, 'an object', 'un objet'],
  [{ kind: 'type', type: 'array' }, 'an array', 'une liste'],
  [
    { kind: 'min', of: 'length', bound: 1, inclusive: true },
    'a string of at least 1 character',
    "un texte d'au moins un caractère",
  ],
  [
    { kind: 'min', of: 'length', bound: 0, inclusive: false },
    'a string of at least 1 character',
    "un texte d'au moins un caractère",
  ],
  [
    { kind: 'max', of: 'length', bound: 128, inclusive: true },
    'a string of at most 128 characters',
    "un texte d'au plus 128 caractères",
  ],
  [
    { kind: 'min', of: 'items', bound: 1, inclusive: true },
    'an array of at least 1 item',
    "une liste d'au moins un élément",
  ],
  [
    { kind: 'max', of: 'items', bound: 1000, inclusive: true },
    'an array of at most 1000 items',
    "une liste d'au plus 1000 éléments",
  ],
  [
    { kind: 'max', of: 'items', bound: 51, inclusive: false },
    'an array of at most 50 items',
    "une liste d'au plus 50 éléments",
  ],
  [
    { kind: 'min', of: 'value', bound: 0, inclusive: false },
    'a number greater than 0',
    'un nombre strictement supérieur à 0',
  ],
  [
    { kind: 'max', of: 'value', bound: 9007199254740991, inclusive: true },
    'a number of at most 9,007,199,254,740,991',
    `un nombre inférieur ou égal à 9${nnbsp}007${nnbsp}199${nnbsp}254${nnbsp}740${nnbsp}991`,
  ],
  [
    { kind: 'max', of: 'value', bound: 2.5, inclusive: false },
    'a number less than 2.5',
    'un nombre strictement inférieur à 2,5',
  ],
  [
    { kind: 'format', format: 'instant' },
    'an ISO 8601 date-time with seconds and a time zone (Z or +01:00)',
    'une date-heure ISO 8601 avec secondes et fuseau (Z ou +01:00)',
  ],
  [{ kind: 'format', format: 'email' }, 'an e-mail address', 'une adresse électronique'],
  [{ kind: 'format', format: 'url' }, 'an http or https URL', 'une URL http ou https'],
  [
    { kind: 'format', format: 'currency_code' },
    'an ISO 4217 currency code such as EUR',
    'un code de devise ISO 4217, par exemple EUR',
  ],
  [
    { kind: 'format', format: 'decimal' },
    'a decimal number as text such as "12.50" (a dot, no exponent)',
    'un nombre décimal en texte, par exemple « 12.50 » (avec un point, sans exposant)',
  ],
  [
    { kind: 'format', format: 'country_code' },
    'an upper-case ISO 3166-1 alpha-2 country code such as FR',
    'un code pays ISO 3166-1 alpha-2 en majuscules, par exemple FR',
  ],
  [
    { kind: 'format', format: 'single_line' },
    'a single line of text without leading or trailing spaces',
    'une seule ligne de texte, sans espace au début ni à la fin',
  ],
  [
    { kind: 'format', format: 'slug' },
    'a lower-case slug (a-z, 0-9, ".", "_", "-")',
    'un code en minuscules (lettres a-z, chiffres, point, tiret bas, tiret)',
  ],
  [
    { kind: 'format', format: 'tax_rate' },
    'a rate from 0 to 1 as decimal text such as "0.2" (for 20%)',
    'un taux de 0 à 1 en texte décimal, par exemple « 0.2 » (pour 20\u00a0%)',
  ],
  [
    { kind: 'format', format: 'tracking_number' },
    'a tracking number (letters, digits and hyphens)',
    'un numéro de suivi (lettres, chiffres et tirets)',
  ],
  [
    { kind: 'format', format: 'vat_number' },
    'a VAT number without spaces such as FR40303265045',
    'un numéro de TVA sans espaces, par exemple FR40303265045',
  ],
  [
    { kind: 'one_of', values: ['line', 'order'], total: 2 },
    '"line" or "order"',
    '« line » ou « order »',
  ],
  [
    { kind: 'one_of', values: ['refund', 'exchange', 'repair'], total: 3 },
    '"refund", "exchange" or "repair"',
    '« refund », « exchange » ou « repair »',
  ],
  [
    {
      kind: 'one_of',
      values: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'],
      total: 17,
    },
    'one of 17 values such as "a", "b", "c"',
    "l'une des 17 valeurs admises, par exemple « a », « b », « c »",
  ],
  [{ kind: 'multiple_of', divisor: 5 }, 'a multiple of 5', 'un multiple de 5'],
  [
    { kind: 'amount_range', maxAbsExclusive: '1000000000000000', maxFractionDigits: 20 },
    'an amount below 1,000,000,000,000,000 in absolute value, with at most 20 decimals',
    `un montant inférieur à 1${nnbsp}000${nnbsp}000${nnbsp}000${nnbsp}000${nnbsp}000 en valeur absolue, avec au plus 20 décimales`,
  ],
  [{ kind: 'plain_data' }, 'plain data (JSON values)', 'des données simples (valeurs JSON)'],
  [{ kind: 'valid_value' }, 'a valid value', 'une valeur valide'],
];

// What each received value reads as, in a fixed sentence (expected: a string).
const receivedValues: readonly [ReceivedValue, string, string][] = [
  [{ kind: 'undefined' }, 'undefined', 'la valeur undefined'],
  [{ kind: 'null' }, 'null', 'la valeur null'],
  [{ kind: 'nan' }, 'NaN (not a number)', 'NaN (pas un nombre)'],
  [{ kind: 'object' }, 'an object', 'un objet'],
  [
    { kind: 'unreadable' },
    'a value that could not be read (a getter or a proxy threw)',
    'une valeur illisible (un accesseur ou un proxy a levé une exception)',
  ],
  [{ kind: 'infinity', negative: false }, 'an infinite number', 'un nombre infini'],
  [{ kind: 'infinity', negative: true }, 'a negative infinite number', 'un nombre infini négatif'],
  [{ kind: 'number', value: 1.5 }, 'the number 1.5', 'le nombre 1,5'],
  [{ kind: 'number', value: -0.25 }, 'the number −0.25', 'le nombre −0,25'],
  [{ kind: 'number', value: -0 }, 'the number 0', 'le nombre 0'],
  [{ kind: 'number', value: 1234 }, 'the number 1234', 'le nombre 1234'],
  [{ kind: 'number', value: 12345.5 }, 'the number 12,345.5', `le nombre 12${nnbsp}345,5`],
  [
    { kind: 'number', value: 2 ** 60 },
    // 2^60 = 1152921504606846976, written as JavaScript (and JSON) write that double.
    'the number 1,152,921,504,606,847,000',
    `le nombre 1${nnbsp}152${nnbsp}921${nnbsp}504${nnbsp}606${nnbsp}847${nnbsp}000`,
  ],
  [{ kind: 'number', value: 1.5e300 }, 'the number 1.5e+300', 'le nombre 1,5e+300'],
  [{ kind: 'boolean', value: true }, 'the boolean true', 'le booléen true'],
  [{ kind: 'boolean', value: false }, 'the boolean false', 'le booléen false'],
  [{ kind: 'string', length: 0 }, 'an empty string', 'un texte vide'],
  [{ kind: 'string', length: 1 }, 'a string of 1 character', "un texte d'un caractère"],
  [{ kind: 'string', length: 9 }, 'a string of 9 characters', 'un texte de 9 caractères'],
  [{ kind: 'array', length: 0 }, 'an empty array', 'une liste vide'],
  [{ kind: 'array', length: 1 }, 'an array of 1 item', "une liste d'un élément"],
  [{ kind: 'array', length: 3 }, 'an array of 3 items', 'une liste de 3 éléments'],
  [{ kind: 'other', type: 'bigint' }, 'a big integer (BigInt)', 'un grand entier (BigInt)'],
  [{ kind: 'other', type: 'symbol' }, 'a symbol', 'un symbole'],
  [{ kind: 'other', type: 'function' }, 'a function', 'une fonction'],
];

// Every kind, listed by hand; the compiler checks that the lists are complete.
const expectationKinds = {
  type: true,
  min: true,
  max: true,
  format: true,
  one_of: true,
  multiple_of: true,
  amount_range: true,
  known_key: true,
  plain_data: true,
  valid_value: true,
} satisfies Record<SchemaExpectation['kind'], true>;
const receivedKinds = {
  missing: true,
  undefined: true,
  null: true,
  nan: true,
  object: true,
  unreadable: true,
  infinity: true,
  number: true,
  boolean: true,
  string: true,
  array: true,
  other: true,
} satisfies Record<ReceivedValue['kind'], true>;

describe('order/schema_invalid messages', () => {
  it.each(sentences)('renders %j in English and French', (issue, en, fr) => {
    expect(formatError(issue, 'en')).toBe(en);
    expect(formatError(issue, 'fr')).toBe(fr);
  });

  it.each(expectations)('words the expectation %j', (expected, en, fr) => {
    const issue: OrderSchemaInvalid = {
      code: 'order/schema_invalid',
      path: ['buyer', 'name'],
      expected,
      received: { kind: 'object' },
    };
    expect(formatError(issue, 'en')).toBe(
      `The field buyer.name is invalid: expected ${en}, received an object. Fix the channel mapping for this field.`,
    );
    expect(formatError(issue, 'fr')).toBe(
      `Le champ buyer.name est invalide. Attendu : ${fr} ; reçu : un objet. Corrigez la mise en correspondance de ce champ avec le canal.`,
    );
  });

  it.each(receivedValues)('words the received value %j', (received, en, fr) => {
    const issue: OrderSchemaInvalid = {
      code: 'order/schema_invalid',
      path: ['lines', 2, 'sku'],
      expected: { kind: 'type', type: 'string' },
      received,
    };
    expect(formatError(issue, 'en')).toBe(
      `The field lines[2].sku is invalid: expected a string, received ${en}. Fix the channel mapping for this field.`,
    );
    expect(formatError(issue, 'fr')).toBe(
      `Le champ lines[2].sku est invalide. Attendu : du texte ; reçu : ${fr}. Corrigez la mise en correspondance de ce champ avec le canal.`,
    );
  });

  it('covers every kind of expectation and of received value', () => {
    const schemaCases = sentences.map(([e]) => e);
    const expected = new Set(
      [...expectations.map(([e]) => e), ...schemaCases.map((e) => e.expected)].map((e) => e.kind),
    );
    const received = new Set(
      [...receivedValues.map(([r]) => r), ...schemaCases.map((e) => e.received)].map((r) => r.kind),
    );
    expect([...expected].sort()).toEqual(Object.keys(expectationKinds).sort());
    expect([...received].sort()).toEqual(Object.keys(receivedKinds).sort());
  });
});
