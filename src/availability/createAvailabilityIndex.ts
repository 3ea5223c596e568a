import type { BundleCatalogue } from '../inventory/index.js';
import type { AvailabilityIndex } from './types.js';
import { compareCodeUnits } from './_internal/ids.js';

/**
 * Builds the reverse index of a bundle catalogue: for every SKU that appears in a bundle
 * (a stocked component, or a bundle nested in another), the bundles containing it, directly
 * or through nesting. Built once per catalogue, in time proportional to its size; each
 * recompute then reaches the bundles a stock change affects in time proportional to their
 * number.
 *
 * @param catalogue - a validated bundle catalogue (`validateBundleCatalogue`)
 * @returns the index, which carries the catalogue
 * @example
 * ```ts
 * // GIFT-BOX = 2 × MUG + 1 × TEA
 * const index = createAvailabilityIndex(catalogue);
 * index.bundlesOf.get('MUG'); // ['GIFT-BOX']
 * ```
 */
export function createAvailabilityIndex(catalogue: BundleCatalogue): AvailabilityIndex {
  const bundlesOf = new Map<string, string[]>();
  const add = (sku: string, bundle: string): void => {
    const list = bundlesOf.get(sku);
    if (list === undefined) bundlesOf.set(sku, [bundle]);
    else if (list.at(-1) !== bundle) list.push(bundle);
  };
  // Every SKU reachable from a bundle through its definitions (nested bundles included).
  const reachable = new Map<string, readonly string[]>();
  const reach = (bundle: string): readonly string[] => {
    const known = reachable.get(bundle);
    if (known !== undefined) return known;
    const found = new Set<string>();
    for (const component of catalogue.definitions.get(bundle) ?? []) {
      found.add(component.sku);
      // The catalogue is validated: no cycle, so the recursion ends.
      if (catalogue.definitions.has(component.sku)) {
        for (const inner of reach(component.sku)) found.add(inner);
      }
    }
    const list = [...found];
    reachable.set(bundle, list);
    return list;
  };
  const bundles = [...catalogue.definitions.keys()].sort(compareCodeUnits);
  for (const bundle of bundles) {
    for (const sku of reach(bundle)) add(sku, bundle);
  }
  return { catalogue, bundlesOf };
}
