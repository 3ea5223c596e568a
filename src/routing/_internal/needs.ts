import type { RoutingLine, RoutingOrder } from '../types.js';
import type { CapabilityNeed } from './memo.js';
import type { PreparedRouting } from './prepare.js';

/** One SKU a line's unit takes: its index in the order's SKU list, and units per line unit. */
export interface Part {
  readonly k: number;
  readonly perUnit: number;
}

/** A line with units to route: its parts (components, or the line's own SKU) and needs. */
export interface Need extends CapabilityNeed {
  readonly line: RoutingLine;
  readonly units: number;
  readonly parts: readonly Part[];
}

/** Compares ids by UTF-16 code units, as `sort()` does. */
export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The capabilities the policy lists for a SKU (its own entries only, never inherited ones). */
function listed(prepared: PreparedRouting, sku: string): readonly string[] | undefined {
  const table = prepared.policy.skuCapabilities;
  return table !== undefined && Object.hasOwn(table, sku) ? table[sku] : undefined;
}

/** Which warehouses have every capability of a sorted, distinct list (memoized per call). */
function servedByOf(prepared: PreparedRouting, capabilities: readonly string[]): Uint8Array {
  const key = JSON.stringify(capabilities);
  let servedBy = prepared.memo.servedBy.get(key);
  if (servedBy === undefined) {
    servedBy = Uint8Array.from(prepared.warehouses, (pw) =>
      capabilities.every((c) => pw.capabilities.has(c)) ? 1 : 0,
    );
    prepared.memo.servedBy.set(key, servedBy);
  }
  return servedBy;
}

/** The need of a set of capabilities: distinct, sorted, with the warehouses that have them. */
function needOf(prepared: PreparedRouting, capabilities: Iterable<string>): CapabilityNeed {
  const sorted = [...new Set(capabilities)].sort(compareIds);
  return sorted.length === 0
    ? prepared.memo.noCapabilities
    : { capabilities: sorted, servedBy: servedByOf(prepared, sorted) };
}

/** The capabilities of a line: its SKU's, and its components' for a bundle. */
function capabilitiesOf(
  prepared: PreparedRouting,
  line: RoutingLine,
  bundle: boolean,
): CapabilityNeed {
  if (bundle) {
    const all = [...(listed(prepared, line.sku) ?? [])];
    for (const part of line.components ?? []) all.push(...(listed(prepared, part.sku) ?? []));
    return needOf(prepared, all);
  }
  const own = listed(prepared, line.sku);
  if (own === undefined || own.length === 0) return prepared.memo.noCapabilities;
  let known = prepared.memo.skus.get(line.sku);
  if (known === undefined) {
    known = needOf(prepared, own);
    prepared.memo.skus.set(line.sku, known);
  }
  return known;
}

/** The index of a SKU in the order's list, adding it when new. */
function indexOf(skus: string[], sku: string): number {
  const k = skus.indexOf(sku);
  if (k >= 0) return k;
  skus.push(sku);
  return skus.length - 1;
}

/**
 * The lines of an order with units still to route (`ordered − cancelled − allocated`, a safe
 * integer > 0), in line order.
 *
 * @param order - the order
 * @param prepared - validated warehouses and policy
 * @param skus - an empty list, filled with the order's distinct SKUs in order of appearance
 * @returns the lines' needs
 */
export function readNeeds(order: RoutingOrder, prepared: PreparedRouting, skus: string[]): Need[] {
  const needs: Need[] = [];
  for (const line of order.lines) {
    const q = line.quantities;
    const units = q.ordered - q.cancelled - q.allocated;
    if (!Number.isSafeInteger(units) || units <= 0) continue;
    const bundle = line.components !== undefined && line.components.length > 0;
    const parts: Part[] = [];
    if (bundle) {
      for (const c of line.components ?? []) {
        parts.push({ k: indexOf(skus, c.sku), perUnit: Math.max(1, Math.floor(c.quantity)) });
      }
    } else parts.push({ k: indexOf(skus, line.sku), perUnit: 1 });
    const { capabilities, servedBy } = capabilitiesOf(prepared, line, bundle);
    needs.push({ line, units, parts, capabilities, servedBy });
  }
  return needs;
}
