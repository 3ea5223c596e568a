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

/**
 * Checks the region of an address of a supported country. `postalCode` is given only when it
 * is present and valid (a wrong postal code proves nothing about the region).
 */
export function checkRegion(input: {
  readonly country: string;
  readonly rule: CountryRule;
  readonly region: string | undefined;
  readonly postalCode: string | undefined;
  readonly inferRegion: boolean;
  readonly path: AddressPath;
}): RegionCheck {
  const { country, rule, region, postalCode, path } = input;
  const example = rule.regions?.[0]?.code;
  const withExample = example === undefined ? {} : { example };
  const inferred =
    postalCode === undefined ? undefined : inferRegionOfPostcode(country, postalCode)?.code;
  if (region === undefined) {
    if (!rule.require.includes('S')) return {};
    if (input.inferRegion && inferred !== undefined) return { region: inferred };
    return { issue: { code: 'address/region_required', path, country, ...withExample } };
  }
  if (!hasRegionList(country)) return { region };
  const found = findRegion(country, region);
  if (found === undefined) {
    const suggestion = inferred === undefined ? {} : { suggestion: inferred };
    return {
      issue: {
        code: 'address/region_unknown',
        path,
        country,
        region,
        ...suggestion,
        ...withExample,
      },
    };
  }
  const expectedRegions =
    postalCode === undefined ? [] : findRegionsOfPostcode(country, postalCode);
  if (
    postalCode !== undefined &&
    expectedRegions.length > 0 &&
    !expectedRegions.includes(found.code)
  ) {
    return {
      issue: {
        code: 'address/region_mismatch',
        path,
        country,
        region: found.code,
        postalCode,
        expectedRegions,
      },
    };
  }
  return { region: found.code };
}
