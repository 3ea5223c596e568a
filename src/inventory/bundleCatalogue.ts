import { z } from 'zod';
import { BundleComponentSchema, type BundleComponent } from '../order/index.js';
import { err, ok, type Result } from '../result/index.js';
import type { InventoryBundleInvalid } from './errors.js';
import { identifier } from './_internal/fields.js';

/** One bundle (pack, kit) as data: its SKU and what one unit of it contains. */
export const BundleDefinitionSchema = z.strictObject({
  /** The bundle's own SKU (the SKU order lines carry). */
  sku: identifier(),
  /** Its components × quantity per bundle unit; a component may itself be a bundle. */
  components: z.array(BundleComponentSchema).min(1).max(100),
});

/** One bundle definition. See {@link BundleDefinitionSchema}. */
export type BundleDefinition = z.infer<typeof BundleDefinitionSchema>;

/**
 * A validated bundle catalogue: no cycle, every quantity ≥ 1. Make it with
 * `validateBundleCatalogue`; read it with `expandBundle` and `bundleAvailable`.
 */
export interface BundleCatalogue {
  /** The definitions as given, by bundle SKU. */
  readonly definitions: ReadonlyMap<string, readonly BundleComponent[]>;
  /** Each bundle flattened to stocked SKUs × units per bundle unit (nested bundles expanded). */
  readonly expanded: ReadonlyMap<string, readonly BundleComponent[]>;
}

function parseEntries(
  input: unknown,
): Result<Map<string, readonly BundleComponent[]>, InventoryBundleInvalid> {
  if (!Array.isArray(input)) return err({ code: 'inventory/bundle_invalid', reason: 'shape' });
  const definitions = new Map<string, readonly BundleComponent[]>();
  for (let index = 0; index < input.length; index++) {
    let parsed;
    try {
      parsed = BundleDefinitionSchema.safeParse(input[index]);
    } catch {
      return err({ code: 'inventory/bundle_invalid', reason: 'shape', index });
    }
    if (!parsed.success) {
      const raw: unknown = input[index];
      const rawSku = typeof raw === 'object' && raw !== null ? (raw as { sku?: unknown }).sku : '';
      const sku = typeof rawSku === 'string' && rawSku.length > 0 ? { sku: rawSku } : {};
      const onQuantity = parsed.error.issues.some((i) => i.path.at(-1) === 'quantity');
      return err({
        code: 'inventory/bundle_invalid',
        reason: onQuantity ? 'quantity' : 'shape',
        index,
        ...sku,
      });
    }
    if (definitions.has(parsed.data.sku)) {
      return err({ code: 'inventory/bundle_invalid', reason: 'duplicate', sku: parsed.data.sku });
    }
    definitions.set(parsed.data.sku, parsed.data.components);
  }
  return ok(definitions);
}

/** Flattens every bundle, depth first; reports a cycle or an overflow. */
function expandAll(
  definitions: ReadonlyMap<string, readonly BundleComponent[]>,
): Result<Map<string, readonly BundleComponent[]>, InventoryBundleInvalid> {
  const expanded = new Map<string, readonly BundleComponent[]>();
  const visiting: string[] = [];
  const visit = (sku: string): InventoryBundleInvalid | undefined => {
    if (expanded.has(sku)) return undefined;
    const at = visiting.indexOf(sku);
    if (at >= 0) {
      return {
        code: 'inventory/bundle_invalid',
        reason: 'cycle',
        sku,
        path: [...visiting.slice(at), sku],
      };
    }
    visiting.push(sku);
    const units = new Map<string, number>();
    for (const component of definitions.get(sku) ?? []) {
      const inner = definitions.has(component.sku) ? visit(component.sku) : undefined;
      if (inner !== undefined) return inner;
      const parts = expanded.get(component.sku) ?? [{ sku: component.sku, quantity: 1 }];
      for (const part of parts) {
        const total = (units.get(part.sku) ?? 0) + part.quantity * component.quantity;
        if (!Number.isSafeInteger(total)) {
          return { code: 'inventory/bundle_invalid', reason: 'too_large', sku };
        }
        units.set(part.sku, total);
      }
    }
    visiting.pop();
    expanded.set(
      sku,
      [...units].map(([s, quantity]) => ({ sku: s, quantity })),
    );
    return undefined;
  };
  for (const sku of definitions.keys()) {
    const problem = visit(sku);
    if (problem !== undefined) return err(problem);
  }
  return ok(expanded);
}

/**
 * Validates a bundle catalogue given as data: a list of `{ sku, components: [{ sku, quantity }] }`.
 * Nested bundles are allowed; cycles, duplicates and quantities below 1 are not. Never throws.
 *
 * @param input - the definitions, typically read from JSON
 * @returns the catalogue, or `inventory/bundle_invalid` saying why
 * @example
 * ```ts
 * const catalogue = validateBundleCatalogue([
 *   { sku: 'GIFT-BOX', components: [{ sku: 'MUG', quantity: 2 }, { sku: 'TEA', quantity: 1 }] },
 * ]);
 * ```
 */
export function validateBundleCatalogue(
  input: unknown,
): Result<BundleCatalogue, InventoryBundleInvalid> {
  const definitions = parseEntries(input);
  if (!definitions.ok) return definitions;
  const expanded = expandAll(definitions.value);
  if (!expanded.ok) return expanded;
  return ok({ definitions: definitions.value, expanded: expanded.value });
}
