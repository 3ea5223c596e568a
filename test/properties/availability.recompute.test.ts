import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import {
  createAvailabilityIndex,
  recomputeAvailability,
  validateBundleCatalogue,
  type AvailabilityFigure,
  type AvailabilityPolicy,
} from '../../src/index.js';

// KIT = 2 A + B; BOX = KIT + C (nested); DUO = 3 D; PAIR = A + E. The model reads this table,
// written by hand, never the catalogue's own expansion.
const parts: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  KIT: { A: 2, B: 1 },
  BOX: { A: 2, B: 1, C: 1 },
  DUO: { D: 3 },
  PAIR: { A: 1, E: 1 },
};
const stocked = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
const everySku = [...stocked, ...Object.keys(parts)];
const warehouses = ['W1', 'W2', 'W3'] as const;

const index = (() => {
  const catalogue = validateBundleCatalogue([
    {
      sku: 'KIT',
      components: [
        { sku: 'A', quantity: 2 },
        { sku: 'B', quantity: 1 },
      ],
    },
    {
      sku: 'BOX',
      components: [
        { sku: 'KIT', quantity: 1 },
        { sku: 'C', quantity: 1 },
      ],
    },
    { sku: 'DUO', components: [{ sku: 'D', quantity: 3 }] },
    {
      sku: 'PAIR',
      components: [
        { sku: 'A', quantity: 1 },
        { sku: 'E', quantity: 1 },
      ],
    },
  ]);
  if (!catalogue.ok) throw new Error('fixture');
  return createAvailabilityIndex(catalogue.value);
})();

type Table = Map<string, number>;
const cell = (w: string, sku: string) => `${w}|${sku}`;

const bufferArb = fc.record({
  absolute: fc.integer({ min: 0, max: 6 }),
  percent: fc.integer({ min: 0, max: 10_000 }).map((bp) => bp / 100),
});
const policyArb: fc.Arbitrary<AvailabilityPolicy> = fc.record({
  mode: fc.constantFrom('cruise' as const, 'peak' as const),
  channels: fc
    .uniqueArray(fc.constantFrom('amz', 'shop', 'ebay'), { minLength: 1, maxLength: 3 })
    .chain((codes) =>
      fc.tuple(
        ...codes.map((code) =>
          fc.record({
            code: fc.constant(code),
            warehouses: fc.shuffledSubarray([...warehouses], { minLength: 1 }),
            cruise: bufferArb,
            peak: bufferArb,
          }),
        ),
      ),
    )
    .map((rules) => Object.fromEntries(rules.map(({ code, ...rule }) => [code, rule]))),
});
const changeArb = fc.record({
  w: fc.constantFrom(...warehouses),
  sku: fc.constantFrom(...stocked),
  units: fc.integer({ min: 0, max: 40 }),
});
const tableArb = fc
  .array(changeArb, { maxLength: 18 })
  .map((rows) => new Map(rows.map((r) => [cell(r.w, r.sku), r.units])));

/** The model: what one warehouse can assemble of a SKU (itself when not a bundle). */
function assemble(table: Table, w: string, sku: string): number {
  const recipe = parts[sku];
  const units = (s: string) => table.get(cell(w, s)) ?? 0;
  if (recipe === undefined) return units(sku);
  return Math.min(...Object.entries(recipe).map(([s, q]) => Math.floor(units(s) / q)));
}

/** The model's figure, the percentage rounded up with exact integers. */
function expected(table: Table, policy: AvailabilityPolicy, channel: string, sku: string) {
  const rule = policy.channels[channel];
  if (rule === undefined) throw new Error('model');
  const supply = rule.warehouses.reduce((sum, w) => sum + assemble(table, w, sku), 0);
  const { absolute, percent } = rule[policy.mode];
  const basisPoints = BigInt(Math.round(percent * 100));
  const held = Number((BigInt(supply) * basisPoints + 9_999n) / 10_000n);
  return Math.max(0, supply - absolute - held);
}

function recompute(
  table: Table,
  policy: AvailabilityPolicy,
  touched: Iterable<string>,
  published: ReadonlyMap<string, number>,
): readonly AvailabilityFigure[] {
  const result = recomputeAvailability({
    touched,
    index,
    stock: { available: (w, sku) => table.get(cell(w, sku)) ?? 0 },
    policy,
    published: (channel, sku) => published.get(cell(channel, sku)),
  });
  if (!result.ok) throw new Error(`policy refused: ${result.error.field}`);
  return result.value;
}

test.prop(
  [
    policyArb,
    tableArb,
    fc.array(fc.array(changeArb, { minLength: 1, maxLength: 4 }), { maxLength: 8 }),
  ],
  {
    numRuns: 1000,
  },
)(
  'an incremental recompute after each stock change equals a full recompute from scratch',
  (policy, initial, steps) => {
    const table = new Map(initial);
    const published = new Map<string, number>();
    const apply = (figures: readonly AvailabilityFigure[]) => {
      for (const f of figures) {
        // Only figures that change are emitted.
        expect(published.get(cell(f.channel, f.sku))).not.toBe(f.quantity);
        published.set(cell(f.channel, f.sku), f.quantity);
      }
    };
    // First publication: every SKU is new to every channel.
    const first = recompute(table, policy, everySku, published);
    expect(first).toHaveLength(Object.keys(policy.channels).length * everySku.length);
    apply(first);
    for (const step of steps) {
      for (const c of step) table.set(cell(c.w, c.sku), c.units);
      apply(
        recompute(
          table,
          policy,
          step.map((c) => c.sku),
          published,
        ),
      );
      for (const channel of Object.keys(policy.channels)) {
        for (const sku of everySku) {
          expect(published.get(cell(channel, sku))).toBe(expected(table, policy, channel, sku));
        }
      }
    }
  },
);

test.prop([policyArb, tableArb, fc.subarray(everySku)], { numRuns: 1000 })(
  'no figure is emitted when nothing changed since the last publication',
  (policy, table, touched) => {
    const published = new Map<string, number>();
    for (const f of recompute(table, policy, everySku, published)) {
      published.set(cell(f.channel, f.sku), f.quantity);
    }
    expect(recompute(table, policy, touched, published)).toEqual([]);
  },
);

test.prop([policyArb, tableArb], { numRuns: 1000 })(
  'a bundle is never published above what its warehouses can assemble, each on its own',
  (policy, table) => {
    for (const f of recompute(table, policy, Object.keys(parts), new Map())) {
      const rule = policy.channels[f.channel];
      if (rule === undefined) throw new Error('unknown channel');
      const recipe = parts[f.sku] ?? {};
      // Per warehouse: what it assembles from its own stock alone.
      const alone = rule.warehouses.reduce(
        (sum, w) =>
          sum +
          Math.min(
            ...Object.entries(recipe).map(([s, q]) => Math.floor((table.get(cell(w, s)) ?? 0) / q)),
          ),
        0,
      );
      expect(f.quantity).toBeLessThanOrEqual(alone);
      // Never more than components pooled across the warehouses would allow either.
      const pooled = Math.min(
        ...Object.entries(recipe).map(([s, q]) =>
          Math.floor(rule.warehouses.reduce((n, w) => n + (table.get(cell(w, s)) ?? 0), 0) / q),
        ),
      );
      expect(f.quantity).toBeLessThanOrEqual(pooled);
    }
  },
);
