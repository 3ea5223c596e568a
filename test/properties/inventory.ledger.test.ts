import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import {
  applyStock,
  decideStock,
  emptyStockState,
  listReservations,
  replayStock,
  validateBundleCatalogue,
  type StockCommand,
  type StockEvent,
  type StockState,
} from '../../src/index.js';

// The invariant proved, per (warehouse, sku), after every command of any interleaving of
// reserve / release / ship / adjust / count / setSafety (refused ones included):
//   onHand ≥ 0, reserved ≥ 0, safety ≥ 0, every reservation ≥ 1,
//   reserved = Σ reservation quantities of that warehouse and SKU,
//   reserved − onHand ≤ U, where U is the total `uncovered` of the last stock.counted event of
//   that warehouse and SKU (0 when none): Σ reservations ≤ onHand unless a count reported the
//   uncovered reservations, and the shortfall never grows after that count.

const catalogue = (() => {
  const c = validateBundleCatalogue([
    {
      sku: 'KIT',
      components: [
        { sku: 'A', quantity: 2 },
        { sku: 'B', quantity: 1 },
      ],
    },
  ]);
  if (!c.ok) throw new Error('catalogue');
  return c.value;
})();

const at = '2025-03-01T09:00:00Z';
const actor = { kind: 'system', id: 'test' } as const;
const warehouse = fc.constantFrom('W1', 'W2');
const sku = fc.constantFrom('A', 'B', 'C');
const lineSku = fc.constantFrom('A', 'B', 'C', 'KIT');
const units = {
  orderId: fc.constantFrom('O1', 'O2', 'O3'),
  lineId: fc.constantFrom('L1', 'L2'),
  warehouseId: warehouse,
  sku: lineSku,
  quantity: fc.integer({ min: -1, max: 6 }),
};

const command: fc.Arbitrary<StockCommand> = fc.oneof(
  fc.record({
    type: fc.constant('reserve' as const),
    at: fc.constant(at),
    actor: fc.constant(actor),
    ...units,
  }),
  fc.record({
    type: fc.constant('release' as const),
    at: fc.constant(at),
    actor: fc.constant(actor),
    ...units,
  }),
  fc.record({
    type: fc.constant('ship' as const),
    at: fc.constant(at),
    actor: fc.constant(actor),
    ...units,
  }),
  fc.record({
    type: fc.constant('adjust' as const),
    at: fc.constant(at),
    actor: fc.constant(actor),
    warehouseId: warehouse,
    sku,
    delta: fc.integer({ min: -8, max: 12 }),
    reasonCode: fc.constantFrom('received' as const, 'damaged' as const),
  }),
  fc.record({
    type: fc.constant('count' as const),
    at: fc.constant(at),
    actor: fc.constant(actor),
    warehouseId: warehouse,
    sku,
    counted: fc.integer({ min: -1, max: 10 }),
  }),
  fc.record({
    type: fc.constant('setSafety' as const),
    at: fc.constant(at),
    actor: fc.constant(actor),
    warehouseId: warehouse,
    sku,
    safety: fc.integer({ min: 0, max: 3 }),
  }),
);

const pairs = ['W1', 'W2'].flatMap((w) => ['A', 'B', 'C'].map((s) => [w, s] as const));
const key = (w: string, s: string) => `${w}|${s}`;

function figures(state: StockState, w: string, s: string) {
  const level = Object.values(state.levels).find((l) => l.warehouseId === w && l.sku === s);
  return level ?? { warehouseId: w, sku: s, onHand: 0, reserved: 0, safety: 0 };
}

test.prop([fc.array(command, { maxLength: 40 })], { numRuns: 1000 })(
  'any interleaving keeps the ledger invariant, conserves quantities and replays',
  (commands) => {
    let state = emptyStockState;
    const history: StockEvent[] = [];
    const uncoveredByPair = new Map<string, number>();
    for (const c of commands) {
      const decided = decideStock(state, c, { catalogue });
      if (!decided.ok) continue; // a refused command changes nothing: the state is kept as is
      const before = state;
      state = decided.value.reduce(applyStock, state);
      history.push(...decided.value);
      // Conservation: on-hand moves only by ship / adjust / count, by exactly their amounts;
      // reserved by reserve / release / ship.
      for (const [w, s] of pairs) {
        const mine = decided.value.filter((e) => e.data.warehouseId === w && e.data.sku === s);
        let onHand = figures(before, w, s).onHand;
        let reserved = figures(before, w, s).reserved;
        for (const e of mine) {
          if (e.type === 'stock.reserved') reserved += e.data.quantity;
          if (e.type === 'stock.released') reserved -= e.data.quantity;
          if (e.type === 'stock.shipped') {
            reserved -= e.data.quantity;
            onHand -= e.data.quantity;
          }
          if (e.type === 'stock.adjusted') onHand += e.data.delta;
          if (e.type === 'stock.counted') {
            expect(e.data.expected).toBe(onHand);
            expect(e.data.discrepancy).toBe(e.data.counted - e.data.expected);
            onHand = e.data.counted;
            const u = e.data.uncovered.reduce((t, r) => t + r.quantity, 0);
            expect(u).toBe(Math.max(0, reserved - e.data.counted));
            uncoveredByPair.set(key(w, s), u);
          }
        }
        expect(figures(state, w, s).onHand).toBe(onHand);
        expect(figures(state, w, s).reserved).toBe(reserved);
      }
      // Command-level amounts: a line command's events carry its quantity (× bundle units).
      if (c.type === 'reserve' || c.type === 'release' || c.type === 'ship') {
        const perUnit = c.sku === 'KIT' ? { A: 2, B: 1 } : { [c.sku]: 1 };
        expect(
          decided.value.map((e) => [e.data.sku, 'quantity' in e.data ? e.data.quantity : 0]),
        ).toEqual(Object.entries(perUnit).map(([s, q]) => [s, q * c.quantity]));
      }
    }
    // The invariant, per warehouse and SKU.
    const reservations = listReservations(state);
    for (const [w, s] of pairs) {
      const level = figures(state, w, s);
      const held = reservations.filter((r) => r.warehouseId === w && r.sku === s);
      expect(level.onHand).toBeGreaterThanOrEqual(0);
      expect(level.safety).toBeGreaterThanOrEqual(0);
      expect(held.every((r) => Number.isSafeInteger(r.quantity) && r.quantity >= 1)).toBe(true);
      expect(level.reserved).toBe(held.reduce((t, r) => t + r.quantity, 0));
      expect(level.reserved - level.onHand).toBeLessThanOrEqual(
        uncoveredByPair.get(key(w, s)) ?? 0,
      );
    }
    // Replay equals the live state.
    expect(replayStock(history)).toEqual(state);
  },
);

test.prop([fc.array(command, { maxLength: 30 }), command], { numRuns: 1000 })(
  'a refused command leaves the ledger untouched and a decided one never goes negative',
  (commands, last) => {
    const state = commands.reduce((s, c) => {
      const d = decideStock(s, c, { catalogue });
      return d.ok ? d.value.reduce(applyStock, s) : s;
    }, emptyStockState);
    const snapshot = structuredClone(state);
    const decided = decideStock(state, last, { catalogue });
    expect(state).toEqual(snapshot);
    if (decided.ok) {
      const next = decided.value.reduce(applyStock, state);
      for (const level of Object.values(next.levels)) {
        expect(Math.min(level.onHand, level.reserved, level.safety)).toBeGreaterThanOrEqual(0);
      }
    }
  },
);
