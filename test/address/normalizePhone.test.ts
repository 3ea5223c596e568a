import { describe, expect, it } from 'vitest';
import { normalizePhone } from '../../src/index.js';

describe('normalizePhone', () => {
  it.each([
    ['06 12 34 56 78', 'FR', '+33612345678'],
    ['01 42 60 30 00', 'FR', '+33142603000'],
    ['+33 6 12 34 56 78', 'DE', '+33612345678'],
    ['0033 6 12 34 56 78', 'FR', '+33612345678'],
    ['030 123456', 'DE', '+4930123456'],
    ['0151 23456789', 'DE', '+4915123456789'],
    ['020 7946 0018', 'GB', '+442079460018'],
    ['07400 123456', 'GB', '+447400123456'],
    ['(201) 555-0123', 'US', '+12015550123'],
    ['+1 201-555-0123', 'FR', '+12015550123'],
    ['0690 12 34 56', 'GP', '+590690123456'],
    ['06 12 34 56 78 ext. 12', 'FR', '+33612345678'],
    ['06 12 34 56 78', 'fr', '+33612345678'],
  ])('%j in %s → %s', (phone, country, expected) => {
    expect(normalizePhone(phone, country)).toEqual({ ok: true, value: expected });
  });

  it('reads international numbers for countries without phone metadata (TF)', () => {
    expect(normalizePhone('+262 262 12 34 56', 'TF')).toEqual({ ok: true, value: '+262262123456' });
  });

  it.each([
    ['hello', 'FR', 'not_a_number'],
    ['+999 123 456', 'FR', 'invalid_country'],
    ['0612345678', 'TF', 'invalid_country'],
    ['0690 12 34 56', 'FR', 'invalid'],
    ['+33 6 12 34 56 78 90 12', 'FR', 'invalid'],
  ])('%j in %s is refused (%s)', (phone, country, reason) => {
    expect(normalizePhone(phone, country)).toEqual({
      ok: false,
      error: {
        code: 'address/phone_invalid',
        path: ['phone'],
        phone,
        country: country.toUpperCase(),
        reason,
      },
    });
  });
});
