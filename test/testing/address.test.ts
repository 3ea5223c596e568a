import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { addressMessages, countryRules, validateAddress } from '../../src/index.js';
import { arbitraryAddress, arbitraryBrokenAddress } from '../../src/testing/index.js';

describe('arbitraryAddress', () => {
  test.prop([arbitraryAddress({ countries: ['DE', 'ES'] })], { numRuns: 200 })(
    'draws only the requested countries',
    (address) => {
      expect(['DE', 'ES']).toContain(address.country);
    },
  );

  test.prop([arbitraryAddress({ countries: ['ES', 'IT', 'US', 'CA'] })], { numRuns: 200 })(
    'sets a listed region where the country requires one',
    (address) => {
      const codes = (countryRules[address.country as 'ES'].regions ?? []).map((r) => r.code);
      expect(codes).toContain(address.region);
    },
  );

  test.prop([arbitraryAddress({ countries: ['FR', 'GB', 'DE', 'US'] })], { numRuns: 200 })(
    'draws E.164 phones when it draws a phone',
    (address) => {
      if (address.phone !== undefined) expect(address.phone).toMatch(/^\+[1-9]\d{6,14}$/);
    },
  );

  it('draws from countries without their own rules too', () => {
    const samples = fc.sample(arbitraryAddress({ countries: ['JP', 'NO'] }), {
      numRuns: 50,
      seed: 7,
    });
    for (const address of samples) expect(validateAddress(address).ok).toBe(true);
  });

  it('draws optional fields sometimes and not always', () => {
    const samples = fc.sample(arbitraryAddress({ countries: ['FR'] }), { numRuns: 300, seed: 42 });
    for (const field of ['company', 'line2', 'phone', 'email'] as const) {
      const present = samples.filter((a) => a[field] !== undefined).length;
      expect(present).toBeGreaterThan(0);
      expect(present).toBeLessThan(samples.length);
    }
  });

  it('refuses malformed country options', () => {
    expect(() => arbitraryAddress({ countries: [] })).toThrow(RangeError);
    expect(() => arbitraryAddress({ countries: ['fr'] })).toThrow(RangeError);
    expect(() => arbitraryBrokenAddress({ countries: ['FRA'] })).toThrow(RangeError);
  });
});

describe('arbitraryBrokenAddress', () => {
  it('covers every issue code with the default countries', () => {
    const samples = fc.sample(arbitraryBrokenAddress(), { numRuns: 2000, seed: 1 });
    const codes = new Set(samples.map((s) => s.expected));
    expect([...codes].sort()).toEqual(Object.keys(addressMessages).sort());
  });

  it('draws only the breakages that apply to the countries', () => {
    const samples = fc.sample(arbitraryBrokenAddress({ countries: ['DE'] }), {
      numRuns: 500,
      seed: 3,
    });
    const codes = new Set(samples.map((s) => s.expected));
    expect(codes.has('address/region_required')).toBe(false);
    expect(codes.has('address/postcode_other_territory')).toBe(false);
    expect(codes.has('address/postcode_invalid')).toBe(true);
  });

  test.prop([arbitraryBrokenAddress({ countries: ['FR', 'GP', 'MC', 'ES', 'CA', 'US'] })], {
    numRuns: 500,
  })(
    'is rejected with exactly its code in the French system and region countries',
    ({ address, expected }) => {
      const result = validateAddress(address);
      expect(result.ok ? [] : result.error.map((issue) => issue.code)).toEqual([expected]);
    },
  );
});
