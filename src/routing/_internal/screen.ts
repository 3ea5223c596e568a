import type { RouteLine, RouteReason, WarehouseExplanation } from '../types.js';
import type { CountryView } from './memo.js';
import { compareIds, type Need, type Part } from './needs.js';
import type { PreparedRouting, PreparedWarehouse } from './prepare.js';
import { availableAt, type WorkingStock } from './workingStock.js';

// Hot code, run for every warehouse of every order: plain loops over arrays of one shape, so
// the JavaScript engine optimises it early and keeps it optimised.

/** A warehouse that passed the filters, with its ranking figures and what it was given. */
export interface Candidate {
  readonly pw: PreparedWarehouse;
  /** Its index in the prepared list. */
  readonly w: number;
  readonly id: string;
  readonly complete: boolean;
  readonly coverable: number;
  readonly priority: Extract<RouteReason, { code: 'priority' }>;
  readonly balance: number;
  /** The lines it ships, and the units they take by SKU index, once chosen. */
  chosen: { readonly lines: RouteLine[]; readonly local: readonly number[] } | undefined;
}

/** What the filters make of an order's warehouses. */
export interface Screened {
  /** The warehouses that passed, in ranking order. */
  readonly candidates: Candidate[];
  /** The others, by id. */
  readonly rejected: WarehouseExplanation[];
  /** Per need: whether a warehouse past the country filter has its capabilities. */
  readonly eligibleFor: boolean[];
}

/** A list of `n` zeros. */
export function zeros(n: number): number[] {
  const list: number[] = [];
  for (let i = 0; i < n; i++) list.push(0);
  return list;
}

/**
 * Units of one need warehouse `w` can ship now, at most `wanted`, taking them into `local`
 * (units taken in this order, by SKU index).
 */
export function fill(
  stock: WorkingStock,
  w: number,
  need: Need,
  wanted: number,
  local: number[],
): number {
  const parts = need.parts;
  let units = wanted;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p] as Part;
    const free = availableAt(stock, w, part.k, local[part.k] as number);
    units = Math.min(units, Math.floor(free / part.perUnit));
  }
  if (units <= 0) return 0;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p] as Part;
    local[part.k] = (local[part.k] as number) + units * part.perUnit;
  }
  return units;
}

/** Whether warehouse `w` can still ship one unit of the need, after the order's allocations. */
export function hasUnit(stock: WorkingStock, w: number, need: Need): boolean {
  if (need.servedBy[w] !== 1) return false;
  let units = 1;
  for (const part of need.parts) {
    units = Math.min(units, Math.floor(availableAt(stock, w, part.k, 0) / part.perUnit));
  }
  return units > 0;
}

/** The ranking: complete first, then priority, cost, stock balance (more first), id. */
function ranksBefore(a: Candidate, b: Candidate): boolean {
  if (a.complete !== b.complete) return a.complete;
  if (a.priority.priority !== b.priority.priority) return a.priority.priority < b.priority.priority;
  if (a.pw.costRank !== b.pw.costRank) return a.pw.costRank < b.pw.costRank;
  if (a.balance !== b.balance) return a.balance > b.balance;
  // The prepared warehouses are sorted by id: their indexes compare as their ids do.
  return a.w < b.w;
}

/** Inserts a candidate at its place in a ranked list (lists are short: one per warehouse). */
function insertRanked(ranked: Candidate[], c: Candidate): void {
  let i = ranked.length;
  ranked.push(c);
  while (i > 0 && ranksBefore(c, ranked[i - 1] as Candidate)) {
    ranked[i] = ranked[i - 1] as Candidate;
    i -= 1;
  }
  ranked[i] = c;
}

/** The rejection of a warehouse that can serve none of the order's lines. */
function capabilityRejection(pw: PreparedWarehouse, needs: readonly Need[]): WarehouseExplanation {
  const missing = [...new Set(needs.flatMap((n) => n.capabilities))]
    .filter((c) => !pw.capabilities.has(c))
    .sort(compareIds);
  return {
    warehouseId: pw.warehouse.warehouseId,
    verdict: 'rejected',
    reasons: missing.map((capability) => ({ code: 'capability_missing', capability })),
  };
}

/**
 * Runs the filters over every warehouse (enabled, serves the country, has the capabilities of
 * a line, has stock for one) and ranks those that pass.
 *
 * @param prepared - validated warehouses and policy
 * @param stock - the working stock, open on the order's SKUs
 * @param country - the warehouses' verdicts for the order's country
 * @param needs - the order's lines with units to route
 * @param total - the units to route
 * @returns the candidates, the rejections and which needs some warehouse can serve
 */
export function screen(
  prepared: PreparedRouting,
  stock: WorkingStock,
  country: CountryView,
  needs: readonly Need[],
  total: number,
): Screened {
  const skuCount = stock.skus.length;
  const rejected: WarehouseExplanation[] = [];
  const candidates: Candidate[] = [];
  const eligibleFor: boolean[] = [];
  for (let i = 0; i < needs.length; i++) eligibleFor.push(false);
  const scratch = zeros(skuCount);
  const warehouses = prepared.warehouses;
  for (let w = 0; w < warehouses.length; w++) {
    const pw = warehouses[w] as PreparedWarehouse;
    const rejection = country.rejections[w];
    const priority = country.priorities[w];
    if (rejection !== undefined || priority === undefined) {
      if (rejection !== undefined) rejected.push(rejection);
      continue;
    }
    let servesAny = false;
    for (let i = 0; i < needs.length; i++) {
      if ((needs[i] as Need).servedBy[w] !== 1) continue;
      eligibleFor[i] = true;
      servesAny = true;
    }
    if (needs.length > 0 && !servesAny) {
      rejected.push(capabilityRejection(pw, needs));
      continue;
    }
    for (let k = 0; k < skuCount; k++) scratch[k] = 0;
    let coverable = 0;
    for (let i = 0; i < needs.length; i++) {
      const n = needs[i] as Need;
      if (n.servedBy[w] === 1) coverable += fill(stock, w, n, n.units, scratch);
    }
    if (needs.length > 0 && coverable === 0) {
      rejected.push(pw.outOfStock);
      continue;
    }
    let balance = 0;
    for (let k = 0; k < skuCount; k++) balance += availableAt(stock, w, k, 0);
    insertRanked(candidates, {
      pw,
      w,
      id: pw.warehouse.warehouseId,
      complete: coverable === total,
      coverable,
      priority,
      balance,
      chosen: undefined,
    });
  }
  return { candidates, rejected, eligibleFor };
}
