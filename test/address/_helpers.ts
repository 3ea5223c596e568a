import {
  countryRules,
  supportedCountryCodes,
  validateAddress,
  type AddressIssue,
} from '../../src/index.js';

/** A valid French address, the base most address tests change one field of. */
export const paris = {
  name: 'Jeanne Martin',
  line1: '10 rue de Rivoli',
  postalCode: '75001',
  city: 'Paris',
  country: 'FR',
};

/** The issues `validateAddress` reports for the input (empty when it is valid). */
export function issuesOf(
  input: unknown,
  options?: Parameters<typeof validateAddress>[1],
): AddressIssue[] {
  const result = validateAddress(input, options);
  return result.ok ? [] : [...result.error];
}

/** The codes of the issues `validateAddress` reports for the input, in order. */
export const codesOf = (input: unknown): string[] => issuesOf(input).map((issue) => issue.code);

// Regions for the countries that require one where the postal code does not decide it, and for
// the codes that leave it open (K1A is shared by ON and QC).
const regionByCountry: Readonly<Record<string, string>> = { IT: 'RM', US: 'CA', PF: 'Tahiti' };
const regionByCode: Readonly<Record<string, string>> = { 'K1A 0B1': 'ON' };

/** One valid address per `zipex` example of every supported country (domain-facts §1.2, §1.4). */
export const zipexAddresses = supportedCountryCodes.flatMap((country) =>
  (countryRules[country].postalCode?.zipex ?? []).map((postalCode) => {
    const region = regionByCode[postalCode] ?? regionByCountry[country];
    const address = {
      name: 'Jeanne Martin',
      line1: '1 Main Street',
      city: 'Somewhere',
      country,
      postalCode,
      ...(region === undefined ? {} : { region }),
    };
    return { country, postalCode, address };
  }),
);
