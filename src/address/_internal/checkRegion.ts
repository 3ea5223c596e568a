import type { AddressIssue, AddressPath } from '../errors.js';
import type { CountryRule } from '../countries.js';
import {
  findRegion,
  findRegionsOfPostcode,
  hasRegionList,
  inferRegionOfPostcode,
} from './regionLookup.js';

/** What the region check decided: maybe a region filled in from the postal code, maybe an issue. */
export interface RegionCheck {
  readonly region?: string;
  readonly issue?: AddressIssue;
}

function exampleOf(rule: CountryRule): { example?: string } {
  const example = rule.regions?.[0]?.code;
  return example === undefined ? {} : { example };
}

/**
 * Checks the region of an address of a supported country. `postalCode` is given only when it
 * is present and valid (a wrong postal code proves nothing about the region). Issue paths are
 * `[...base, 'region']`.
 */
export function checkRegion(
  country: string,
  rule: CountryRule,
  region: string | undefined,
  postalCode: string | undefined,
  inferRegion: boolean,
  base: AddressPath,
): RegionCheck {
  if (region === undefined) {
    if (!rule.require.includes('S')) return {};
    const inferred =
      postalCode === undefined ? undefined : inferRegionOfPostcode(country, postalCode)?.code;
    if (inferRegion && inferred !== undefined) return { region: inferred };
    return {
      issue: {
        code: 'address/region_required',
        path: [...base, 'region'],
        country,
        ...exampleOf(rule),
      },
    };
  }
  if (!hasRegionList(country)) return { region };
  const found = findRegion(country, region);
  if (found === undefined) {
    const inferred =
      postalCode === undefined ? undefined : inferRegionOfPostcode(country, postalCode)?.code;
    const suggestion = inferred === undefined ? {} : { suggestion: inferred };
    return {
      issue: {
        code: 'address/region_unknown',
        path: [...base, 'region'],
        country,
        region,
        ...suggestion,
        ...exampleOf(rule),
      },
    };
  }
  if (postalCode === undefined) return { region: found.code };
  const expectedRegions = findRegionsOfPostcode(country, postalCode);
  if (expectedRegions.length > 0 && !expectedRegions.includes(found.code)) {
    return {
      issue: {
        code: 'address/region_mismatch',
        path: [...base, 'region'],
        country,
        region: found.code,
        postalCode,
        expectedRegions,
      },
    };
  }
  return { region: found.code };
}
