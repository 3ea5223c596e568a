import fc from 'fast-check';
import {
  addressFieldMaxLength,
  countryRules,
  type Address,
  type AddressField,
  type AddressIssueCode,
} from '../address/index.js';

/** An input that `validateAddress` rejects with exactly one issue, of code `expected`. */
export interface BrokenAddress {
  readonly address: unknown;
  readonly expected: AddressIssueCode;
}

/** Draws valid addresses in the given countries. */
export type ValidAddresses = (countries: readonly string[]) => fc.Arbitrary<Address>;

type Breakage = (
  countries: readonly string[],
  valid: ValidAddresses,
) => fc.Arbitrary<BrokenAddress> | undefined;

const ruleOf = (country: string) =>
  Object.hasOwn(countryRules, country)
    ? countryRules[country as keyof typeof countryRules]
    : undefined;

function broken(
  countries: readonly string[],
  valid: ValidAddresses,
  expected: AddressIssueCode,
  change: fc.Arbitrary<(address: Address) => unknown>,
): fc.Arbitrary<BrokenAddress> | undefined {
  if (countries.length === 0) return undefined;
  return fc
    .tuple(valid(countries), change)
    .map(([address, apply]) => ({ address: apply(address), expected }));
}

const without = (address: Address, field: AddressField): Record<string, unknown> =>
  Object.fromEntries(Object.entries(address).filter(([key]) => key !== field));

const set = (field: AddressField, value: unknown) => (address: Address) => ({
  ...address,
  [field]: value,
});

// Codes that fail the country's pattern and belong to no other territory (checked by test).
const badPostcodes: Readonly<Record<string, readonly string[]>> = {
  FR: ['7500', '750011', 'ABCDE', '20500', '97900', '98200'],
  DE: ['1234', '123456'],
  GB: ['QQ1 1AA', 'M1 1CI', 'BFPO 12345'],
  ES: ['1234', '53001', '00123'],
  IT: ['1234'],
  NL: ['1234 SA', '1234 SS', '0123 AB'],
  PT: ['12345'],
  PL: ['1234'],
  SE: ['1234', '123456'],
  US: ['1234', '123456'],
  CA: ['D1A 1A1', 'W1A 1A1'],
  MC: ['75001', '06000'],
  AD: ['AD800', '100'],
};
// For the other supported countries (all have a pattern but TF, which is left out).
const patternBadPostcodes = ['123', '#12', '75001'];
// For countries checked by the generic rule (letters, digits, inner spaces and hyphens).
const genericBadPostcodes = ['#12', '-123', '12/34'];
// The code each French-system country gets, belonging to another territory.
const otherTerritoryPostcodes: Readonly<Record<string, string>> = {
  FR: '98000',
  MC: '97100',
  GP: '97200',
  MQ: '97100',
  GF: '97400',
  RE: '97300',
  YT: '97100',
  PM: '97100',
  BL: '97200',
  MF: '97400',
  WF: '98800',
  PF: '98600',
  NC: '98700',
  TF: '97100',
};

const breakages: readonly Breakage[] = [
  (countries, valid) =>
    broken(
      countries,
      valid,
      'address/input_invalid',
      fc.constantFrom(null, 42, 'Paris', [], true).map((value) => () => value),
    ),
  (countries, valid) =>
    broken(
      countries,
      valid,
      'address/field_required',
      fc
        .constantFrom<AddressField>('name', 'line1', 'city', 'country')
        .chain((field) =>
          fc.constantFrom((a: Address) => without(a, field), set(field, '   '), set(field, null)),
        ),
    ),
  (countries, valid) =>
    broken(
      countries.filter((c) => ruleOf(c)?.require.includes('Z') === true),
      valid,
      'address/field_required',
      fc.constant((a: Address) => without(a, 'postalCode')),
    ),
  (countries, valid) =>
    broken(
      countries,
      valid,
      'address/field_invalid',
      fc.oneof(
        fc
          .tuple(
            fc.constantFrom<AddressField>(
              'name',
              'line1',
              'city',
              'country',
              'postalCode',
              'phone',
            ),
            fc.constantFrom<unknown>(
              42,
              Number.POSITIVE_INFINITY,
              Number.NaN,
              ['x'],
              { x: 1 },
              false,
            ),
          )
          .map(([f, v]) => set(f, v)),
        fc
          .constantFrom<AddressField>('name', 'company', 'line2', 'city', 'postalCode', 'email')
          .map((f) => set(f, 'x'.repeat(addressFieldMaxLength[f] + 1))),
        fc.constantFrom<AddressField>('name', 'line1', 'city').map((f) => set(f, 'A\u0000B')),
      ),
    ),
  (countries, valid) =>
    broken(
      countries,
      valid,
      'address/country_unknown',
      fc
        .constantFrom('XX', 'ZZ', 'UK', 'EL', 'FRA', 'F', '12', 'France')
        .map((c) => set('country', c)),
    ),
  (countries, valid) =>
    broken(
      countries.filter((c) => c !== 'TF'),
      valid,
      'address/postcode_invalid',
      fc.nat().map((n) => (a: Address) => {
        const codes =
          badPostcodes[a.country] ??
          (ruleOf(a.country) !== undefined ? patternBadPostcodes : genericBadPostcodes);
        return { ...a, postalCode: codes[n % codes.length] };
      }),
    ),
  (countries, valid) =>
    broken(
      countries.filter((c) => c in otherTerritoryPostcodes),
      valid,
      'address/postcode_other_territory',
      fc.constant((a: Address) => ({ ...a, postalCode: otherTerritoryPostcodes[a.country] })),
    ),
  (countries, valid) =>
    broken(
      countries.filter((c) => ['US', 'IT', 'PF'].includes(c)),
      valid,
      'address/region_required',
      fc.constant((a: Address) => without(a, 'region')),
    ),
  (countries, valid) =>
    broken(
      countries.filter((c) => ruleOf(c)?.regions !== undefined),
      valid,
      'address/region_unknown',
      fc.constantFrom('Atlantis', 'XX', 'Narnia').map((r) => set('region', r)),
    ),
  (countries, valid) =>
    broken(
      countries.filter((c) => c === 'ES' || c === 'CA'),
      valid,
      'address/region_mismatch',
      fc.nat().map((n) => (a: Address) => {
        const code = (a.postalCode ?? '').replace(' ', '');
        const others = (ruleOf(a.country)?.regions ?? []).filter(
          (r) => !(r.postcodePrefixes ?? []).some((p) => code.startsWith(p)),
        );
        return { ...a, region: others[n % others.length]?.code };
      }),
    ),
  (countries, valid) =>
    broken(
      countries,
      valid,
      'address/phone_invalid',
      fc.constantFrom('abc', '12', '+999 123 456', '+33 1').map((p) => set('phone', p)),
    ),
  (countries, valid) =>
    broken(
      countries,
      valid,
      'address/email_invalid',
      fc
        .constantFrom('no-at-sign', 'a@b', 'two@@example.com', 'name@example')
        .map((e) => set('email', e)),
    ),
];

/** Every applicable breakage for the countries, as one arbitrary. */
export function arbitraryBreakage(
  countries: readonly string[],
  valid: ValidAddresses,
): fc.Arbitrary<BrokenAddress> {
  const applicable = breakages.flatMap((breakage) => breakage(countries, valid) ?? []);
  return fc.oneof(...applicable);
}
