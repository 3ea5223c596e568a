import { compareMoney, parseMoneyJson } from '../../money/index.js';
import type {
  RouteAllocation,
  RouteBackorder,
  RouteLine,
  RoutePlan,
  RouteReason,
  RoutingLine,
  RoutingOrder,
  WarehouseExplanation,
} from '../types.js';
import type { PreparedRouting, PreparedWarehouse } from './prepare.js';
import { availableIn, commit, take, type Taken, type WorkingStock } from './workingStock.js';

/** A line with units to route: its parts (components, or the line's own SKU) and needs. */
interface Need {
  readonly line: RoutingLine;
  readonly units: number;
  readonly parts: readonly { readonly sku: string; readonly quantity: number }[];
  readonly capabilities: readonly string[];
}

/** A warehouse that passed the filters, with its ranking figures. */
interface Candidate {
  readonly pw: PreparedWarehouse;
  readonly id: string;
  readonly servable: readonly boolean[];
  readonly complete: boolean;
  readonly coverable: number;
  readonly priority: number;
  readonly balance: number;
}

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function needsOf(
  order: RoutingOrder,
  skuCapabilities: PreparedRouting['policy']['skuCapabilities'],
): Need[] {
  const needs: Need[] = [];
  for (const line of order.lines) {
    const q = line.quantities;
    const units = q.ordered - q.cancelled - q.allocated;
    if (!Number.isSafeInteger(units) || units <= 0) continue;
    const parts =
      line.components !== undefined && line.components.length > 0
        ? line.components
        : [{ sku: line.sku, quantity: 1 }];
    const caps = new Set<string>(skuCapabilities?.[line.sku] ?? []);
    for (const part of parts) for (const c of skuCapabilities?.[part.sku] ?? []) caps.add(c);
    needs.push({ line, units, parts, capabilities: [...caps].sort(compareIds) });
  }
  return needs;
}

/** Units of one need a warehouse can ship now, at most `wanted`, taking them into `local`. */
function fill(
  stock: WorkingStock,
  local: Taken,
  warehouseId: string,
  need: Need,
  wanted: number,
): number {
  let units = wanted;
  for (const part of need.parts) {
    const q = Math.max(1, Math.floor(part.quantity));
    units = Math.min(units, Math.floor(availableIn(stock, local, warehouseId, part.sku) / q));
  }
  if (units <= 0) return 0;
  for (const part of need.parts) {
    take(local, part.sku, units * Math.max(1, Math.floor(part.quantity)));
  }
  return units;
}

function priorityFor(pw: PreparedWarehouse, country: string): number {
  const zone = pw.warehouse.zones?.find((z) => z.countries.includes(country));
  return zone?.priority ?? pw.warehouse.priority;
}

function rankCandidates(a: Candidate, b: Candidate): number {
  if (a.complete !== b.complete) return a.complete ? -1 : 1;
  if (a.priority !== b.priority) return a.priority - b.priority;
  if (a.pw.costRank !== b.pw.costRank) return a.pw.costRank - b.pw.costRank;
  if (a.balance !== b.balance) return b.balance - a.balance;
  return compareIds(a.id, b.id);
}

function isSplitAllowed(order: RoutingOrder, prepared: PreparedRouting): boolean {
  const split = prepared.policy.split;
  if (split === 'allowed') return true;
  if (split === 'never' || prepared.minOrderValue === undefined) return false;
  const total = parseMoneyJson(order.totals.grandTotal);
  return (
    total.ok &&
    total.value.currency === prepared.minOrderValue.currency &&
    compareMoney(total.value, prepared.minOrderValue) >= 0
  );
}

/**
 * Routes one order against a working copy of stock, taking the units it allocates from it.
 *
 * @param order - the order
 * @param prepared - validated warehouses and policy
 * @param stock - the working stock, decremented by the plan's allocations
 * @returns the plan
 */
