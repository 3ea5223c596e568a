import type { BundleComponent } from '../order/index.js';
import type { BundleCatalogue } from './bundleCatalogue.js';

/**
 * Expands an order line's SKU and quantity into the stocked SKUs to pick: a bundle becomes its
 * components × quantity (nested bundles flattened, repeated components merged, in definition
 * order); any other SKU is returned as is.
 *
 * @param line - the SKU and the number of units ordered
 * @param catalogue - the validated bundle catalogue
 * @returns the stocked SKUs and their units (one entry for a SKU that is not a bundle)
 * @example
 * ```ts
 * expandBundle({ sku: 'GIFT-BOX', quantity: 3 }, catalogue);
 * // [{ sku: 'MUG', quantity: 6 }, { sku: 'TEA', quantity: 3 }]
 * ```
 */
export function expandBundle(
  line: { readonly sku: string; readonly quantity: number },
  catalogue: BundleCatalogue,
): readonly BundleComponent[] {
  const parts = catalogue.expanded.get(line.sku);
  if (parts === undefined) return [{ sku: line.sku, quantity: line.quantity }];
  return parts.map((p) => ({ sku: p.sku, quantity: p.quantity * line.quantity }));
}
