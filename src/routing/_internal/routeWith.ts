import { compareMoney, parseMoneyJson } from '../../money/index.js';
import type {
  BackorderReason,
  RouteAllocation,
  RouteBackorder,
  RouteLine,
  RoutePlan,
  RouteReason,
  RoutingOrder,
  WarehouseExplanation,
} from '../types.js';
import { countryViewOf } from './countryView.js';
import type { CountryView } from './memo.js';
import { readNeeds, type Need } from './needs.js';
import type { PreparedRouting } from './prepare.js';
import { fill, hasUnit, screen, zeros, type Candidate } from './screen.js';
import {
  allocatedReason,
  balanceReason,
  completeReason,
  isMemoized,
  orderCoveredReason,
  orderHeldReason,
  outOfStockReason,
  partialReason,
  splitNotAllowedReason,
} from './sharedReasons.js';
import { commitTaken, openOrder, type WorkingStock } from './workingStock.js';

/** Whether the policy lets the order ship from several warehouses. */
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

/** One order being routed. */
interface OrderRouting {
  readonly order: RoutingOrder;
  readonly prepared: PreparedRouting;
  readonly country: CountryView;
  readonly stock: WorkingStock;
  readonly needs: readonly Need[];
  /** The units to route. */
  readonly total: number;
  /** The warehouses that passed the filters, in ranking order. */
  readonly candidates: readonly Candidate[];
  /** Whether the order may split, once `splitKnown` (most orders never need to know). */
  split: boolean;
  splitKnown: boolean;
  /** Per need: the units no warehouse has taken yet. */
  readonly remaining: number[];
}

/** Whether every figure is 0. */
function allZero(values: readonly number[]): boolean {
  for (let i = 0; i < values.length; i++) if (values[i] !== 0) return false;
  return true;
}

/** Whether the order may split, worked out the first time it matters. */
function isSplit(r: OrderRouting): boolean {
  if (!r.splitKnown) {
    r.split = isSplitAllowed(r.order, r.prepared);
    r.splitKnown = true;
  }
  return r.split;
}

/** Down the ranking, each warehouse ships what it can of what is left, within the parcels. */
function allocate(r: OrderRouting): void {
  const { needs, remaining, stock } = r;
  let parcels = 0;
  for (const c of r.candidates) {
    if (allZero(remaining)) break;
    if (parcels > 0 && parcels >= (isSplit(r) ? r.prepared.policy.maxParcels : 1)) break;
    const lines: RouteLine[] = [];
    const local = zeros(stock.skus.length);
    for (let i = 0; i < needs.length; i++) {
      const n = needs[i] as Need;
      const wanted = remaining[i] as number;
      if (n.servedBy[c.w] !== 1 || wanted === 0) continue;
      const got = fill(stock, c.w, n, wanted, local);
      if (got === 0) continue;
      remaining[i] = wanted - got;
      lines.push({ lineId: n.line.lineId, sku: n.line.sku, quantity: got });
    }
    if (lines.length > 0) {
      c.chosen = { lines, local };
      parcels += 1;
    }
  }
}

/** Whether a warehouse not chosen still has a unit of a need that waits. */
function couldShipMore(r: OrderRouting, c: Candidate): boolean {
  for (let i = 0; i < r.needs.length; i++) {
    if ((r.remaining[i] as number) > 0 && hasUnit(r.stock, c.w, r.needs[i] as Need)) return true;
  }
  return false;
}

/** The units that wait, per line, and why. */
function backordersOf(r: OrderRouting, eligibleFor: readonly boolean[], held: boolean) {
  const backorders: RouteBackorder[] = [];
  for (let i = 0; i < r.needs.length; i++) {
    const n = r.needs[i] as Need;
    const quantity = held ? n.units : (r.remaining[i] as number);
    if (quantity === 0) continue;
    let reason: BackorderReason = 'insufficient_stock';
    if (held) reason = 'order_held';
    else if (eligibleFor[i] !== true) reason = 'no_eligible_warehouse';
    else {
      for (const c of r.candidates) {
        if (c.chosen === undefined && hasUnit(r.stock, c.w, n)) {
          reason = isSplit(r) ? 'parcel_limit' : 'split_not_allowed';
          break;
        }
      }
    }
    backorders.push({ lineId: n.line.lineId, quantity, reason });
  }
  return backorders;
}

