import { describe, expect, it } from 'vitest';
import { formatError, routeOrder, type RoutingPolicy } from '../../src/index.js';
import { line, lyon, order, paris, stockOf, warehouses } from './_fixtures.js';

const allowed: RoutingPolicy = { split: 'allowed', maxParcels: 2, backorder: 'hold_missing_lines' };
const never: RoutingPolicy = { ...allowed, split: 'never' };
// MUG: LYON 5, PARIS 1; LAMP: LYON 0, PARIS 3.
const stock = stockOf({ LYON: { MUG: 5 }, PARIS: { MUG: 1, LAMP: 3 } });
const mugsAndLamp = order([line('L1', 'MUG', 2), line('L2', 'LAMP', 1)]);
const rejected = [
  { warehouseId: 'LILLE', verdict: 'rejected', reasons: [{ code: 'disabled' }] },
  {
    warehouseId: 'MADRID',
    verdict: 'rejected',
    reasons: [{ code: 'country_not_served', country: 'FR' }],
  },
];
const lyonScore = [
  { code: 'partial', units: 2, of: 3 },
  { code: 'priority', priority: 1 },
  { code: 'cost', cost: { amount: '4.90', currency: 'EUR' as const } },
  { code: 'stock_balance', units: 5 },
];
const parisScore = [
  { code: 'partial', units: 2, of: 3 },
  { code: 'priority', priority: 2 },
  { code: 'cost', cost: { amount: '5.50', currency: 'EUR' as const } },
  { code: 'stock_balance', units: 4 },
];

