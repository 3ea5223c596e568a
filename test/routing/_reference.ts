import {
  compareMoney,
  parseMoneyJson,
  type Money,
  type RouteBackorder,
  type RouteLine,
  type RoutePlan,
  type RouteReason,
  type RoutingLine,
  type RoutingOrder,
  type RoutingPolicy,
  type StockView,
  type Warehouse,
  type WarehouseExplanation,
} from '../../src/index.js';

// A plain reference for routeBatch, written from the documented rules: one order at a time,
// every warehouse examined afresh, stock re-read at every use, nothing memoized or shared.
// test/properties/routing.reference.test.ts checks the optimised routing against it.

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const money = (json: unknown): Money => {
  const parsed = parseMoneyJson(json);
  if (!parsed.ok) throw new Error('the generated amounts are valid');
  return parsed.value;
};

interface Need {
  readonly line: RoutingLine;
  readonly units: number;
  readonly parts: readonly { readonly sku: string; readonly per: number }[];
  readonly caps: readonly string[];
}

interface Candidate {
  readonly w: Warehouse;
  readonly servable: readonly boolean[];
  readonly complete: boolean;
  readonly coverable: number;
  readonly priority: number;
  readonly cost: number;
  readonly balance: number;
}

/**
 * Routes orders one after the other against shared stock, the plain way.
 *
 * @param orders - the orders, in routing order
 * @param warehouses - valid warehouses
 * @param view - the stock before the batch
 * @param policy - a valid policy
 * @returns one plan per order
 */
