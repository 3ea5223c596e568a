import type { AvailabilityIndex } from './types.js';
import { compareCodeUnits } from './_internal/ids.js';

/** The SKUs a stock change affects, and the stock a recompute of them reads. */
export interface AffectedSkus {
  /** The touched SKUs and every bundle containing one, sorted, without repeats. */
  readonly skus: readonly string[];
  /**
   * The stocked SKUs whose levels their figures read (a bundle's flattened components, any
   * other SKU itself), sorted, without repeats: what to load from the stock store.
   */
  readonly stocked: readonly string[];
}

/**
 * Lists what a recompute must cover after a stock change: the touched SKUs plus the bundles
 * containing them (through the index, never by scanning the catalogue), and the stocked SKUs
 * to read for them. Cost proportional to the touched SKUs and their bundles.
 *
 * @param touched - the SKUs whose stock changed (`listTouchedSkus`), any order, repeats allowed
 * @param index - the catalogue's index (`createAvailabilityIndex`)
 * @returns the SKUs to recompute and the stocked SKUs they read
 * @example
 * ```ts
 * // GIFT-BOX = 2 × MUG + 1 × TEA
 * findAffectedSkus(['MUG'], index);
 * // { skus: ['GIFT-BOX', 'MUG'], stocked: ['MUG', 'TEA'] }
 * ```
 */
export function findAffectedSkus(
  touched: Iterable<string>,
  index: AvailabilityIndex,
): AffectedSkus {
  const skus = new Set<string>();
  for (const sku of touched) {
    skus.add(sku);
    for (const bundle of index.bundlesOf.get(sku) ?? []) skus.add(bundle);
  }
  const stocked = new Set<string>();
  for (const sku of skus) {
    const parts = index.catalogue.expanded.get(sku);
    if (parts === undefined) stocked.add(sku);
    else for (const part of parts) stocked.add(part.sku);
  }
  return {
    skus: [...skus].sort(compareCodeUnits),
    stocked: [...stocked].sort(compareCodeUnits),
  };
}