describe('routeOrder', () => {
  it('splits across the ranked warehouses when allowed', () => {
    // Neither completes the order; LYON ranks first by priority and takes both mugs, PARIS the lamp.
    expect(routeOrder(mugsAndLamp, warehouses, stock, allowed)).toEqual({
      ok: true,
      value: {
        allocations: [
          { warehouseId: 'LYON', lines: [{ lineId: 'L1', sku: 'MUG', quantity: 2 }] },
          { warehouseId: 'PARIS', lines: [{ lineId: 'L2', sku: 'LAMP', quantity: 1 }] },
        ],
        backorders: [],
        explanation: [
          {
            warehouseId: 'LYON',
            verdict: 'chosen',
            reasons: [...lyonScore, { code: 'allocated', units: 2 }],
          },
          {
            warehouseId: 'PARIS',
            verdict: 'chosen',
            reasons: [...parisScore, { code: 'allocated', units: 1 }],
          },
          ...rejected,
        ],
      },
    });
  });

  it('with split never, ships from the best warehouse and back-orders the rest', () => {
    const plan = routeOrder(mugsAndLamp, warehouses, stock, never);
    expect(plan).toEqual({
      ok: true,
      value: {
        allocations: [{ warehouseId: 'LYON', lines: [{ lineId: 'L1', sku: 'MUG', quantity: 2 }] }],
        backorders: [{ lineId: 'L2', quantity: 1, reason: 'split_not_allowed' }],
        explanation: [
          {
            warehouseId: 'LYON',
            verdict: 'chosen',
            reasons: [...lyonScore, { code: 'allocated', units: 2 }],
          },
          {
            warehouseId: 'PARIS',
            verdict: 'not_needed',
            reasons: [...parisScore, { code: 'split_not_allowed' }],
          },
          ...rejected,
        ],
      },
    });
  });

  it('with hold_order, allocates nothing while a unit is missing', () => {
    const plan = routeOrder(mugsAndLamp, warehouses, stock, { ...never, backorder: 'hold_order' });
    expect(plan.ok && plan.value.allocations).toEqual([]);
    expect(plan.ok && plan.value.backorders).toEqual([
      { lineId: 'L1', quantity: 2, reason: 'order_held' },
      { lineId: 'L2', quantity: 1, reason: 'order_held' },
    ]);
    expect(plan.ok && plan.value.explanation.map((e) => [e.warehouseId, e.verdict])).toEqual([
      ['LYON', 'not_needed'],
      ['PARIS', 'not_needed'],
      ['LILLE', 'rejected'],
      ['MADRID', 'rejected'],
    ]);
  });

  it('prefers a warehouse that completes the order over a better priority', () => {
    const full = stockOf({ LYON: { MUG: 5 }, PARIS: { MUG: 2, LAMP: 3 } });
    const plan = routeOrder(mugsAndLamp, warehouses, full, allowed);
    expect(plan.ok && plan.value.allocations).toEqual([
      {
        warehouseId: 'PARIS',
        lines: [
          { lineId: 'L1', sku: 'MUG', quantity: 2 },
          { lineId: 'L2', sku: 'LAMP', quantity: 1 },
        ],
      },
    ]);
    expect(plan.ok && plan.value.explanation[1]).toEqual({
      warehouseId: 'LYON',
      verdict: 'not_needed',
      reasons: [...lyonScore, { code: 'order_covered' }],
    });
  });

  it('breaks ties by cost, then stock balance, then id', () => {
    const a = {
      ...lyon,
      warehouseId: 'A',
      costPerParcel: { amount: '5', currency: 'EUR' as const },
    };
    const b = {
      ...lyon,
      warehouseId: 'B',
      costPerParcel: { amount: '4.99', currency: 'EUR' as const },
    };
    const c = {
      ...lyon,
      warehouseId: 'C',
      costPerParcel: { amount: '4.99', currency: 'EUR' as const },
    };
    const one = order([line('L1', 'MUG', 1)]);
    const chosen = (s: Record<string, Record<string, number>>) => {
      const plan = routeOrder(one, [a, b, c], stockOf(s), never);
      return plan.ok ? plan.value.allocations.map((x) => x.warehouseId) : [];
    };
    expect(chosen({ A: { MUG: 9 }, B: { MUG: 1 }, C: { MUG: 1 } })).toEqual(['B']); // cost, then id
    expect(chosen({ A: { MUG: 9 }, B: { MUG: 1 }, C: { MUG: 2 } })).toEqual(['C']); // balance
  });

  it('uses a zone priority over the default priority', () => {
    const near = { ...paris, zones: [{ countries: ['FR'], priority: 0 }] };
    const plan = routeOrder(mugsAndLamp, [lyon, near], stock, never);
    expect(plan.ok && plan.value.allocations.map((x) => x.warehouseId)).toEqual(['PARIS']);
  });

  it('honours required capabilities per SKU', () => {
    const acid = order([line('L1', 'ACID', 1)]);
    const s = stockOf({ LYON: { ACID: 4 }, PARIS: { ACID: 0 } });
    const plan = routeOrder(acid, [lyon, paris], s, {
      ...allowed,
      skuCapabilities: { ACID: ['hazmat'] },
    });
    expect(plan).toEqual({
      ok: true,
      value: {
        allocations: [],
        backorders: [{ lineId: 'L1', quantity: 1, reason: 'insufficient_stock' }],
        explanation: [
          {
            warehouseId: 'LYON',
            verdict: 'rejected',
            reasons: [{ code: 'capability_missing', capability: 'hazmat' }],
          },
          { warehouseId: 'PARIS', verdict: 'rejected', reasons: [{ code: 'out_of_stock' }] },
        ],
      },
    });
    const none = routeOrder(acid, [lyon], s, { ...allowed, skuCapabilities: { ACID: ['hazmat'] } });
    expect(none.ok && none.value.backorders).toEqual([
      { lineId: 'L1', quantity: 1, reason: 'no_eligible_warehouse' },
    ]);
  });

  it('splits above minOrderValue only', () => {
    const at = (min: string) => {
      const p: RoutingPolicy = {
        ...allowed,
        split: { minOrderValue: { amount: min, currency: 'EUR' as const } },
      };
      const plan = routeOrder(mugsAndLamp, warehouses, stock, p);
      return plan.ok ? plan.value.allocations.length : -1;
    };
    expect(at('30.00')).toBe(2); // the grand total is 30.00 EUR
    expect(at('30.01')).toBe(1);
  });

  it('stops at maxParcels', () => {
    const plan = routeOrder(mugsAndLamp, warehouses, stock, { ...allowed, maxParcels: 1 });
    expect(plan.ok && plan.value.backorders).toEqual([
      { lineId: 'L2', quantity: 1, reason: 'parcel_limit' },
    ]);
    expect(plan.ok && plan.value.explanation[1]?.reasons.at(-1)).toEqual({
      code: 'parcel_limit',
      maxParcels: 1,
    });
  });

  it('routes only units neither cancelled nor allocated', () => {
    const o = order([
      line('L1', 'MUG', 4, { cancelled: 1, allocated: 2 }),
      line('L2', 'LAMP', 1, { cancelled: 1 }),
    ]);
    const plan = routeOrder(o, warehouses, stock, never);
    expect(plan.ok && plan.value.allocations).toEqual([
      { warehouseId: 'LYON', lines: [{ lineId: 'L1', sku: 'MUG', quantity: 1 }] },
    ]);
    expect(plan.ok && plan.value.backorders).toEqual([]);
  });

  it('takes all components of a bundle unit in one warehouse', () => {
    // One KIT = 2 MUG + 1 LAMP. PARIS: floor(3 / 2) = 1 kit; LYON has no LAMP: 0 kits.
    const kit = {
      ...line('K', 'KIT', 2),
      components: [
        { sku: 'MUG', quantity: 2 },
        { sku: 'LAMP', quantity: 1 },
      ],
    };
    const s = stockOf({ LYON: { MUG: 5 }, PARIS: { MUG: 3, LAMP: 3 } });
    const plan = routeOrder(order([kit]), [lyon, paris], s, allowed);
    expect(plan.ok && plan.value.allocations).toEqual([
      { warehouseId: 'PARIS', lines: [{ lineId: 'K', sku: 'KIT', quantity: 1 }] },
    ]);
    expect(plan.ok && plan.value.backorders).toEqual([
      { lineId: 'K', quantity: 1, reason: 'insufficient_stock' },
    ]);
    expect(plan.ok && plan.value.explanation[1]).toEqual({
      warehouseId: 'LYON',
      verdict: 'rejected',
      reasons: [{ code: 'out_of_stock' }],
    });
  });

  it('returns typed errors for a bad policy or warehouse list', () => {
    const bad = routeOrder(mugsAndLamp, warehouses, stock, { ...allowed, maxParcels: 0 });
    expect(bad).toEqual({
      ok: false,
      error: { code: 'routing/policy_invalid', field: 'maxParcels', received: '0' },
    });
    expect(routeOrder(mugsAndLamp, [lyon, lyon], stock, allowed)).toEqual({
      ok: false,
      error: {
        code: 'routing/warehouse_invalid',
        index: 1,
        warehouseId: '',
        field: 'warehouseId',
        reason: 'duplicate',
      },
    });
    const gbp = { ...paris, costPerParcel: { amount: '5', currency: 'GBP' as const } };
    const mixed = routeOrder(mugsAndLamp, [lyon, gbp], stock, allowed);
    expect(mixed.ok || mixed.error).toEqual({
      code: 'routing/warehouse_invalid',
      index: 1,
      warehouseId: 'PARIS',
      field: 'costPerParcel',
      reason: 'currency_mismatch',
    });
    const lower = routeOrder(mugsAndLamp, [{ ...lyon, countries: ['fr'] }], stock, allowed);
    expect(
      lower.ok || (lower.error.code === 'routing/warehouse_invalid' && lower.error.field),
    ).toBe('countries');
    expect(mixed.ok || formatError(mixed.error, 'en')).toBe(
      'Warehouse 1 ("PARIS"): "costPerParcel" is in another currency than the first warehouse. Correct the warehouse list, then route again.',
    );
    expect(bad.ok || formatError(bad.error, 'fr')).toContain('« maxParcels »');
  });

  it('never throws on malformed policies or warehouses', () => {
    const junk: unknown[] = [
      null,
      1,
      'x',
      {},
      { split: 'always' },
      { split: { minOrderValue: 'x' } },
    ];
    for (const p of junk) {
      const r = routeOrder(mugsAndLamp, warehouses, stock, p as RoutingPolicy);
      expect(r.ok).toBe(false);
    }
    const w = routeOrder(mugsAndLamp, [null, { warehouseId: 'X' }] as never, stock, allowed);
    expect(w.ok).toBe(false);
  });

  it('reads only the policy’s own capability entries, not names inherited by every object', () => {
    // A SKU named like an Object.prototype member needs no capability unless the policy says so.
    const table = stockOf({ LYON: { constructor: 3, toString: 2 } });
    const policy: RoutingPolicy = { ...allowed, skuCapabilities: { toString: ['hazmat'] } };
    const plan = routeOrder(
      order([line('L1', 'constructor', 2), line('L2', 'toString', 1)]),
      warehouses,
      table,
      policy,
    );
    // LYON has no hazmat: it ships L1; PARIS (hazmat, no stock) cannot ship L2.
    expect(plan.ok && plan.value.allocations).toEqual([
      { warehouseId: 'LYON', lines: [{ lineId: 'L1', sku: 'constructor', quantity: 2 }] },
    ]);
    expect(plan.ok && plan.value.backorders).toEqual([
      { lineId: 'L2', quantity: 1, reason: 'insufficient_stock' },
    ]);
  });
});