export function referenceBatch(
  orders: readonly RoutingOrder[],
  warehouses: readonly Warehouse[],
  view: StockView,
  policy: RoutingPolicy,
): RoutePlan[] {
  const sorted = [...warehouses].sort((a, b) => compareIds(a.warehouseId, b.warehouseId));
  const costs = sorted.map((w) => money(w.costPerParcel));
  const costRanks = costs.map((c) =>
    [...costs].sort(compareMoney).findIndex((d) => compareMoney(d, c) === 0),
  );
  const taken = new Map<string, number>(); // by JSON [warehouse, sku]
  const available = (w: string, sku: string, local: Map<string, number>) => {
    const raw = view.available(w, sku);
    const base = Number.isFinite(raw) && raw > 0 ? Math.floor(raw) : 0;
    const before = taken.get(JSON.stringify([w, sku])) ?? 0;
    return Math.max(0, base - before - (local.get(sku) ?? 0));
  };
  // Units of a need a warehouse can ship, at most `wanted`, taken into `local`.
  const fill = (w: string, n: Need, wanted: number, local: Map<string, number>) => {
    const units = Math.min(
      wanted,
      ...n.parts.map((p) => Math.floor(available(w, p.sku, local) / p.per)),
    );
    if (units <= 0) return 0;
    for (const p of n.parts) local.set(p.sku, (local.get(p.sku) ?? 0) + units * p.per);
    return units;
  };
  const own = policy.skuCapabilities ?? {};
  const capsOf = (sku: string) => (Object.hasOwn(own, sku) ? (own[sku] ?? []) : []);
  const threshold = typeof policy.split === 'object' ? money(policy.split.minOrderValue) : null;

  return orders.map((order) => {
    const country = order.shippingAddress.country;
    const needs: Need[] = [];
    for (const line of order.lines) {
      const units = line.quantities.ordered - line.quantities.cancelled - line.quantities.allocated;
      if (!Number.isSafeInteger(units) || units <= 0) continue;
      const parts = line.components?.length ? line.components : [{ sku: line.sku, quantity: 1 }];
      const caps = [...new Set([line.sku, ...parts.map((p) => p.sku)].flatMap(capsOf))];
      needs.push({
        line,
        units,
        parts: parts.map((p) => ({ sku: p.sku, per: Math.max(1, Math.floor(p.quantity)) })),
        caps: caps.sort(compareIds),
      });
    }
    const total = needs.reduce((sum, n) => sum + n.units, 0);
    const skus = [...new Set(needs.flatMap((n) => n.parts.map((p) => p.sku)))];

    const rejected: WarehouseExplanation[] = [];
    const reject = (w: Warehouse, reasons: RouteReason[]) => {
      rejected.push({ warehouseId: w.warehouseId, verdict: 'rejected', reasons });
    };
    const eligible = needs.map(() => false);
    const candidates: Candidate[] = [];
    for (const [index, w] of sorted.entries()) {
      if (!w.enabled) {
        reject(w, [{ code: 'disabled' }]);
        continue;
      }
      if (w.countries !== '*' && !w.countries.includes(country)) {
        reject(w, [{ code: 'country_not_served', country }]);
        continue;
      }
      const servable = needs.map((n) => n.caps.every((c) => w.capabilities.includes(c)));
      servable.forEach((s, i) => (eligible[i] ||= s));
      if (needs.length > 0 && !servable.includes(true)) {
        const missing = [...new Set(needs.flatMap((n) => n.caps))].filter(
          (c) => !w.capabilities.includes(c),
        );
        reject(
          w,
          missing
            .sort(compareIds)
            .map((capability) => ({ code: 'capability_missing', capability })),
        );
        continue;
      }
      const local = new Map<string, number>();
      const coverable = needs.reduce(
        (sum, n, i) => sum + (servable[i] ? fill(w.warehouseId, n, n.units, local) : 0),
        0,
      );
      if (needs.length > 0 && coverable === 0) {
        reject(w, [{ code: 'out_of_stock' }]);
        continue;
      }
      candidates.push({
        w,
        servable,
        complete: coverable === total,
        coverable,
        priority: w.zones?.find((z) => z.countries.includes(country))?.priority ?? w.priority,
        cost: costRanks[index] ?? 0,
        balance: skus.reduce((sum, sku) => sum + available(w.warehouseId, sku, new Map()), 0),
      });
    }
    const rank = (c: Candidate) => [c.complete ? 0 : 1, c.priority, c.cost, -c.balance];
    candidates.sort((a, b) => {
      const [ra, rb] = [rank(a), rank(b)];
      const i = ra.findIndex((x, j) => x !== rb[j]);
      return i >= 0 ? (ra[i] ?? 0) - (rb[i] ?? 0) : compareIds(a.w.warehouseId, b.w.warehouseId);
    });

    const grandTotal = parseMoneyJson(order.totals.grandTotal);
    const split =
      policy.split === 'allowed' ||
      (threshold !== null &&
        grandTotal.ok &&
        grandTotal.value.currency === threshold.currency &&
        compareMoney(grandTotal.value, threshold) >= 0);
    const remaining = needs.map((n) => n.units);
    const chosen = new Map<Candidate, { lines: RouteLine[]; local: Map<string, number> }>();
    for (const c of candidates) {
      if (chosen.size >= (split ? policy.maxParcels : 1) || remaining.every((r) => r === 0)) break;
      const local = new Map<string, number>();
      const lines: RouteLine[] = [];
      needs.forEach((n, i) => {
        const wanted = remaining[i] ?? 0;
        const got = c.servable[i] && wanted > 0 ? fill(c.w.warehouseId, n, wanted, local) : 0;
        remaining[i] = wanted - got;
        if (got > 0) lines.push({ lineId: n.line.lineId, sku: n.line.sku, quantity: got });
      });
      if (lines.length > 0) chosen.set(c, { lines, local });
    }
    const missing = remaining.some((r) => r > 0);
    const held = missing && policy.backorder === 'hold_order';
    for (const [c, { local }] of held ? [] : chosen) {
      for (const [sku, q] of local) {
        const key = JSON.stringify([c.w.warehouseId, sku]);
        taken.set(key, (taken.get(key) ?? 0) + q);
      }
    }

    // Read after the allocations are taken: could a warehouse left out ship one more unit?
    const stillHas = (c: Candidate, i: number) => {
      const n = needs[i];
      return (
        n !== undefined && c.servable[i] === true && fill(c.w.warehouseId, n, 1, new Map()) > 0
      );
    };
    const backorders: RouteBackorder[] = [];
    needs.forEach((n, i) => {
      const quantity = held ? n.units : (remaining[i] ?? 0);
      if (quantity === 0) return;
      let reason: RouteBackorder['reason'] = 'insufficient_stock';
      if (held) reason = 'order_held';
      else if (!eligible[i]) reason = 'no_eligible_warehouse';
      else if (candidates.some((c) => !chosen.has(c) && stillHas(c, i))) {
        reason = split ? 'parcel_limit' : 'split_not_allowed';
      }
      backorders.push({ lineId: n.line.lineId, quantity, reason });
    });
    const explained = candidates.map((c): WarehouseExplanation => {
      const reasons: RouteReason[] = [
        c.complete ? { code: 'complete' } : { code: 'partial', units: c.coverable, of: total },
        { code: 'priority', priority: c.priority },
        { code: 'cost', cost: c.w.costPerParcel },
        { code: 'stock_balance', units: c.balance },
      ];
      const ships = chosen.get(c);
      if (ships !== undefined && !held) {
        const units = ships.lines.reduce((sum, l) => sum + l.quantity, 0);
        reasons.push({ code: 'allocated', units });
        return { warehouseId: c.w.warehouseId, verdict: 'chosen', reasons };
      }
      if (held) reasons.push({ code: 'order_held' });
      else if (!missing) reasons.push({ code: 'order_covered' });
      else if (!remaining.some((r, i) => r > 0 && stillHas(c, i)))
        reasons.push({ code: 'out_of_stock' });
      else if (split) reasons.push({ code: 'parcel_limit', maxParcels: policy.maxParcels });
      else reasons.push({ code: 'split_not_allowed' });
      return { warehouseId: c.w.warehouseId, verdict: 'not_needed', reasons };
    });
    return {
      allocations: held
        ? []
        : [...chosen].map(([c, { lines }]) => ({ warehouseId: c.w.warehouseId, lines })),
      backorders,
      explanation: [...explained, ...rejected],
    };
  });
}
