import { countryRules, type CountryRule } from '../countries.js';
import type { CountryCode } from '../schema.js';

/** Finds the rule of a supported country, or undefined for any other code. */
export function findCountryRule(country: string): CountryRule | undefined {
  return Object.hasOwn(countryRules, country) ? countryRules[country as CountryCode] : undefined;
}

const anchoredPatterns: ReadonlyMap<string, RegExp> = new Map(
  Object.entries(countryRules).flatMap(([country, rule]: [string, CountryRule]) =>
    rule.postalCode === undefined
      ? []
      : [[country, new RegExp(`^(?:${rule.postalCode.zip})$`, 'u')] as const],
  ),
);

/** The anchored postal-code pattern of a supported country (Google's `zip` wrapped in `^(?:…)$`). */
export function findPostcodePattern(country: string): RegExp | undefined {
  return anchoredPatterns.get(country);
}

/** The pattern every postal code of an unsupported country must match. */
export const genericPostcodePattern = /^[A-Z0-9](?:[A-Z0-9 -]*[A-Z0-9])?$/u;
