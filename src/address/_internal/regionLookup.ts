import { countryRules, type CountryRule, type Region } from '../countries.js';
import { compactPostalCode, foldName } from './text.js';

// Per country, every accepted spelling (code or name, folded) → region. Built once, read-only.
const regionIndexes: ReadonlyMap<string, ReadonlyMap<string, Region>> = new Map(
  Object.entries(countryRules).flatMap(([country, rule]: [string, CountryRule]) =>
    rule.regions === undefined
      ? []
      : [
          [
            country,
            new Map(
              rule.regions.flatMap((region) =>
                [region.code, ...region.names].map(
                  (spelling) => [foldName(spelling), region] as const,
                ),
              ),
            ),
          ] as const,
        ],
  ),
);

/** Tells whether the country has a list of regions. */
export function hasRegionList(country: string): boolean {
  return regionIndexes.has(country);
}

/** Finds a region of the country by code or name (no case, accents or punctuation). */
export function findRegion(country: string, value: string): Region | undefined {
  return regionIndexes.get(country)?.get(foldName(value));
}

interface PrefixMatch {
  readonly region: Region;
  readonly length: number;
}

function matchPrefixes(country: string, postalCode: string): readonly PrefixMatch[] {
  const regions = Object.hasOwn(countryRules, country)
    ? countryRules[country as keyof typeof countryRules].regions
    : undefined;
  const code = compactPostalCode(postalCode);
  return (regions ?? []).flatMap((region) =>
    (region.postcodePrefixes ?? [])
      .filter((prefix) => code.startsWith(prefix))
      .map((prefix) => ({ region, length: prefix.length })),
  );
}

/**
 * The codes of the regions whose postal-code prefixes cover the code (empty when the country
 * has no prefix data or no prefix matches).
 */
export function findRegionsOfPostcode(country: string, postalCode: string): readonly string[] {
  return [...new Set(matchPrefixes(country, postalCode).map((match) => match.region.code))];
}

/**
 * The region a postal code decides: the only region whose prefixes cover it, or the region
 * that lists the whole code as an exception (Soria's 26127 inside La Rioja's 26). A prefix
 * shared by two regions (`K1A`: ON and QC; `R8A`: MB and SK) decides nothing.
 */
export function inferRegionOfPostcode(country: string, postalCode: string): Region | undefined {
  const matches = matchPrefixes(country, postalCode);
  const regions = new Set(matches.map((match) => match.region));
  if (regions.size === 1) return matches[0]?.region;
  const whole = compactPostalCode(postalCode).length;
  const exact = matches.filter((match) => match.length === whole);
  return exact.length === 1 ? exact[0]?.region : undefined;
}
