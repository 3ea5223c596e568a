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

// Every (region, prefix length) whose prefix starts the compact code, in data order.
function matchPrefixes(country: string, postalCode: string): PrefixMatch[] {
  const matches: PrefixMatch[] = [];
  const regions = Object.hasOwn(countryRules, country)
    ? countryRules[country as keyof typeof countryRules].regions
    : undefined;
  if (regions === undefined) return matches;
  const code = compactPostalCode(postalCode);
  for (const region of regions) {
    for (const prefix of region.postcodePrefixes ?? []) {
      if (code.startsWith(prefix)) matches.push({ region, length: prefix.length });
    }
  }
  return matches;
}

/**
 * The codes of the regions whose postal-code prefixes cover the code (empty when the country
 * has no prefix data or no prefix matches).
 */
export function findRegionsOfPostcode(country: string, postalCode: string): readonly string[] {
  const codes: string[] = [];
  for (const { region } of matchPrefixes(country, postalCode)) {
    if (!codes.includes(region.code)) codes.push(region.code);
  }
  return codes;
}

/**
 * The region a postal code decides: the only region whose prefixes cover it, or the region
 * that lists the whole code as an exception (Soria's 26127 inside La Rioja's 26). A prefix
 * shared by two regions (`K1A`: ON and QC; `R8A`: MB and SK) decides nothing.
 */
export function inferRegionOfPostcode(country: string, postalCode: string): Region | undefined {
  const matches = matchPrefixes(country, postalCode);
  const first = matches[0]?.region;
  if (first !== undefined && matches.every((match) => match.region === first)) return first;
  const whole = compactPostalCode(postalCode).length;
  let exact: Region | undefined;
  let count = 0;
  for (const match of matches) {
    if (match.length !== whole) continue;
    exact = match.region;
    count += 1;
  }
  return count === 1 ? exact : undefined;
}
