import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { normalizeAddress, validateAddress, type Address } from '../../src/index.js';
import { arbitraryAddress } from '../../src/testing/index.js';

const messyText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({
    unit: fc.constantFrom(' ', '\t', '\n', '\u00a0', 'a', 'B', '-', '1', 'é'),
    maxLength: 20,
  }),
);

// An address with its text messed up: random case and spacing, and arbitrary strings.
const messyAddress: fc.Arbitrary<Address> = fc
  .tuple(
    arbitraryAddress(),
    fc.record({ extra: messyText, space: fc.constantFrom(' ', '  ', '\t', '') }),
  )
  .map(([address, { extra, space }]) => ({
    ...address,
    name: `${space}${address.name}${space}${extra}`,
    country: `${space}${address.country.toLowerCase()}`,
    ...(address.postalCode === undefined
      ? {}
      : { postalCode: address.postalCode.toLowerCase().replace(/[ -]/g, space) }),
    ...(address.region === undefined ? {} : { region: address.region.toLowerCase() }),
    line2: extra,
  }));

const anyAddress: fc.Arbitrary<Address> = fc.record(
  {
    name: messyText,
    company: messyText,
    line1: messyText,
    line2: messyText,
    postalCode: messyText,
    city: messyText,
    region: messyText,
    country: fc.oneof(fc.constantFrom('fr', 'GB', ' pt', 'us', 'ES', 'ca', 'nl'), messyText),
    phone: messyText,
    email: messyText,
  },
  { requiredKeys: ['name', 'line1', 'city', 'country'] },
);

describe('normalizeAddress', () => {
  test.prop([fc.oneof(messyAddress, anyAddress)], { numRuns: 1000 })('is idempotent', (address) => {
    const once = normalizeAddress(address);
    expect(normalizeAddress(once)).toEqual(once);
  });

  test.prop([messyAddress], { numRuns: 1000 })(
    'brings a messed-up valid address back to its canonical form',
    (address) => {
      const result = validateAddress(address);
      expect(result.ok).toBe(true);
      if (result.ok) expect(validateAddress(result.value)).toEqual(result);
    },
  );
});
