import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  routeBatch,
  routeOrder,
  type RoutePlan,
  type RoutingLine,
  type RoutingOrder,
  type RoutingPolicy,
  type Warehouse,
} from '../../src/index.js';

const skus = ['S1', 'S2', 'S3', 'S4'];
const countries = ['FR', 'BE', 'ES'];
const caps = ['hazmat', 'cold'];

const warehouseArb = (id: string): fc.Arbitrary<Warehouse> =>
  fc.record({
    warehouseId: fc.constant(id),
    enabled: fc.oneof(fc.constant(true), fc.boolean()),
    countries: fc.oneof(fc.constant('*' as const), fc.subarray(countries)),
    capabilities: fc.subarray(caps),
    priority: fc.integer({ min: 0, max: 3 }),
    costPerParcel: fc
      .integer({ min: 0, max: 9 })
      .map((n) => ({ amount: `${String(n)}.00`, currency: 'EUR' as const })),
  });

const warehousesArb = fc
  .uniqueArray(fc.constantFrom('A', 'B', 'C', 'D', 'E'), { minLength: 1, maxLength: 5 })
  .chain((ids) => fc.tuple(...ids.map(warehouseArb)));

const lineArb = (lineId: string): fc.Arbitrary<RoutingLine> =>
  fc
    .record({
      sku: fc.constantFrom(...skus),
      ordered: fc.integer({ min: 0, max: 6 }),
      cancelled: fc.integer({ min: 0, max: 6 }),
      allocated: fc.integer({ min: 0, max: 6 }),
      components: fc.option(
        fc.uniqueArray(
          fc.record({ sku: fc.constantFrom(...skus), quantity: fc.integer({ min: 1, max: 3 }) }),
          {
            minLength: 1,
            maxLength: 2,
            selector: (c) => c.sku,
          },
        ),
        { nil: undefined },
      ),
    })
    .map(({ sku, ordered, cancelled, allocated, components }) => {
      const c = Math.min(cancelled, ordered);
      const a = Math.min(allocated, ordered - c);
      const base = { lineId, sku, quantities: { ordered, cancelled: c, allocated: a } };
      return components === undefined ? base : { ...base, components };
    });

const orderArb: fc.Arbitrary<RoutingOrder> = fc.integer({ min: 1, max: 4 }).chain((n) =>
  fc.record({
    shippingAddress: fc.record({ country: fc.constantFrom(...countries) }),
    totals: fc.record({
      grandTotal: fc
        .integer({ min: 0, max: 100 })
        .map((v) => ({ amount: String(v), currency: 'EUR' as const })),
    }),
    lines: fc.tuple(...Array.from({ length: n }, (_, i) => lineArb(`L${String(i + 1)}`))),
  }),
);

const policyArb: fc.Arbitrary<RoutingPolicy> = fc.record({
  split: fc.oneof(
    fc.constant('never' as const),
    fc.constant('allowed' as const),
    fc
      .integer({ min: 0, max: 100 })
      .map((v) => ({ minOrderValue: { amount: String(v), currency: 'EUR' as const } })),
  ),
  maxParcels: fc.integer({ min: 1, max: 3 }),
  backorder: fc.constantFrom('hold_missing_lines' as const, 'hold_order' as const),
  skuCapabilities: fc.dictionary(fc.constantFrom(...skus), fc.subarray(caps), { maxKeys: 2 }),
});

type Table = Record<string, Record<string, number>>;
const stockArb: fc.Arbitrary<Table> = fc.dictionary(
  fc.constantFrom('A', 'B', 'C', 'D', 'E'),
  fc.dictionary(fc.constantFrom(...skus), fc.integer({ min: 0, max: 8 })),
);
const view = (t: Table) => ({ available: (w: string, s: string) => t[w]?.[s] ?? 0 });

const partsOf = (l: RoutingLine) => l.components ?? [{ sku: l.sku, quantity: 1 }];
const toRoute = (l: RoutingLine) =>
  l.quantities.ordered - l.quantities.cancelled - l.quantities.allocated;

