import { describe, expect, it } from 'vitest';
import { AddressSchema, addressFieldMaxLength, validateAddress } from '../../src/index.js';
import { paris } from './_helpers.js';

describe('AddressSchema', () => {
  it('accepts a validated address', () => {
    const result = validateAddress({ ...paris, phone: '06 12 34 56 78', email: 'j@example.fr' });
    expect(result.ok).toBe(true);
    if (result.ok) expect(AddressSchema.safeParse(result.value).success).toBe(true);
  });

  it('refuses a lower-case or three-letter country', () => {
    expect(AddressSchema.safeParse({ ...paris, country: 'fr' }).success).toBe(false);
    expect(AddressSchema.safeParse({ ...paris, country: 'FRA' }).success).toBe(false);
  });

  it('refuses empty required fields, over-long values and explicit undefined', () => {
    expect(AddressSchema.safeParse({ ...paris, city: '' }).success).toBe(false);
    expect(AddressSchema.safeParse({ ...paris, name: 'x'.repeat(201) }).success).toBe(false);
    expect(AddressSchema.safeParse({ ...paris, company: undefined }).success).toBe(false);
    expect(AddressSchema.safeParse({ ...paris, company: '' }).success).toBe(false);
  });

  it('bounds every field', () => {
    expect(addressFieldMaxLength).toMatchObject({
      name: 200,
      postalCode: 16,
      city: 100,
      email: 254,
    });
    const shape = AddressSchema.shape;
    expect(Object.keys(shape).sort()).toEqual(Object.keys(addressFieldMaxLength).sort());
  });
});
