import { describe, expect, it } from 'vitest';
import { validateAddress } from '../../src/index.js';
import { codesOf, issuesOf, paris } from './_helpers.js';

describe('validateAddress: each issue code', () => {
  it('address/input_invalid for non-objects', () => {
    expect(issuesOf(null)).toEqual([{ code: 'address/input_invalid', path: [], received: 'null' }]);
    expect(issuesOf([paris])).toEqual([
      { code: 'address/input_invalid', path: [], received: 'array' },
    ]);
    expect(issuesOf('Paris')[0]).toMatchObject({ received: 'string' });
    expect(issuesOf(42, { path: ['shipping'] })).toEqual([
      { code: 'address/input_invalid', path: ['shipping'], received: 'number' },
    ]);
  });

  it('address/field_required with the country that requires it', () => {
    const noPostcode = { ...paris, postalCode: undefined };
    expect(issuesOf(noPostcode)).toEqual([
      { code: 'address/field_required', path: ['postalCode'], field: 'postalCode', country: 'FR' },
    ]);
    expect(issuesOf({ ...paris, name: '  ' })).toEqual([
      { code: 'address/field_required', path: ['name'], field: 'name', country: 'FR' },
    ]);
    expect(issuesOf({ ...paris, country: undefined })).toEqual([
      { code: 'address/field_required', path: ['country'], field: 'country' },
    ]);
  });

  it('address/field_invalid for wrong types, long values and control characters', () => {
    expect(issuesOf({ ...paris, city: 75 })).toEqual([
      {
        code: 'address/field_invalid',
        path: ['city'],
        field: 'city',
        reason: 'wrong_type',
        received: 'number',
        maxLength: 100,
      },
    ]);
    expect(issuesOf({ ...paris, name: 'x'.repeat(201) })[0]).toMatchObject({
      reason: 'too_long',
      maxLength: 200,
    });
    expect(validateAddress({ ...paris, name: 'x'.repeat(200) }).ok).toBe(true);
    expect(issuesOf({ ...paris, line1: 'a\u0000b' })[0]).toMatchObject({
      reason: 'control_characters',
    });
  });

  it('address/country_unknown, with a suggestion for UK and EL', () => {
    expect(issuesOf({ ...paris, country: 'XX' })).toEqual([
      { code: 'address/country_unknown', path: ['country'], country: 'XX' },
    ]);
    expect(issuesOf({ ...paris, country: 'uk' })).toEqual([
      { code: 'address/country_unknown', path: ['country'], country: 'UK', suggestion: 'GB' },
    ]);
    expect(issuesOf({ ...paris, country: 'France' })[0]).toMatchObject({ country: 'FRANCE' });
  });

  it('address/postcode_invalid with pattern, formats and example', () => {
    expect(issuesOf({ ...paris, postalCode: '7500' })).toEqual([
      {
        code: 'address/postcode_invalid',
        path: ['postalCode'],
        country: 'FR',
        postalCode: '7500',
        reason: 'format',
        expectedPattern: '^(?:\\d{2} ?\\d{3})$',
        formats: ['NNNNN'],
        example: '33380',
      },
    ]);
    expect(
      issuesOf({ ...paris, country: 'ES', postalCode: '53001', region: 'M' })[0],
    ).toMatchObject({
      code: 'address/postcode_invalid',
      reason: 'province',
    });
    expect(issuesOf({ ...paris, country: 'JP', postalCode: '#100' })[0]).toMatchObject({
      code: 'address/postcode_invalid',
      formats: [],
    });
  });

  it('address/postcode_other_territory for FR + 98000 and GP + 972xx', () => {
    expect(issuesOf({ ...paris, postalCode: '98000' })).toEqual([
      {
        code: 'address/postcode_other_territory',
        path: ['postalCode'],
        country: 'FR',
        postalCode: '98000',
        expectedCountry: 'MC',
      },
    ]);
    expect(issuesOf({ ...paris, country: 'GP', postalCode: '97200' })[0]).toMatchObject({
      code: 'address/postcode_other_territory',
      expectedCountry: 'MQ',
    });
    expect(issuesOf({ ...paris, country: 'MC', postalCode: '97100' })[0]).toMatchObject({
      expectedCountry: 'GP',
    });
  });

  it('address/region_required for US, IT and PF', () => {
    const us = {
      name: 'A B',
      line1: '1 Main St',
      postalCode: '10001',
      city: 'New York',
      country: 'US',
    };
    expect(issuesOf(us)).toEqual([
      { code: 'address/region_required', path: ['region'], country: 'US', example: 'AL' },
    ]);
    expect(codesOf({ ...us, country: 'IT', postalCode: '00144' })).toEqual([
      'address/region_required',
    ]);
    expect(codesOf({ ...us, country: 'PF', postalCode: '98709' })).toEqual([
      'address/region_required',
    ]);
  });

  it('address/region_unknown, suggesting the region of the postal code', () => {
    const madrid = {
      name: 'A B',
      line1: 'Calle 1',
      postalCode: '28013',
      city: 'Madrid',
      country: 'ES',
    };
    expect(issuesOf({ ...madrid, region: 'Comunidad de Madrid' })).toEqual([
      {
        code: 'address/region_unknown',
        path: ['region'],
        country: 'ES',
        region: 'Comunidad de Madrid',
        suggestion: 'M',
        example: 'VI',
      },
    ]);
  });

  it('address/region_mismatch when the postal code belongs to another province', () => {
    const spain = {
      name: 'A B',
      line1: 'Calle 1',
      postalCode: '08001',
      city: 'Barcelona',
      country: 'ES',
    };
    expect(issuesOf({ ...spain, region: 'Madrid' })).toEqual([
      {
        code: 'address/region_mismatch',
        path: ['region'],
        country: 'ES',
        region: 'M',
        postalCode: '08001',
        expectedRegions: ['B'],
      },
    ]);
    const canada = {
      name: 'A B',
      line1: '1 Rue',
      postalCode: 'H3Z 2Y7',
      city: 'Montréal',
      country: 'CA',
    };
    expect(issuesOf({ ...canada, region: 'ON' })[0]).toMatchObject({ expectedRegions: ['QC'] });
  });

  it('address/phone_invalid with the reason', () => {
    expect(issuesOf({ ...paris, phone: 'call me' })).toEqual([
      {
        code: 'address/phone_invalid',
        path: ['phone'],
        phone: 'call me',
        country: 'FR',
        reason: 'not_a_number',
      },
    ]);
    expect(issuesOf({ ...paris, phone: '+999 1234' })[0]).toMatchObject({
      reason: 'invalid_country',
    });
    expect(issuesOf({ ...paris, phone: '01 23' })[0]).toMatchObject({
      code: 'address/phone_invalid',
    });
  });

  it('address/email_invalid', () => {
    expect(issuesOf({ ...paris, email: 'jeanne.example.com' })).toEqual([
      { code: 'address/email_invalid', path: ['email'], email: 'jeanne.example.com' },
    ]);
    expect(codesOf({ ...paris, email: 'a@b' })).toEqual(['address/email_invalid']);
  });

  it('requires a phone or an email when the options say so', () => {
    expect(issuesOf(paris, { requirePhone: true, requireEmail: true })).toEqual([
      { code: 'address/field_required', path: ['phone'], field: 'phone', country: 'FR' },
      { code: 'address/field_required', path: ['email'], field: 'email', country: 'FR' },
    ]);
  });
});
