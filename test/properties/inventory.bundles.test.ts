import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import {
  applyStock,
  available,
  bundleAvailable,
  decideStock,
  emptyStockState,
  findStockLevel,
  validateBundleCatalogue,
  type StockState,
} from '../../src/index.js';

// KIT = 2 × A + 1 × B + 3 × C; BOX = 1 × KIT + 1 × D (nested): BOX = 2 A + 1 B + 3 C + 1 D.
const parts = { KIT: { A: 2, B: 1, C: 3 }, BOX: { A: 2, B: 1, C: 3, D: 1 } } as const;
const catalogue = (() => {
  const c = validateBundleCatalogue([
    {
      sku: 'KIT',
      components: [
        { sku: 'A', quantity: 2 },
        { sku: 'B', quantity: 1 },
        { sku: 'C', quantity: 3 },
      ],
    },
    {
      sku: 'BOX',
      components: [
        { sku: 'KIT', quantity: 1 },
        { sku: 'D', quantity: 1 },
      ],
    },
  ]);
  if (!c.ok) throw new Error('catalogue');
  return c.value;
})();

const at = '2025-03-01T09:00:00Z';
const actor = { kind: 'wms', id: 'wms' } as const;
const stocked = ['A', 'B', 'C', 'D'] as const;

/** A ledger with random on-hand, safety and foreign reservations in W1 and W2. */
const ledger: fc.Arbitrary<StockState> = fc
  .array(
    fc.record({
      w: fc.constantFrom('W1', 'W2'),
      s: fc.constantFrom(...stocked),
      onHand: fc.integer({ min: 0, max: 20 }),
      safety: fc.integer({ min: 0, max: 3 }),
      held: fc.integer({ min: 0, max: 8 }),
    }),
    { maxLength: 10 },
  )
  .map((rows) =>
    rows.reduce((state, r, i) => {
      let s = state;
      for (const c of [
        { type: 'count', at, actor, warehouseId: r.w, sku: r.s, counted: r.onHand },
        { type: 'setSafety', at, actor, warehouseId: r.w, sku: r.s, safety: r.safety },
        {
          type: 'reserve',
          at,
          actor,
          orderId: `X${String(i)}`,
          lineId: 'L',
          warehouseId: r.w,
          sku: r.s,
          quantity: r.held,
        },
      ] as const) {
        const d = decideStock(s, c);
        if (d.ok) s = d.value.reduce(applyStock, s);
      }
      return s;
    }, emptyStockState),
  );

const bundle = fc.constantFrom('KIT' as const, 'BOX' as const);

test.prop([ledger, fc.constantFrom('W1', 'W2'), bundle], { numRuns: 1000 })(
  'a bundle is reported available n only when every component has n × its units, not n + 1',
  (state, w, sku) => {
    const n = bundleAvailable(state, catalogue, w, sku);
    const free = (s: string) => available(findStockLevel(state, w, s));
    const components = Object.entries(parts[sku]);
    expect(components.every(([s, q]) => free(s) >= n * q)).toBe(true);
    expect(components.some(([s, q]) => free(s) < (n + 1) * q)).toBe(true);
    if (components.some(([s, q]) => free(s) < q)) expect(n).toBe(0);
  },
);

test.prop([ledger, fc.constantFrom('W1', 'W2'), bundle, fc.integer({ min: 1, max: 6 })], {
  numRuns: 1000,
})('a bundle reservation is all components in one warehouse, or nothing', (state, w, sku, q) => {
  const decided = decideStock(
    state,
    { type: 'reserve', at, actor, orderId: 'O', lineId: 'L1', warehouseId: w, sku, quantity: q },
    { catalogue },
  );
  const n = bundleAvailable(state, catalogue, w, sku);
  expect(decided.ok).toBe(n >= q);
  if (!decided.ok) {
    expect(decided.error.code).toBe('inventory/insufficient_stock');
    return;
  }
  expect(
    decided.value.map((e) => [
      e.type,
      e.data.warehouseId,
      e.data.sku,
      'quantity' in e.data ? e.data.quantity : 0,
    ]),
  ).toEqual(Object.entries(parts[sku]).map(([s, u]) => ['stock.reserved', w, s, u * q]));
  const next = decided.value.reduce(applyStock, state);
  for (const [s, u] of Object.entries(parts[sku])) {
    expect(findStockLevel(next, w, s).reserved - findStockLevel(state, w, s).reserved).toBe(u * q);
  }
});