/** A candidate's explanation: its ranking figures, then what it ships or why it ships nothing. */
function explain(
  r: OrderRouting,
  c: Candidate,
  missing: boolean,
  held: boolean,
): WarehouseExplanation {
  const memo = r.prepared.memo.reasons;
  const chosen = c.chosen !== undefined && !held;
  let units = 0;
  if (c.chosen !== undefined) for (const l of c.chosen.lines) units += l.quantity;
  const shared = r.country.shared[c.w];
  if (c.complete && shared !== undefined && isMemoized(c.balance)) {
    // Most explanations say the same as one made for an earlier order: reuse it.
    if (chosen && isMemoized(units)) {
      const byUnits = (shared.chosen[c.balance] ??= []);
      return (byUnits[units] ??= freezeExplanation(r, c, true, allocatedReason(memo, units)));
    }
    if (!chosen && !missing) {
      return (shared.covered[c.balance] ??= freezeExplanation(r, c, false, orderCoveredReason));
    }
  }
  let last: RouteReason;
  if (chosen) last = allocatedReason(memo, units);
  else if (held) last = orderHeldReason;
  else if (!missing) last = orderCoveredReason;
  else if (couldShipMore(r, c)) {
    last = isSplit(r) ? r.prepared.parcelLimitReason : splitNotAllowedReason;
  } else last = outOfStockReason;
  return explanationOf(r, c, chosen, last);
}

/** A candidate's explanation, made for this plan. */
function explanationOf(
  r: OrderRouting,
  c: Candidate,
  chosen: boolean,
  last: RouteReason,
): WarehouseExplanation {
  const memo = r.prepared.memo.reasons;
  const score = c.complete ? completeReason : partialReason(memo, c.coverable, r.total);
  return {
    warehouseId: c.id,
    verdict: chosen ? 'chosen' : 'not_needed',
    reasons: [score, c.priority, c.pw.costReason, balanceReason(memo, c.balance), last],
  };
}

/** A candidate's explanation, frozen to be shared by later plans. */
function freezeExplanation(
  r: OrderRouting,
  c: Candidate,
  chosen: boolean,
  last: RouteReason,
): WarehouseExplanation {
  const explanation = explanationOf(r, c, chosen, last);
  Object.freeze(explanation.reasons);
  return Object.freeze(explanation);
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
  const skus: string[] = [];
  const needs = readNeeds(order, prepared, skus);
  openOrder(stock, skus);
  let total = 0;
  const remaining: number[] = [];
  for (const n of needs) {
    total += n.units;
    remaining.push(n.units);
  }
  const country = countryViewOf(prepared, order.shippingAddress.country);
  const { candidates, rejected, eligibleFor } = screen(prepared, stock, country, needs, total);
  const r: OrderRouting = {
    order,
    prepared,
    country,
    stock,
    needs,
    total,
    candidates,
    split: false,
    splitKnown: false,
    remaining,
  };
  allocate(r);

  let missing = false;
  for (const left of remaining) if (left > 0) missing = true;
  const held = missing && prepared.policy.backorder === 'hold_order';
  const allocations: RouteAllocation[] = [];
  for (const c of candidates) {
    if (c.chosen === undefined || held) continue;
    commitTaken(stock, c.w, c.chosen.local);
    allocations.push({ warehouseId: c.id, lines: c.chosen.lines });
  }
  const backorders = backordersOf(r, eligibleFor, held);
  const explanation = new Array<WarehouseExplanation>(candidates.length + rejected.length);
  for (let i = 0; i < candidates.length; i++) {
    explanation[i] = explain(r, candidates[i] as Candidate, missing, held);
  }
  for (let i = 0; i < rejected.length; i++) {
    explanation[candidates.length + i] = rejected[i] as WarehouseExplanation;
  }
  return { allocations, backorders, explanation };
}
