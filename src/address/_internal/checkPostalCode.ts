import type {
  AddressPath,
  AddressPostcodeInvalid,
  AddressPostcodeOtherTerritory,
} from '../errors.js';
import {
  corsicaPattern,
  frenchOverseasPattern,
  type FrenchPlace,
  type FrenchPostcodeInvalid,
} from './frenchPostcode.js';
import { findRegionsOfPostcode } from './regionLookup.js';
import { findCountryRule, findPostcodePattern, genericPostcodePattern } from './rules.js';

// GP, BL and MF share the 971xx codes (Google's examples for BL and MF are 97100).
const sharing971 = new Set(['GP', 'BL', 'MF']);

function belongsElsewhere(country: string, placeCountry: string): boolean {
  if (country === 'FR') return placeCountry === 'MC';
  if (placeCountry === 'FR' || placeCountry === country) return false;
  return !(sharing971.has(country) && sharing971.has(placeCountry));
}

type PostcodeIssue = AddressPostcodeInvalid | AddressPostcodeOtherTerritory;

function invalid(
  country: string,
  postalCode: string,
  path: AddressPath,
  reason: AddressPostcodeInvalid['reason'],
  expectedPattern: string,
  formats: readonly string[],
  example?: string,
): AddressPostcodeInvalid {
  return {
    code: 'address/postcode_invalid',
    path,
    country,
    postalCode,
    reason,
    expectedPattern,
    formats,
    ...(example === undefined ? {} : { example }),
  };
}

/**
 * Checks a normalised postal code against its (valid ISO) country: another territory's code
 * first (FR + 98000 → MC, GP + 97200 → MQ), then the country pattern, then the French
 * Corsica/overseas prefixes and the Spanish province prefixes.
 *
 * @param french - `readFrenchPostcode(postalCode)` when the country uses French postal codes
 *   (see `frenchPostalCountries`), otherwise undefined
 * @param base - the path prefix; the issue path is `[...base, 'postalCode']`
 */
export function checkPostalCode(
  country: string,
  postalCode: string,
  french: FrenchPlace | FrenchPostcodeInvalid | undefined,
  base: AddressPath,
): PostcodeIssue | undefined {
  if (french?.kind === 'place' && belongsElsewhere(country, french.country)) {
    return {
      code: 'address/postcode_other_territory',
      path: [...base, 'postalCode'],
      country,
      postalCode,
      expectedCountry: french.country,
    };
  }
  const rule = findCountryRule(country)?.postalCode;
  const pattern = findPostcodePattern(country);
  if (rule === undefined || pattern === undefined) {
    return genericPostcodePattern.test(postalCode)
      ? undefined
      : invalid(
          country,
          postalCode,
          [...base, 'postalCode'],
          'format',
          genericPostcodePattern.source,
          [],
        );
  }
  if (!pattern.test(postalCode)) {
    return invalid(
      country,
      postalCode,
      [...base, 'postalCode'],
      'format',
      pattern.source,
      rule.hints ?? rule.masks,
      rule.zipex[0],
    );
  }
  if (country === 'FR' && french?.kind === 'invalid') {
    const path = [...base, 'postalCode'];
    return french.reason === 'corsica'
      ? invalid(country, postalCode, path, 'corsica', corsicaPattern, ['NNNNN'], '20000')
      : invalid(country, postalCode, path, 'overseas', frenchOverseasPattern, ['NNNNN'], '97100');
  }
  if (country === 'ES' && findRegionsOfPostcode(country, postalCode).length === 0) {
    return invalid(
      country,
      postalCode,
      [...base, 'postalCode'],
      'province',
      '^(?:0[1-9]|[1-4]\\d|5[0-2])\\d{3}$',
      ['NNNNN'],
      rule.zipex[0],
    );
  }
  return undefined;
}
