import { describe, expect, it } from 'vitest';
import { validateAddress } from '../../src/index.js';
import { codesOf, issuesOf, paris } from './_helpers.js';

describe('validateAddress: success', () => {
  it('returns the normalised address', () => {
    const result = validateAddress({
      ...paris,
      name: '  Jeanne   Martin ',
      postalCode: '75 001',
      country: ' fr ',
      line2: '   ',
      phone: '06 12 34 56 78',
      email: 'Jeanne@Example.COM',
    });
    expect(result).toEqual({
      ok: true,
      value: { ...paris, phone: '+33612345678', email: 'Jeanne@example.com' },
    });
  });

  it('treats null as absent and drops unknown keys', () => {
    const result = validateAddress({ ...paris, company: null, extra: 'x', line2: undefined });
    expect(result).toEqual({ ok: true, value: paris });
  });

  it('accepts an Irish address without Eircode', () => {
    const input = { name: 'Seán Murphy', line1: '1 Main St', city: 'Dublin', country: 'IE' };
    expect(validateAddress(input)).toEqual({ ok: true, value: input });
  });

  it('accepts GB special postcodes GIR 0AA and BFPO, and lays out a compact one', () => {
    const london = { name: 'A B', line1: '1 Road', city: 'London', country: 'GB' };
    for (const postalCode of ['GIR 0AA', 'BFPO 61', 'BFPO 1234', 'SW1A 1AA']) {
      expect(validateAddress({ ...london, postalCode })).toEqual({
        ok: true,
        value: { ...london, postalCode },
      });
    }
    expect(validateAddress({ ...london, postalCode: 'gir0aa' }).ok).toBe(true);
    expect(issuesOf({ ...london, postalCode: 'BFPO 12345' })[0]?.code).toBe(
      'address/postcode_invalid',
    );
  });

  it('refuses the Dutch letter pairs SA, SD, SS and a leading zero', () => {
    const amsterdam = { name: 'A B', line1: 'Damrak 1', city: 'Amsterdam', country: 'NL' };
    expect(validateAddress({ ...amsterdam, postalCode: '1012 SB' }).ok).toBe(true);
    for (const postalCode of ['1012 SA', '1012 SD', '1012 SS', '0123 AB']) {
      expect(codesOf({ ...amsterdam, postalCode })).toEqual(['address/postcode_invalid']);
    }
  });

  it('accepts FR with overseas postcodes (marketplaces send FR + 97xxx)', () => {
    for (const postalCode of ['97100', '97133', '97150', '97200', '97400', '97600', '98800']) {
      expect(validateAddress({ ...paris, postalCode }).ok).toBe(true);
    }
  });

  it('accepts Corsican codes of 2A and 2B and refuses other 20xxx codes', () => {
    expect(validateAddress({ ...paris, postalCode: '20000' }).ok).toBe(true);
    expect(validateAddress({ ...paris, postalCode: '20200' }).ok).toBe(true);
    expect(validateAddress({ ...paris, postalCode: '20600' }).ok).toBe(true);
    expect(issuesOf({ ...paris, postalCode: '20500' })).toEqual([
      expect.objectContaining({
        code: 'address/postcode_invalid',
        reason: 'corsica',
        postalCode: '20500',
      }),
    ]);
  });

  it('refuses FR 97xxx/98xxx codes of no territory', () => {
    expect(issuesOf({ ...paris, postalCode: '97900' })).toEqual([
      expect.objectContaining({ code: 'address/postcode_invalid', reason: 'overseas' }),
    ]);
  });

  it('accepts Monaco with 980xx and refuses other codes', () => {
    const monaco = { ...paris, country: 'MC', city: 'Monaco' };
    expect(validateAddress({ ...monaco, postalCode: '98000' }).ok).toBe(true);
    expect(validateAddress({ ...monaco, postalCode: 'MC-98000' })).toEqual({
      ok: true,
      value: { ...monaco, postalCode: '98000' },
    });
    expect(codesOf({ ...monaco, postalCode: '06000' })).toEqual(['address/postcode_invalid']);
  });

  it('fills a missing Spanish or Canadian province from the postal code', () => {
    const madrid = {
      name: 'A B',
      line1: 'Calle Mayor 1',
      postalCode: '28013',
      city: 'Madrid',
      country: 'ES',
    };
    expect(validateAddress(madrid)).toEqual({ ok: true, value: { ...madrid, region: 'M' } });
    const ottawa = {
      name: 'A B',
      line1: '1 Elgin St',
      postalCode: 'K2P 1L4',
      city: 'Ottawa',
      country: 'CA',
    };
    expect(validateAddress(ottawa)).toEqual({ ok: true, value: { ...ottawa, region: 'ON' } });
    expect(codesOf({ ...madrid })).toEqual([]);
    expect(issuesOf(madrid, { inferRegion: false }).map((i) => i.code)).toEqual([
      'address/region_required',
    ]);
  });

  it('turns region names into codes', () => {
    const sf = {
      name: 'A B',
      line1: '1 Market St',
      postalCode: '94105',
      city: 'San Francisco',
      country: 'US',
    };
    const result = validateAddress({ ...sf, region: 'california' });
    expect(result.ok && result.value.region).toBe('CA');
    const result2 = validateAddress({
      ...paris,
      country: 'ES',
      postalCode: '08001',
      region: 'Barcelona',
    });
    expect(result2.ok && result2.value.region).toBe('B');
  });

  it('accepts both provinces for K1A (Ottawa federal codes) and R8A', () => {
    const base = { name: 'A B', line1: '1 Wellington St', city: 'Ottawa', country: 'CA' };
    expect(validateAddress({ ...base, postalCode: 'K1A 0B1', region: 'ON' }).ok).toBe(true);
    expect(validateAddress({ ...base, postalCode: 'K1A 0B1', region: 'QC' }).ok).toBe(true);
    expect(validateAddress({ ...base, postalCode: 'R8A 1A1', region: 'SK' }).ok).toBe(true);
    expect(validateAddress({ ...base, postalCode: 'R8A 1A1', region: 'MB' }).ok).toBe(true);
  });

  it('does not infer a province from a prefix two provinces share', () => {
    // K1A is Ottawa's federal code (ON) that Gatineau (QC) also uses; R8A is MB and SK.
    const base = { name: 'A B', line1: '1 Wellington St', city: 'Ottawa', country: 'CA' };
    for (const postalCode of ['K1A 0B1', 'R8A 1A1']) {
      expect(codesOf({ ...base, postalCode })).toEqual(['address/region_required']);
    }
    // A whole code listed as an exception still decides: 26127 is in Soria, not La Rioja (26).
    const soria = { name: 'A B', line1: 'Calle 1', city: 'Montenegro', country: 'ES' };
    const result = validateAddress({ ...soria, postalCode: '26127' });
    expect(result.ok && result.value.region).toBe('SO');
    const rioja = validateAddress({ ...soria, postalCode: '26001' });
    expect(rioja.ok && rioja.value.region).toBe('LO');
  });

  it('reads a national phone number for the overseas territory behind FR + 971xx', () => {
    const result = validateAddress({ ...paris, postalCode: '97110', phone: '0690 12 34 56' });
    expect(result.ok && result.value.phone).toBe('+590690123456');
    const metropolitanPhone = validateAddress({
      ...paris,
      postalCode: '97110',
      phone: '06 12 34 56 78',
    });
    expect(metropolitanPhone.ok && metropolitanPhone.value.phone).toBe('+33612345678');
  });
});

