import { describe, expect, it } from 'vitest';
import { addressMessages, formatError, type AddressIssue } from '../../src/index.js';

const samples: AddressIssue[] = [
  { code: 'address/input_invalid', path: [], received: 'array' },
  { code: 'address/field_required', path: ['city'], field: 'city', country: 'FR' },
  { code: 'address/field_required', path: ['country'], field: 'country' },
  {
    code: 'address/field_invalid',
    path: ['name'],
    field: 'name',
    reason: 'wrong_type',
    received: 'number',
    maxLength: 200,
  },
  {
    code: 'address/field_invalid',
    path: ['name'],
    field: 'name',
    reason: 'too_long',
    received: 'string',
    maxLength: 200,
  },
  {
    code: 'address/field_invalid',
    path: ['line1'],
    field: 'line1',
    reason: 'control_characters',
    received: 'string',
    maxLength: 200,
  },
  { code: 'address/country_unknown', path: ['country'], country: 'UK', suggestion: 'GB' },
  {
    code: 'address/postcode_invalid',
    path: ['postalCode'],
    country: 'FR',
    postalCode: '7500',
    reason: 'format',
    expectedPattern: '^(?:\\d{2} ?\\d{3})$',
    formats: ['NNNNN'],
    example: '75001',
  },
  {
    code: 'address/postcode_invalid',
    path: ['postalCode'],
    country: 'PT',
    postalCode: '12345',
    reason: 'format',
    expectedPattern: '^(?:\\d{4}-\\d{3})$',
    formats: ['NNNN-NNN'],
    example: '2725-079',
  },
  {
    code: 'address/postcode_invalid',
    path: ['postalCode'],
    country: 'FR',
    postalCode: '20500',
    reason: 'corsica',
    expectedPattern: '^20[0126]\\d{2}$',
    formats: ['NNNNN'],
    example: '20000',
  },
  {
    code: 'address/postcode_invalid',
    path: ['postalCode'],
    country: 'JP',
    postalCode: '#1',
    reason: 'format',
    expectedPattern: '^[A-Z0-9]$',
    formats: [],
  },
  {
    code: 'address/postcode_other_territory',
    path: ['postalCode'],
    country: 'FR',
    postalCode: '98000',
    expectedCountry: 'MC',
  },
  { code: 'address/region_required', path: ['region'], country: 'US', example: 'AL' },
  {
    code: 'address/region_unknown',
    path: ['region'],
    country: 'ES',
    region: 'Atlantis',
    suggestion: 'M',
  },
  {
    code: 'address/region_mismatch',
    path: ['region'],
    country: 'ES',
    region: 'M',
    postalCode: '08001',
    expectedRegions: ['B'],
  },
  {
    code: 'address/phone_invalid',
    path: ['phone'],
    phone: 'abc',
    country: 'FR',
    reason: 'not_a_number',
  },
  { code: 'address/email_invalid', path: ['email'], email: 'nope' },
];

describe('addressMessages', () => {
  it('has English and French for every code', () => {
    const codes = new Set(samples.map((s) => s.code));
    expect(Object.keys(addressMessages).sort()).toEqual([...codes].sort());
  });

  it.each(samples)('renders $code in both languages, differently', (issue) => {
    const en = formatError(issue, 'en');
    const fr = formatError(issue, 'fr');
    expect(en).not.toBe(issue.code);
    expect(fr).not.toBe(issue.code);
    expect(en).not.toBe(fr);
    expect(en).toMatch(/\.$/);
    expect(fr).toMatch(/\.$/);
  });

  it('says what is wrong and what to do', () => {
    const [, , , , , , unknownCountry, postcode, portugal, corsica] = samples;
    expect(formatError(postcode!, 'en')).toBe(
      'Postal code "7500" is not valid for France: expected 5 digits such as 75001.',
    );
    expect(formatError(postcode!, 'fr')).toBe(
      'Le code postal « 7500 » n’est pas valide (pays : France). Format attendu : 5 chiffres, par exemple 75001.',
    );
    expect(formatError(portugal!, 'en')).toContain('the format NNNN-NNN');
    expect(formatError(portugal!, 'fr')).toBe(
      'Le code postal « 12345 » n’est pas valide (pays : Portugal). Format attendu : NNNN-NNN (N = chiffre, A = lettre, X = lettre ou chiffre), par exemple 2725-079.',
    );
    expect(formatError(corsica!, 'en')).toContain(
      'Corsican codes start with 200, 201 (2A) or 202, 206 (2B)',
    );
    expect(formatError(corsica!, 'fr')).toBe(
      'Le code postal « 20500 » n’est pas valide (pays : France). Les codes corses commencent par 200, 201 (2A) ou 202, 206 (2B), par exemple 20000.',
    );
    expect(formatError(unknownCountry!, 'en')).toContain('did you mean GB?');
  });
});

describe('addressMessages in French', () => {
  // Written by hand: one colon per clause, the country as « (pays : …) », values in « ».
  it.each([
    [
      { code: 'address/input_invalid', path: [], received: 'undefined' },
      'L’adresse doit être un objet (reçu : rien). Envoyez un objet avec name, line1, city et country.',
    ],
    [
      { code: 'address/field_required', path: ['city'], field: 'city', country: 'FR' },
      'Le champ « ville » est obligatoire (pays : France) mais absent. Renseignez-le.',
    ],
    [
      { code: 'address/field_required', path: ['country'], field: 'country' },
      'Le champ « pays » est obligatoire mais absent. Renseignez-le.',
    ],
    [
      {
        code: 'address/postcode_other_territory',
        path: ['postalCode'],
        country: 'GP',
        postalCode: '97200',
        expectedCountry: 'MQ',
      },
      'Le code postal « 97200 » est un code de Martinique (MQ), pas de Guadeloupe (GP). Indiquez le pays MQ ou corrigez le code postal.',
    ],
    [
      { code: 'address/region_required', path: ['region'], country: 'US', example: 'AL' },
      'Une région (État ou province) est obligatoire (pays : États-Unis). Renseignez-la, par exemple AL.',
    ],
    [
      { code: 'address/region_unknown', path: ['region'], country: 'ES', region: 'Atlantis' },
      '« Atlantis » n’est pas une région connue (pays : Espagne). Utilisez un code de région.',
    ],
    [
      {
        code: 'address/region_mismatch',
        path: ['region'],
        country: 'CA',
        region: 'ON',
        postalCode: 'H3Z 2Y7',
        expectedRegions: ['QC'],
      },
      'La région ON ne correspond pas au code postal « H3Z 2Y7 », qui relève de la région QC (pays : Canada). Corrigez la région ou le code postal.',
    ],
    [
      {
        code: 'address/phone_invalid',
        path: ['phone'],
        phone: 'abc',
        country: 'FR',
        reason: 'not_a_number',
      },
      'Le numéro de téléphone « abc » n’est pas valide (ce n’est pas un numéro de téléphone). Saisissez un numéro national (pays : France) ou un numéro international commençant par +, par exemple +33 6 12 34 56 78.',
    ],
  ] as [AddressIssue, string][])('%j', (issue, expected) => {
    expect(formatError(issue, 'fr')).toBe(expected);
  });

  it.each(samples)('$code: quotes with « » only, and one colon per sentence at most', (issue) => {
    const fr = formatError(issue, 'fr');
    expect(fr).not.toContain('"');
    for (const sentence of fr.split('. '))
      expect(sentence.split(' : ').length).toBeLessThanOrEqual(2);
  });
});
