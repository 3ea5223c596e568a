import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import {
  findStockLevel,
  listReservations,
  replayStock,
  validateBundleCatalogue,
} from '../../src/inventory/index.js';
import type { Oms } from '../../src/engine/index.js';
import type { StockStore } from '../../src/ports/index.js';
import { payload } from '../engine/_support.js';
import { setupInventory } from '../engine/_inventory.js';
import { eur, fresh } from '../order/_fixtures.js';

// The engine keeps the order and the stock ledger in step, whatever happens in between.
// Over any sequence of stock receipts, orders (plain lines, kits listing their components, boxes
// from the catalogue), acceptances, re-allocations,
// cancellations, shipments, WMS counts, holds placed and released, with the outbox drained at
// random moments:
// - after every step: no level has more reserved than on hand unless a count reported the
//   shortfall (reserved − onHand ≤ what the last count of that pair left uncovered), the
//   stored levels are the replay of the stored events, and reserved = Σ reservations;
// - once the outbox is drained: every order line holds, across warehouses, exactly its
//   allocated units not yet shipped (bundle lines: each component × its quantity), and every
//   order conserves its units (ordered = cancelled + unallocated + allocated).

const warehouses = ['PAR', 'LYO'] as const;
const skus = ['A', 'B', 'C'] as const;
const kit = [
  { sku: 'A', quantity: 1 },
  { sku: 'B', quantity: 2 },
];
const boxParts = [{ sku: 'C', quantity: 2 }];
const catalogue = validateBundleCatalogue([{ sku: 'BOX', components: boxParts }]);

