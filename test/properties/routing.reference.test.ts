import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  routeBatch,
  type RoutingLine,
  type RoutingOrder,
  type RoutingPolicy,
  type StockView,
  type Warehouse,
} from '../../src/index.js';
import { referenceBatch } from '../routing/_reference.js';

// routeBatch memoizes per country and per figure, reads each stock cell once and shares frozen
// explanations between plans; the plans must still be those of the plain reference.

// Few SKUs, warehouses and countries, so orders compete for the same stock and memoized
// verdicts are reused; 'constructor' checks that only the policy's own entries count.
const skus = ['S1', 'S2', 'S3', 'constructor'];
const countries = ['FR', 'BE', 'ES', 'DE'];
const caps = ['hazmat', 'cold'];
const ids = ['A', 'B', 'C', 'D', 'E', 'F'];

const warehouseArb = (warehouseId: string): fc.Arbitrary<Warehouse> =>
  fc.record(
    {
      warehouseId: fc.constant(warehouseId),
      enabled: fc.oneof(fc.constant(true), fc.boolean()),
      countries: fc.oneof(fc.constant('*' as const), fc.subarray(countries)),
      zones: fc.array(
        fc.record({ countries: fc.subarray(countries), priority: fc.integer({ min: 0, max: 3 }) }),
        { maxLength: 2 },
      ),
      capabilities: fc.subarray(caps),
      priority: fc.integer({ min: 0, max: 3 }),
      costPerParcel: fc
        .constantFrom('1.00', '2.50', '2.5', '3.00')
        .map((amount) => ({ amount, currency: 'EUR' as const })),
    },
    {
      requiredKeys: [
        'warehouseId',
        'enabled',
        'countries',
        'capabilities',
        'priority',
        'costPerParcel',
      ],
    },
  );

const warehousesArb = fc
  .uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: ids.length })
  .chain((chosen) => fc.tuple(...chosen.map(warehouseArb)));

const lineArb = (lineId: string): fc.Arbitrary<RoutingLine> =>
  fc
    .record({
      sku: fc.constantFrom(...skus),
      ordered: fc.integer({ min: 0, max: 6 }),
      cancelled: fc.integer({ min: 0, max: 2 }),
      allocated: fc.integer({ min: 0, max: 2 }),
      // Components may repeat a SKU or ask for 0 or 1.5 per unit (counted as 1).
      components: fc.option(
        fc.array(
          fc.record({ sku: fc.constantFrom(...skus), quantity: fc.constantFrom(0, 1, 1.5, 2, 3) }),
          { minLength: 1, maxLength: 3 },
        ),
        { nil: undefined },
      ),
    })
    .map(({ components, ordered, cancelled, allocated, sku }) => {
      const base = { lineId, sku, quantities: { ordered, cancelled, allocated } };
      return components === undefined ? base : { ...base, components };
    });

const orderArb: fc.Arbitrary<RoutingOrder> = fc.integer({ min: 1, max: 4 }).chain((n) =>
  fc.record({
    shippingAddress: fc.record({ country: fc.constantFrom(...countries, 'IT') }),
    totals: fc.record({
      grandTotal: fc.oneof(
        fc
          .integer({ min: 0, max: 100 })
          .map((v) => ({ amount: `${String(v)}.00`, currency: 'EUR' as const })),
        fc.constant({ amount: '80.00', currency: 'GBP' as const }),
      ),
    }),
    lines: fc.tuple(...Array.from({ length: n }, (_, i) => lineArb(`L${String(i + 1)}`))),
  }),
);

const policyArb: fc.Arbitrary<RoutingPolicy> = fc.record({
  split: fc.oneof(
    fc.constantFrom('never' as const, 'allowed' as const),
    fc
      .integer({ min: 0, max: 100 })
      .map((v) => ({ minOrderValue: { amount: String(v), currency: 'EUR' as const } })),
  ),
  maxParcels: fc.integer({ min: 1, max: 3 }),
  backorder: fc.constantFrom('hold_missing_lines' as const, 'hold_order' as const),
  skuCapabilities: fc.dictionary(fc.constantFrom(...skus), fc.subarray(caps), { maxKeys: 3 }),
});

// Stock figures a host may return: whole numbers, fractions (floored), and values that count as 0.
const unitsArb = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 9 }) },
  { weight: 1, arbitrary: fc.constantFrom(2.7, -3, Number.NaN, Number.POSITIVE_INFINITY) },
);
const stockArb = fc.dictionary(
  fc.constantFrom(...ids),
  fc.dictionary(fc.constantFrom(...skus), unitsArb),
);

describe('routing against a plain reference', () => {
  test.prop([fc.array(orderArb, { maxLength: 8 }), warehousesArb, stockArb, policyArb], {
    numRuns: 1000,
  })(
    'routeBatch gives the plans of the reference, order after order',
    (orders, warehouses, table, policy) => {
      const view: StockView = { available: (w, s) => table[w]?.[s] ?? 0 };
      const plans = routeBatch(orders, warehouses, view, policy);
      expect(plans).toStrictEqual({
        ok: true,
        value: referenceBatch(orders, warehouses, view, policy),
      });
    },
  );
});
