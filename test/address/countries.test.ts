import { getCountries } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import {
  countryRules,
  normalizeAddress,
  supportedCountryCodes,
  validateAddress,
} from '../../src/index.js';
import { zipexAddresses } from './_helpers.js';

const base = { name: 'Jeanne Martin', line1: '1 Main Street', city: 'Somewhere' };

describe('countryRules', () => {
  it('has one rule per supported country', () => {
    expect(Object.keys(countryRules).sort()).toEqual([...supportedCountryCodes].sort());
  });

  it('holds the zipex examples of domain-facts §1.2 and §1.4', () => {
    // 63 examples in §1.2 (GB alone has 17) and 20 in §1.4.
    expect(zipexAddresses).toHaveLength(83);
    expect(countryRules.GB.postalCode?.zipex).toContain('GIR 0AA');
    expect(countryRules.GB.postalCode?.zipex).toContain('BFPO 61');
    expect(countryRules.TF.postalCode).toBeUndefined();
  });

  it('requires a region exactly for ES, IT, US, CA and PF', () => {
    const withRegion = supportedCountryCodes.filter((c) => countryRules[c].require.includes('S'));
    expect(withRegion.sort()).toEqual(['CA', 'ES', 'IT', 'PF', 'US']);
  });

  it('requires a postal code everywhere but IE, MC, AD and TF (default AC)', () => {
    const withoutZ = supportedCountryCodes.filter((c) => !countryRules[c].require.includes('Z'));
    expect(withoutZ.sort()).toEqual(['AD', 'IE', 'MC', 'TF']);
  });

  it('lists 52 Spanish provinces, 107 Italian provinces, 62 US regions and 13 Canadian ones', () => {
    expect(countryRules.ES.regions).toHaveLength(52);
    expect(countryRules.IT.regions).toHaveLength(107);
    expect(countryRules.US.regions).toHaveLength(62);
    expect(countryRules.CA.regions).toHaveLength(13);
  });

  it('gives every Spanish province one of the prefixes 01 to 52', () => {
    const prefixes = (countryRules.ES.regions ?? []).map((r) => r.postcodePrefixes?.[0]);
    const expected = Array.from({ length: 52 }, (_, i) => String(i + 1).padStart(2, '0'));
    expect([...prefixes].sort()).toEqual(expected);
    const byPrefix = new Map(
      (countryRules.ES.regions ?? []).map((r) => [r.postcodePrefixes?.[0], r.code]),
    );
    expect([
      byPrefix.get('28'),
      byPrefix.get('08'),
      byPrefix.get('35'),
      byPrefix.get('38'),
    ]).toEqual(['M', 'B', 'GC', 'TF']);
    expect([
      byPrefix.get('51'),
      byPrefix.get('52'),
      byPrefix.get('01'),
      byPrefix.get('15'),
    ]).toEqual(['CE', 'ML', 'VI', 'C']);
  });

  it('accepts the US states, DC, territories and military codes', () => {
    const codes = (countryRules.US.regions ?? []).map((r) => r.code);
    for (const code of ['CA', 'NY', 'DC', 'PR', 'GU', 'VI', 'AS', 'MP', 'AA', 'AE', 'AP']) {
      expect(codes).toContain(code);
    }
  });
});

describe('every zipex example validates', () => {
  it.each(zipexAddresses)('$country $postalCode', ({ postalCode, address }) => {
    const result = validateAddress(address);
    expect(result.ok ? [] : result.error).toEqual([]);
    if (result.ok) expect(result.value.postalCode).toBe(postalCode);
  });
});

describe('region spellings', () => {
  const listed = supportedCountryCodes.flatMap((country) =>
    (countryRules[country].regions ?? []).flatMap((region) =>
      [region.code, ...region.names].map((spelling) => ({ country, spelling, code: region.code })),
    ),
  );

  it.each(listed)('$country "$spelling" → $code', ({ country, spelling, code }) => {
    const address = normalizeAddress({ ...base, country, region: spelling });
    expect(address.region).toBe(code);
  });
});

describe('country codes', () => {
  it('accepts every country libphonenumber knows, except its non-ISO codes', () => {
    const notIso = new Set(['AC', 'TA', 'XK']);
    const refused = getCountries()
      .filter((c) => !notIso.has(c))
      .filter((country) => {
        const result = validateAddress({ ...base, country });
        return !result.ok && result.error.some((e) => e.code === 'address/country_unknown');
      });
    expect(refused).toEqual([]);
  });

  it('accepts ISO codes without phone metadata (AQ, BV, HM, TF)', () => {
    for (const country of ['AQ', 'BV', 'HM', 'TF']) {
      expect(validateAddress({ ...base, country }).ok).toBe(true);
    }
  });
});