type Op =
  | { readonly op: 'receive'; readonly w: number; readonly s: number; readonly n: number }
  | {
      readonly op: 'order';
      readonly lines: readonly { readonly s: number; readonly q: number }[];
      readonly wait: boolean;
    }
  | { readonly op: 'accept' | 'allocate' | 'ship' | 'hold' | 'release'; readonly o: number }
  | { readonly op: 'cancel'; readonly o: number; readonly l: number; readonly q: number }
  | { readonly op: 'count'; readonly w: number; readonly s: number; readonly n: number }
  | { readonly op: 'dispatch' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('receive' as const),
      w: fc.nat(1),
      s: fc.nat(2),
      n: fc.integer({ min: 1, max: 6 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('order' as const),
      // s = 3 is a kit listing its components (A + 2 × B), s = 4 a box from the catalogue (2 × C).
      lines: fc.array(fc.record({ s: fc.nat(4), q: fc.integer({ min: 1, max: 3 }) }), {
        minLength: 1,
        maxLength: 2,
      }),
      wait: fc.boolean(),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constantFrom('accept' as const, 'allocate' as const, 'ship' as const, 'ship' as const),
      o: fc.nat(5),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('cancel' as const),
      o: fc.nat(5),
      l: fc.nat(1),
      q: fc.integer({ min: 1, max: 2 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('count' as const),
      w: fc.nat(1),
      s: fc.nat(2),
      n: fc.nat(4),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ op: 'dispatch' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constantFrom('hold' as const, 'release' as const),
      o: fc.nat(5),
    }),
  },
);

/** Opening stock: units of each SKU in each warehouse. */
const openingArb = fc.array(fc.nat(8), { minLength: 6, maxLength: 6 });

function orderPayload(index: number, lines: readonly { readonly s: number; readonly q: number }[]) {
  const json = payload();
  json['channelRef'] = { channel: 'amazon', channelOrderRef: `AMZ-${String(index)}` };
  let total = 0;
  json['lines'] = lines.map(({ s, q }, i) => {
    total += q * 10;
    return {
      lineId: `L${String(i + 1)}`,
      sku: s === 3 ? 'KIT' : s === 4 ? 'BOX' : skus[s],
      title: 'Article',
      quantities: fresh(q),
      unitPrice: eur('10.00'),
      lineTotal: eur(`${String(q * 10)}.00`),
      tax: eur('0.00'),
      ...(s === 3 ? { components: kit } : {}),
    };
  });
  const sum = eur(`${String(total)}.00`);
  json['totals'] = {
    pricesIncludeTax: false,
    taxRounding: 'line',
    products: sum,
    shipping: eur('0.00'),
    shippingTax: eur('0.00'),
    tax: eur('0.00'),
    discount: eur('0.00'),
    grandTotal: sum,
    paid: sum,
  };
  return json;
}

async function run(oms: Oms, orders: string[], op: Op): Promise<void> {
  const tenantId = 'tenant-a';
  const ref = (o: number) => ({
    tenantId,
    orderId: orders[o % Math.max(1, orders.length)] ?? 'none',
  });
  switch (op.op) {
    case 'receive':
      await oms.updateStock(tenantId, {
        type: 'adjust',
        warehouseId: warehouses[op.w] ?? 'PAR',
        sku: skus[op.s] ?? 'A',
        delta: op.n,
        reasonCode: 'received',
      });
      return;
    case 'order': {
      const ingested = await oms.ingest('amazon', orderPayload(orders.length, op.lines), {
        needsAcceptance: op.wait,
      });
      if (ingested.ok) orders.push(ingested.value.state.orderId);
      return;
    }
    case 'accept':
      await oms.accept(ref(op.o));
      return;
    case 'allocate':
      await oms.allocate(ref(op.o));
      return;
    case 'cancel':
      await oms.cancelLines(ref(op.o), {
        lines: [{ lineId: `L${String(op.l + 1)}`, quantity: op.q }],
        requestedBy: 'seller',
        reasonCode: 'out_of_stock',
      });
      return;
    case 'ship': {
      // The warehouse starts preparing once its preparation order is delivered.
      await oms.dispatch();
      const state = await oms.get(ref(op.o));
      if (!state.ok) return;
      const packed = new Map<string, number>();
      for (const parcel of Object.values(state.value.parcels)) {
        for (const l of parcel.lines)
          packed.set(l.lineId, (packed.get(l.lineId) ?? 0) + l.quantity);
      }
      const line = state.value.order.lines.find(
        (l) => l.quantities.allocated - (packed.get(l.lineId) ?? 0) > 0,
      );
      if (line === undefined) return;
      const parcelId = `P${String(Object.keys(state.value.parcels).length + 1)}`;
      const quantity = line.quantities.allocated - (packed.get(line.lineId) ?? 0);
      const parcel = await oms.recordParcel(ref(op.o), {
        parcelId,
        lines: [{ lineId: line.lineId, quantity }],
      });
      if (!parcel.ok) return;
      await oms.recordTracking(ref(op.o), {
        parcelId,
        tracking: { number: `T${parcelId}`, carrierCode: 'colissimo' },
        carrier: { code: 'colissimo' },
      });
      return;
    }
    case 'count':
      await oms.updateStock(tenantId, {
        type: 'count',
        warehouseId: warehouses[op.w] ?? 'PAR',
        sku: skus[op.s] ?? 'A',
        counted: op.n,
      });
      return;
    case 'dispatch':
      await oms.dispatch();
      return;
    case 'hold':
      await oms.placeHold(ref(op.o), { reasonCode: 'manual' });
      return;
    case 'release': {
      const state = await oms.get(ref(op.o));
      const hold = state.ok ? state.value.holds[0] : undefined;
      if (hold !== undefined) await oms.releaseHold(ref(op.o), hold.holdId);
      return;
    }
  }
}

/** The ledger invariants that hold after every step. */
async function checkLedger(stock: StockStore, uncovered: Map<string, number>): Promise<void> {
  const events = await stock.loadEvents('tenant-a', 0, 100_000);
  const replayed = replayStock(events.map((e) => e.event));
  for (const e of events) {
    if (e.event.type === 'stock.counted') {
      const shortfall = e.event.data.uncovered.reduce((n, u) => n + u.quantity, 0);
      uncovered.set(JSON.stringify([e.event.data.warehouseId, e.event.data.sku]), shortfall);
    }
  }
  const stored = await stock.loadLevels('tenant-a', [...skus]);
  for (const { level } of stored) {
    expect(findStockLevel(replayed, level.warehouseId, level.sku)).toEqual(level);
    const held = listReservations(replayed, { warehouseId: level.warehouseId, sku: level.sku });
    expect(level.reserved).toBe(held.reduce((n, r) => n + r.quantity, 0));
    expect(level.onHand).toBeGreaterThanOrEqual(0);
    const allowed = uncovered.get(JSON.stringify([level.warehouseId, level.sku])) ?? 0;
    expect(level.reserved - level.onHand).toBeLessThanOrEqual(allowed);
  }
}

test.prop(
  [
    openingArb,
    fc.array(opArb, { minLength: 1, maxLength: 25 }),
    fc.constantFrom('hold' as const, 'reroute' as const),
  ],
  {
    numRuns: 1000,
  },
)(
  'the engine keeps orders and the stock ledger in step under any interleaving',
  async (opening, ops, onDiscrepancy) => {
    if (!catalogue.ok) throw new Error('catalogue');
    const h = setupInventory({ onDiscrepancy, bundles: catalogue.value });
    for (const [i, n] of opening.entries()) {
      if (n === 0) continue;
      const [w, sku] = [warehouses[i % 2] ?? 'PAR', skus[Math.floor(i / 2)] ?? 'A'];
      await h.oms.updateStock('tenant-a', {
        type: 'adjust',
        warehouseId: w,
        sku,
        delta: n,
        reasonCode: 'received',
      });
    }
    const orders: string[] = [];
    const uncovered = new Map<string, number>();
    for (const op of ops) {
      await run(h.oms, orders, op);
      await checkLedger(h.stock, uncovered);
    }
    for (let i = 0; i < 5 && (await h.oms.dispatch()).claimed > 0; i++) {
      h.clock.advance({ minutes: 5 });
    }
    await checkLedger(h.stock, uncovered);
    for (const orderId of orders) {
      const state = await h.oms.get({ tenantId: 'tenant-a', orderId });
      if (!state.ok) continue;
      const held = await h.stock.loadReservations('tenant-a', orderId);
      for (const line of state.value.order.lines) {
        const q = line.quantities;
        expect(q.ordered).toBe(q.cancelled + (q.ordered - q.cancelled - q.allocated) + q.allocated);
        expect(q.ordered - q.cancelled - q.allocated).toBeGreaterThanOrEqual(0);
        const parts =
          line.components ?? (line.sku === 'BOX' ? boxParts : [{ sku: line.sku, quantity: 1 }]);
        for (const part of parts) {
          const units = held
            .filter((r) => r.lineId === line.lineId && r.sku === part.sku)
            .reduce((n, r) => n + r.quantity, 0);
          expect(units).toBe((q.allocated - q.shipped) * part.quantity);
        }
      }
    }
  },
);