export function routeWith(
  order: RoutingOrder,
  prepared: PreparedRouting,
  stock: WorkingStock,
): RoutePlan {
  const country = order.shippingAddress.country;
  const needs = needsOf(order, prepared.policy.skuCapabilities);
  const total = needs.reduce((sum, n) => sum + n.units, 0);
  const skus = [...new Set(needs.flatMap((n) => n.parts.map((p) => p.sku)))];
  const rejected: WarehouseExplanation[] = [];
  const candidates: Candidate[] = [];
  const eligibleFor = needs.map(() => false);
  const scratch: Taken = new Map();
  for (const pw of prepared.warehouses) {
    const w = pw.warehouse;
    const id = w.warehouseId;
    if (!w.enabled) {
      rejected.push({ warehouseId: id, verdict: 'rejected', reasons: [{ code: 'disabled' }] });
      continue;
    }
    if (w.countries !== '*' && !w.countries.includes(country)) {
      rejected.push({
        warehouseId: id,
        verdict: 'rejected',
        reasons: [{ code: 'country_not_served', country }],
      });
      continue;
    }
    const servable = needs.map((n) => n.capabilities.every((c) => pw.capabilities.has(c)));
    servable.forEach((s, i) => {
      if (s) eligibleFor[i] = true;
    });
    if (needs.length > 0 && !servable.some(Boolean)) {
      const missing = [...new Set(needs.flatMap((n) => n.capabilities))]
        .filter((c) => !pw.capabilities.has(c))
        .sort(compareIds);
      rejected.push({
        warehouseId: id,
        verdict: 'rejected',
        reasons: missing.map((capability) => ({ code: 'capability_missing', capability })),
      });
      continue;
    }
    scratch.clear();
    let coverable = 0;
    needs.forEach((n, i) => {
      if (servable[i] === true) coverable += fill(stock, scratch, id, n, n.units);
    });
    if (needs.length > 0 && coverable === 0) {
      rejected.push({ warehouseId: id, verdict: 'rejected', reasons: [{ code: 'out_of_stock' }] });
      continue;
    }
    const balance = skus.reduce((sum, sku) => sum + availableIn(stock, undefined, id, sku), 0);
    const priority = priorityFor(pw, country);
    candidates.push({
      pw,
      id,
      servable,
      complete: coverable === total,
      coverable,
      priority,
      balance,
    });
  }
  candidates.sort(rankCandidates);

  const policy = prepared.policy;
  const split = isSplitAllowed(order, prepared);
  const limit = split ? policy.maxParcels : 1;
  const remaining = needs.map((n) => n.units);
  const locals = new Map<string, Taken>();
  const chosen = new Map<string, RouteLine[]>();
  for (const c of candidates) {
    if (chosen.size >= limit || remaining.every((r) => r === 0)) break;
    const lines: RouteLine[] = [];
    const local: Taken = new Map();
    needs.forEach((n, i) => {
      const wanted = remaining[i] ?? 0;
      if (c.servable[i] !== true || wanted === 0) return;
      const got = fill(stock, local, c.id, n, wanted);
      if (got === 0) return;
      remaining[i] = wanted - got;
      lines.push({ lineId: n.line.lineId, sku: n.line.sku, quantity: got });
    });
    if (lines.length > 0) {
      chosen.set(c.id, lines);
      locals.set(c.id, local);
    }
  }
  const missing = remaining.some((r) => r > 0);
  const held = missing && policy.backorder === 'hold_order';
  if (!held) for (const [id, local] of locals) commit(stock, id, local);

  const stillHas = (c: Candidate, i: number): boolean => {
    const n = needs[i];
    return n !== undefined && c.servable[i] === true && fill(stock, new Map(), c.id, n, 1) > 0;
  };
  const backorders: RouteBackorder[] = [];
  needs.forEach((n, i) => {
    const quantity = held ? n.units : (remaining[i] ?? 0);
    if (quantity === 0) return;
    const reason = held
      ? 'order_held'
      : eligibleFor[i] !== true
        ? 'no_eligible_warehouse'
        : candidates.some((c) => !chosen.has(c.id) && stillHas(c, i))
          ? split
            ? 'parcel_limit'
            : 'split_not_allowed'
          : 'insufficient_stock';
    backorders.push({ lineId: n.line.lineId, quantity, reason });
  });

  const explained = candidates.map((c): WarehouseExplanation => {
    const reasons: RouteReason[] = [
      c.complete ? { code: 'complete' } : { code: 'partial', units: c.coverable, of: total },
      { code: 'priority', priority: c.priority },
      { code: 'cost', cost: c.pw.warehouse.costPerParcel },
      { code: 'stock_balance', units: c.balance },
    ];
    const lines = chosen.get(c.id);
    if (lines !== undefined && !held) {
      const units = lines.reduce((sum, l) => sum + l.quantity, 0);
      return {
        warehouseId: c.id,
        verdict: 'chosen',
        reasons: [...reasons, { code: 'allocated', units }],
      };
    }
    const why: RouteReason = held
      ? { code: 'order_held' }
      : !missing
        ? { code: 'order_covered' }
        : remaining.some((r, i) => r > 0 && stillHas(c, i))
          ? split
            ? { code: 'parcel_limit', maxParcels: policy.maxParcels }
            : { code: 'split_not_allowed' }
          : { code: 'out_of_stock' };
    return { warehouseId: c.id, verdict: 'not_needed', reasons: [...reasons, why] };
  });
  const allocations: RouteAllocation[] = held
    ? []
    : [...chosen].map(([warehouseId, lines]) => ({ warehouseId, lines }));
  return { allocations, backorders, explanation: [...explained, ...rejected] };
}
