import fc from 'fast-check';
import examples from 'libphonenumber-js/mobile/examples';
import {
  getExampleNumber,
  isSupportedCountry,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/max';
import { supportedCountryCodes, type Address } from '../address/index.js';
import { arbitraryBreakage, type BrokenAddress } from './addressBreakages.js';
import { genericPlace, supportedPlaces, type Place } from './addressPlaces.js';

export type { BrokenAddress } from './addressBreakages.js';

/** Options of {@link arbitraryAddress} and {@link arbitraryBrokenAddress}. */
export interface ArbitraryAddressOptions {
  /**
   * Draw addresses in these ISO 3166-1 countries only. Default: every supported country plus a
   * few others (NO, JP, AU, BR, ZA) validated by the generic rule.
   */
  readonly countries?: readonly string[];
}

const defaultCountries: readonly string[] = [
  ...supportedCountryCodes,
  'NO',
  'JP',
  'AU',
  'BR',
  'ZA',
];

/** The countries to draw from; throws on a code that is not two upper-case letters. */
function pickCountries(options: ArbitraryAddressOptions): readonly string[] {
  const countries = options.countries ?? defaultCountries;
  if (countries.length === 0 || countries.some((c) => !/^[A-Z]{2}$/.test(c))) {
    throw new RangeError('arbitraryAddress: countries must be non-empty ISO 3166-1 alpha-2 codes');
  }
  return countries;
}

function placeOf(country: string): fc.Arbitrary<Place> {
  return Object.hasOwn(supportedPlaces, country)
    ? supportedPlaces[country as keyof typeof supportedPlaces]
    : genericPlace;
}

/** Valid mobile numbers of the country in E.164 (its example with the last two digits varied). */
function phoneOf(country: string): fc.Arbitrary<string | undefined> {
  const example = isSupportedCountry(country) ? getExampleNumber(country, examples) : undefined;
  if (example === undefined) return fc.constant(undefined);
  return fc.integer({ min: 0, max: 99 }).map((n) => {
    const candidate = example.number.slice(0, -2) + String(n).padStart(2, '0');
    return parsePhoneNumberFromString(candidate)?.isValid() === true ? candidate : example.number;
  });
}

const word = fc.stringMatching(/^[A-Z][a-zàâçéèêëîïôûüœ'-]{1,11}$/);
const words = (min: number, max: number): fc.Arbitrary<string> =>
  fc.array(word, { minLength: min, maxLength: max }).map((parts) => parts.join(' '));

const name = fc.oneof(
  fc.constantFrom('Jeanne Martin', 'Élodie Lefèvre', "Seán O'Brien", 'Zoë Müller', 'José Álvarez'),
  words(2, 3),
);
const company = fc.oneof(
  fc.constantFrom('ACME SAS', 'Müller & Söhne GmbH', 'Café du Port'),
  words(1, 3),
);
const street = fc
  .tuple(
    fc.integer({ min: 1, max: 999 }),
    fc.constantFrom('rue', 'avenue', 'Straße', 'Road', 'Via'),
    words(1, 3),
  )
  .map(([n, kind, rest]) => `${String(n)} ${kind} ${rest}`);
const extraLine = fc.oneof(
  fc.constantFrom('Bâtiment B', 'Apt 4', '3e étage', 'c/o Reception'),
  words(1, 3),
);
const city = fc.oneof(
  fc.constantFrom('Paris', 'Saint-Étienne', 'München', 'Lisboa', 'Québec'),
  words(1, 2),
);
const email = fc
  .tuple(
    fc.stringMatching(/^[a-z0-9][a-z0-9._+-]{0,15}$/),
    fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,10}$/),
    fc.constantFrom('com', 'fr', 'de', 'co.uk', 'example'),
  )
  .map(([local, domain, tld]) => `${local}@${domain}.${tld}`);
const optional = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.option(arbitrary, { nil: undefined, freq: 2 });

function addressIn(country: string): fc.Arbitrary<Address> {
  return fc
    .record({
      name,
      company: optional(company),
      line1: street,
      line2: optional(extraLine),
      line3: optional(extraLine),
      place: placeOf(country),
      freeRegion: optional(fc.constantFrom('Kent', 'Bayern', 'Dublin', 'Île-de-France')),
      city,
      phone: optional(phoneOf(country)),
      email: optional(email),
    })
    .map(({ place, freeRegion, ...rest }) => {
      const region = place.region ?? freeRegion;
      const fields = { ...rest, postalCode: place.postalCode, region, country };
      return Object.fromEntries(
        Object.entries(fields).filter(([, value]) => value !== undefined),
      ) as Address;
    });
}

/**
 * A fast-check arbitrary of valid addresses in canonical form: realistic postal codes built
 * from each country's pattern (or its examples), the region where the country has a list,
 * E.164 mobile numbers of the country, and optional company, extra lines, phone and email.
 * Every drawn address passes `validateAddress` unchanged.
 *
 * @param options - the countries to draw from
 * @returns an arbitrary of `Address`
 * @throws RangeError when `options.countries` is empty or holds a malformed code
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbitraryAddress({ countries: ['FR'] }), (a) => validateAddress(a).ok));
 * ```
 */
export function arbitraryAddress(options: ArbitraryAddressOptions = {}): fc.Arbitrary<Address> {
  const countries = pickCountries(options);
  return fc.constantFrom(...countries).chain(addressIn);
}

/**
 * A fast-check arbitrary of inputs broken in exactly one named way, each with the one issue
 * code `validateAddress` must report: not an object, a required field missing or blank, a
 * wrong type, a value too long or with control characters, an unknown country, a bad postal
 * code, a postal code of another territory, a missing, unknown or mismatched region, an
 * invalid phone or email. Only the breakages that apply to the chosen countries are drawn.
 *
 * @param options - the countries to draw from
 * @returns an arbitrary of `{ address, expected }`
 * @throws RangeError when `options.countries` is empty or holds a malformed code
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbitraryBrokenAddress(), ({ address, expected }) => {
 *   const result = validateAddress(address);
 *   return !result.ok && result.error.length === 1 && result.error[0]?.code === expected;
 * }));
 * ```
 */
export function arbitraryBrokenAddress(
  options: ArbitraryAddressOptions = {},
): fc.Arbitrary<BrokenAddress> {
  const countries = pickCountries(options);
  return arbitraryBreakage(countries, (subset) => fc.constantFrom(...subset).chain(addressIn));
}