/** Units of each (warehouse, sku) the plans take, counting bundle components. */
function usage(pairs: readonly [RoutingOrder, RoutePlan][]): Map<string, number> {
  const used = new Map<string, number>();
  for (const [order, plan] of pairs) {
    for (const a of plan.allocations) {
      for (const rl of a.lines) {
        const l = order.lines.find((x) => x.lineId === rl.lineId);
        for (const p of l === undefined ? [] : partsOf(l)) {
          const k = `${a.warehouseId}/${p.sku}`;
          used.set(k, (used.get(k) ?? 0) + rl.quantity * p.quantity);
        }
      }
    }
  }
  return used;
}

const withinStock = (used: Map<string, number>, t: Table) =>
  [...used].every(([k, q]) => {
    const [w = '', s = ''] = k.split('/');
    return q <= (t[w]?.[s] ?? 0);
  });

/** An eligible warehouse that holds every unit of the order on its own, by direct count. */
function completesAlone(w: Warehouse, o: RoutingOrder, t: Table, p: RoutingPolicy): boolean {
  if (!w.enabled || (w.countries !== '*' && !w.countries.includes(o.shippingAddress.country)))
    return false;
  const need = new Map<string, number>();
  for (const l of o.lines) {
    const units = toRoute(l);
    if (units === 0) continue;
    const required = [l.sku, ...partsOf(l).map((x) => x.sku)].flatMap(
      (s) => p.skuCapabilities?.[s] ?? [],
    );
    if (!required.every((c) => w.capabilities.includes(c))) return false;
    for (const part of partsOf(l))
      need.set(part.sku, (need.get(part.sku) ?? 0) + units * part.quantity);
  }
  return [...need].every(([s, q]) => q <= (t[w.warehouseId]?.[s] ?? 0));
}

describe('routing laws', () => {
  test.prop([orderArb, warehousesArb, stockArb, policyArb], { numRuns: 1000 })(
    'a plan respects stock, conserves units, uses chosen warehouses only and is deterministic',
    (order, warehouses, table, policy) => {
      const routed = routeOrder(order, warehouses, view(table), policy);
      expect(routed.ok).toBe(true);
      if (!routed.ok) return;
      const plan = routed.value;
      expect(withinStock(usage([[order, plan]]), table)).toBe(true);
      for (const l of order.lines) {
        const allocated = plan.allocations
          .flatMap((a) => a.lines)
          .filter((x) => x.lineId === l.lineId);
        const back = plan.backorders.filter((b) => b.lineId === l.lineId);
        const sum = [...allocated, ...back].reduce((s, x) => s + x.quantity, 0);
        expect(sum).toBe(toRoute(l));
      }
      const verdicts = new Map(plan.explanation.map((e) => [e.warehouseId, e.verdict]));
      expect(verdicts.size).toBe(warehouses.length);
      for (const a of plan.allocations) expect(verdicts.get(a.warehouseId)).toBe('chosen');
      expect([...verdicts.values()].filter((v) => v === 'chosen').length).toBe(
        plan.allocations.length,
      );
      if (policy.split === 'never') expect(plan.allocations.length).toBeLessThanOrEqual(1);
      const reversed = routeOrder(order, [...warehouses].reverse(), view(table), policy);
      expect(reversed).toEqual(routed);
      if (
        order.lines.some((l) => toRoute(l) > 0) &&
        warehouses.some((w) => completesAlone(w, order, table, policy))
      ) {
        expect(plan.allocations.length).toBe(1);
        expect(plan.backorders).toEqual([]);
      }
    },
  );

  test.prop([fc.array(orderArb, { maxLength: 6 }), warehousesArb, stockArb, policyArb], {
    numRuns: 1000,
  })(
    'a batch never oversells shared stock and leaves the caller’s stock untouched',
    (orders, warehouses, table, policy) => {
      const before = structuredClone(table);
      const plans = routeBatch(orders, warehouses, view(table), policy);
      expect(plans.ok).toBe(true);
      if (!plans.ok) return;
      expect(plans.value.length).toBe(orders.length);
      const pairs = orders.map(
        (o, i) => [o, plans.value[i] as RoutePlan] as [RoutingOrder, RoutePlan],
      );
      expect(withinStock(usage(pairs), table)).toBe(true);
      expect(table).toEqual(before);
      // The first order sees the whole stock: its plan equals routing it alone.
      const first = orders[0];
      if (first !== undefined)
        expect(routeOrder(first, warehouses, view(table), policy)).toEqual({
          ok: true,
          value: plans.value[0],
        });
    },
  );
});
