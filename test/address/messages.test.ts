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
      'Le code postal « 7500 » n’est pas valide (pays : France) : attendu : 5 chiffres, par exemple 75001.',
    );
    expect(formatError(portugal!, 'en')).toContain('the format NNNN-NNN');
    expect(formatError(corsica!, 'en')).toContain(
      'Corsican codes start with 200, 201 (2A) or 202, 206 (2B)',
    );
    expect(formatError(unknownCountry!, 'en')).toContain('did you mean GB?');
  });
});
