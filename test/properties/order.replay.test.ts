import { test } from '@fast-check/vitest';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect } from 'vitest';
import {
  apply,
  checkQuantities,
  compareMoney,
  parseMoneyJson,
  replay,
  type OrderState,
} from '../../src/index.js';
import { arbitraryOrderHistory } from '../../src/testing/index.js';

/** Units of each line in parcels, recomputed from the parcels. */
function packedUnits(state: OrderState, lineId: string): number {
  return Object.values(state.parcels)
    .flatMap((p) => p.lines)
    .filter((l) => l.lineId === lineId)
    .reduce((n, l) => n + l.quantity, 0);
}

describe('order replay', () => {
  test.prop([arbitraryOrderHistory()], { numRuns: 1000 })(
    'replay(events) deep-equals the live state, also after a JSON round trip',
    (history) => {
      const replayed = replay(history.events);
      // node's deep equality is much faster than vitest's; toEqual only runs to show a diff.
      if (!isDeepStrictEqual(replayed, history.state)) expect(replayed).toEqual(history.state);
      const stored = JSON.parse(JSON.stringify(history.events)) as typeof history.events;
      const fromStore = replay(stored);
      if (!isDeepStrictEqual(fromStore, history.state)) expect(fromStore).toEqual(history.state);
    },
  );

  test.prop([arbitraryOrderHistory()], { numRuns: 1000 })(
    'every prefix of a history keeps quantities conserved, reallocations included, and refunds within what was paid',
    (history) => {
      const first = history.events[0];
      if (first?.type !== 'order.captured') throw new Error('a history starts with the capture');
      const ordered = new Map(first.data.order.lines.map((l) => [l.lineId, l.quantities.ordered]));
      let state: OrderState | undefined;
      history.events.forEach((event, i) => {
        expect(event.seq).toBe(i + 1);
        const before = state;
        state = apply(state, event);
        if (event.type === 'order.lines_reallocated' && before !== undefined) {
          // Units change warehouse, never number: every line keeps its quantities, and only
          // allocated units outside parcels moved.
          expect(state.order.lines).toEqual(before.order.lines);
          const moved = new Map<string, number>();
          for (const l of event.data.lines) {
            expect(l.fromWarehouseId).not.toBe(l.toWarehouseId);
            moved.set(l.lineId, (moved.get(l.lineId) ?? 0) + l.quantity);
          }
          for (const line of before.order.lines) {
            const free = line.quantities.allocated - packedUnits(before, line.lineId);
            expect(moved.get(line.lineId) ?? 0).toBeLessThanOrEqual(free);
          }
        }
        for (const line of state.order.lines) {
          const q = line.quantities;
          expect(checkQuantities(q)).toEqual([]);
          // Conservation: the ordered units never change, and cancelled + allocated never
          // exceed them (the rest is unallocated, ≥ 0); units in parcels are allocated units.
          expect(q.ordered).toBe(ordered.get(line.lineId));
          expect(q.cancelled + q.allocated).toBeLessThanOrEqual(q.ordered);
          expect(packedUnits(state, line.lineId)).toBeLessThanOrEqual(q.allocated);
          expect(packedUnits(state, line.lineId)).toBeGreaterThanOrEqual(q.shipped);
        }
        const refunded = parseMoneyJson(state.refunds.total);
        const paid = parseMoneyJson(state.order.totals.paid);
        expect(refunded.ok && paid.ok && compareMoney(refunded.value, paid.value) <= 0).toBe(true);
      });
    },
  );
});
