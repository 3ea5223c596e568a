import fc from 'fast-check';
import { countryRules, type CountryCode } from '../address/index.js';

/** A postal code and region that belong together, in canonical form. */
export interface Place {
  readonly postalCode?: string;
  readonly region?: string;
}

const digit = fc.constantFrom(...Array.from('0123456789'));
const digits = (length: number): fc.Arbitrary<string> =>
  fc.string({ unit: digit, minLength: length, maxLength: length });
const letterFrom = (letters: string): fc.Arbitrary<string> =>
  fc.constantFrom(...Array.from(letters));
const withPrefix = (prefixes: readonly string[], rest: number): fc.Arbitrary<string> =>
  fc.tuple(fc.constantFrom(...prefixes), digits(rest)).map(([prefix, tail]) => prefix + tail);
const code = (arbitrary: fc.Arbitrary<string>): fc.Arbitrary<Place> =>
  arbitrary.map((postalCode) => ({ postalCode }));
const zipex = (country: keyof typeof countryRules): fc.Arbitrary<string> =>
  fc.constantFrom(...(countryRules[country].postalCode?.zipex ?? ['']));

const frenchDepartments = Array.from({ length: 95 }, (_, i) => String(i + 1).padStart(2, '0'));
const metropolitan = withPrefix(
  frenchDepartments.filter((d) => d !== '20'),
  3,
);
const frenchPostcode = fc.oneof(
  { arbitrary: metropolitan, weight: 6 },
  { arbitrary: withPrefix(['200', '201', '202', '206'], 2), weight: 1 },
  {
    arbitrary: withPrefix(
      ['971', '972', '973', '974', '975', '976', '984', '986', '987', '988'],
      2,
    ),
    weight: 1,
  },
  { arbitrary: zipex('FR'), weight: 1 },
);

const gbInward = fc
  .tuple(digit, letterFrom('ABDEFGHJLNPQRSTUWXYZ'), letterFrom('ABDEFGHJLNPQRSTUWXYZ'))
  .map((parts) => parts.join(''));
const gbPostcode = fc.oneof(
  zipex('GB'),
  fc
    .tuple(
      fc.constantFrom(
        'AB',
        'B',
        'BS',
        'CR',
        'E',
        'EC',
        'G',
        'L',
        'M',
        'N',
        'NW',
        'OX',
        'SW',
        'W',
        'YO',
      ),
      digit,
      fc.option(fc.oneof(digit, letterFrom('ABCDEFGHJKLMNPRSTUVWXY')), { nil: undefined }),
      gbInward,
    )
    .map(([area, d, extra, inward]) => `${area}${d}${extra ?? ''} ${inward}`),
  digits(2).map((n) => `BFPO ${String(Number(n) + 1)}`),
);

const nlPostcode = fc
  .tuple(
    letterFrom('123456789'),
    digits(3),
    fc.oneof(
      fc.tuple(letterFrom('ABCDEFGHIJKLMNOPQRTUVWXYZ'), letterFrom('ABCDEFGHIJKLMNOPQRSTUVWXYZ')),
      fc.tuple(fc.constant('S'), letterFrom('BCEFGHIJKLMNOPQRTUVWXYZ')),
    ),
  )
  .map(([first, rest, [a, b]]) => `${first}${rest} ${a}${b}`);

const alnum = letterFrom('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789');
const eircode = fc
  .tuple(
    fc.string({ unit: alnum, minLength: 3, maxLength: 3 }),
    fc.string({ unit: alnum, minLength: 4, maxLength: 4 }),
  )
  .map(([a, b]) => `${a} ${b}`);

const caLetter = letterFrom('ABCEGHJKLMNPRSTVWXYZ');
// Each province with its postal-code prefixes, from the rules (a shared prefix such as K1A fits
// both its provinces, so any of them gives a valid place).
const canadaPlace: fc.Arbitrary<Place> = fc
  .constantFrom(...(countryRules.CA.regions ?? []))
  .chain(({ code: region, postcodePrefixes = [] }) =>
    fc
      .tuple(fc.constantFrom(...postcodePrefixes), digit, caLetter, digit, caLetter, digit)
      .map(([prefix, ...rest]) => {
        const compact = (prefix + rest.join('')).slice(0, 6);
        return { postalCode: `${compact.slice(0, 3)} ${compact.slice(3)}`, region };
      }),
  );

const regionCodes = (country: 'ES' | 'IT' | 'US'): string[] =>
  (countryRules[country].regions ?? []).map((region) => region.code);

const spainPlace: fc.Arbitrary<Place> = fc
  .constantFrom(...(countryRules.ES.regions ?? []))
  .chain((province) =>
    withPrefix([province.postcodePrefixes?.[0] ?? '28'], 3).map((postalCode) => ({
      postalCode,
      region: province.code,
    })),
  );

const withRegion = (postalCode: fc.Arbitrary<string>, regions: string[]): fc.Arbitrary<Place> =>
  fc
    .tuple(postalCode, fc.constantFrom(...regions))
    .map(([p, region]) => ({ postalCode: p, region }));

/** A valid place (postal code and region) for each supported country. */
export const supportedPlaces: Readonly<Record<CountryCode, fc.Arbitrary<Place>>> = {
  FR: code(frenchPostcode),
  DE: code(fc.oneof(digits(5), zipex('DE'))),
  GB: code(gbPostcode),
  ES: spainPlace,
  IT: withRegion(fc.oneof(digits(5), zipex('IT')), regionCodes('IT')),
  NL: code(fc.oneof(nlPostcode, zipex('NL'))),
  BE: code(digits(4)),
  LU: code(digits(4)),
  PT: code(fc.tuple(digits(4), digits(3)).map(([a, b]) => `${a}-${b}`)),
  AT: code(digits(4)),
  CH: code(digits(4)),
  IE: fc
    .option(eircode, { nil: undefined })
    .map((postalCode) => (postalCode === undefined ? {} : { postalCode })),
  PL: code(fc.tuple(digits(2), digits(3)).map(([a, b]) => `${a}-${b}`)),
  SE: code(digits(5)),
  DK: code(digits(4)),
  US: withRegion(
    fc
      .tuple(digits(5), fc.option(digits(4), { nil: undefined }))
      .map(([a, b]) => (b === undefined ? a : `${a}-${b}`)),
    regionCodes('US'),
  ),
  CA: canadaPlace,
  MC: code(withPrefix(['980'], 2)),
  AD: code(fc.tuple(letterFrom('1234567'), digit).map(([a, b]) => `AD${a}0${b}`)),
  GP: code(withPrefix(['971'], 2)),
  MQ: code(withPrefix(['972'], 2)),
  GF: code(withPrefix(['973'], 2)),
  RE: code(withPrefix(['974'], 2)),
  YT: code(withPrefix(['976'], 2)),
  PM: code(withPrefix(['975'], 2)),
  BL: code(fc.constant('97133')),
  MF: code(fc.constant('97150')),
  WF: code(withPrefix(['986'], 2)),
  PF: withRegion(withPrefix(['987'], 2), ['Tahiti', 'Moorea', 'Bora Bora', 'Raiatea', 'Nuku Hiva']),
  NC: code(withPrefix(['988'], 2)),
  TF: fc.constant({}),
};

/** A valid place for a country without its own rules: an optional plain postal code. */
export const genericPlace: fc.Arbitrary<Place> = fc
  .option(fc.oneof(digits(4), digits(5), digits(6)), { nil: undefined })
  .map((postalCode) => (postalCode === undefined ? {} : { postalCode }));