describe('validateAddress: every issue at once', () => {
  it('returns all issues, each at its path under the prefix', () => {
    const issues = issuesOf(
      {
        name: 42,
        line1: '',
        postalCode: '7500',
        city: 'Paris',
        country: 'FR',
        phone: 'abc',
        email: 'nope',
      },
      { path: ['order', 'shippingAddress'] },
    );
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['address/field_invalid', ['order', 'shippingAddress', 'name']],
      ['address/field_required', ['order', 'shippingAddress', 'line1']],
      ['address/postcode_invalid', ['order', 'shippingAddress', 'postalCode']],
      ['address/phone_invalid', ['order', 'shippingAddress', 'phone']],
      ['address/email_invalid', ['order', 'shippingAddress', 'email']],
    ]);
  });

  it('does not report a region problem when the postal code is already wrong', () => {
    const spain = {
      name: 'A B',
      line1: 'Calle 1',
      postalCode: '99999',
      city: 'Madrid',
      country: 'ES',
      region: 'M',
    };
    expect(codesOf(spain)).toEqual(['address/postcode_invalid']);
  });
});

describe('validateAddress: hostile input', () => {
  it('ignores __proto__ keys and never reads the prototype', () => {
    const input: unknown = JSON.parse(
      '{"__proto__": {"name": "Evil", "country": "FR"}, "line1": "1 rue", "city": "Paris", "postalCode": "75001"}',
    );
    expect(codesOf(input)).toEqual(['address/field_required', 'address/field_required']);
    expect(({} as Record<string, unknown>).name).toBeUndefined();
  });

  it('reports huge numbers, NaN and nested values as typed issues', () => {
    const input: unknown = JSON.parse(
      '{"name": 1e400, "line1": [1], "city": {"a": 1}, "country": true}',
    );
    expect(issuesOf(input).map((i) => i.code)).toEqual([
      'address/field_invalid',
      'address/field_invalid',
      'address/field_invalid',
      'address/field_invalid',
    ]);
    expect(issuesOf({ ...paris, postalCode: Number.NaN })[0]).toMatchObject({ received: 'number' });
  });

  it('treats a field whose Proxy trap throws as absent', () => {
    const input = new Proxy(
      { ...paris },
      {
        getOwnPropertyDescriptor(target, key) {
          if (key === 'city') throw new Error('trap ran');
          return Reflect.getOwnPropertyDescriptor(target, key);
        },
      },
    );
    expect(codesOf(input)).toEqual(['address/field_required']);
  });

  it('does not run getters', () => {
    const input = { ...paris };
    Object.defineProperty(input, 'city', {
      get() {
        throw new Error('getter ran');
      },
      enumerable: true,
    });
    expect(codesOf(input)).toEqual(['address/field_required']);
  });
});

describe('validateAddress: revoked proxies', () => {
  it('returns issues instead of throwing, for the address and for a field', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const whole = validateAddress(proxy);
    expect(whole.ok).toBe(false);
    expect(codesOf({ ...paris, name: proxy })).toEqual(['address/field_invalid']);
  });
});
