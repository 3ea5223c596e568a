import { describe, expect, it } from 'vitest';
import { formatRouteExplanation } from '../../src/routing/index.js';
import { createOms } from '../../src/engine/index.js';
import {
  createManualClock,
  createMemoryStorage,
  createMemoryStockStore,
  createSequentialIds,
} from '../../src/adapters/memory/index.js';
import type { OrderStore } from '../../src/ports/index.js';
import { isOrdokitError } from '../../src/result/index.js';
import { failure, ingestFixture, payload, setup, start, value } from './_support.js';
import { ingestOrder, levelOf, lyon, paris, receive, setupInventory } from './_inventory.js';

describe('accept with inventory', () => {
  it('reserves every unit in the one warehouse that has them all and prepares it there', async () => {
    const h = setupInventory();
    await receive(h.oms, 'PAR', 'MUG-RED', 5);
    await receive(h.oms, 'PAR', 'TEA-50', 1);
    await receive(h.oms, 'LYO', 'MUG-RED', 9);
    const ref = await ingestOrder(h.oms);
    const state = value(await h.oms.accept(ref));
    expect(state.status).toBe('accepted');
    expect(state.order.lines.map((l) => l.quantities.allocated)).toEqual([2, 1]);
    expect(await levelOf(h.stock, 'PAR', 'MUG-RED')).toEqual({ onHand: 5, reserved: 2, safety: 0 });
    expect(await levelOf(h.stock, 'PAR', 'TEA-50')).toEqual({ onHand: 1, reserved: 1, safety: 0 });
    expect(await levelOf(h.stock, 'LYO', 'MUG-RED')).toEqual({ onHand: 9, reserved: 0, safety: 0 });
    await h.oms.dispatch();
    const prepares = h.calls.filter((c) => c.kind === 'wms.prepare');
    expect(prepares.map((c) => c.payload)).toMatchObject([
      {
        warehouseId: 'PAR',
        lines: [
          { lineId: 'L1', quantity: 2 },
          { lineId: 'L2', quantity: 1 },
        ],
      },
    ]);
    expect(prepares[0]?.context.idempotencyKey).toMatch(/:wms\.prepare:main-wms:\d+:PAR$/);
  });

  it('splits across two warehouses when no one has everything, one preparation each', async () => {
    const h = setupInventory();
    await receive(h.oms, 'PAR', 'MUG-RED', 2);
    await receive(h.oms, 'LYO', 'TEA-50', 3);
    const ref = await ingestOrder(h.oms);
    value(await h.oms.accept(ref));
    await h.oms.dispatch();
    const prepares = h.calls.filter((c) => c.kind === 'wms.prepare').map((c) => c.payload);
    expect(prepares).toMatchObject([
      { warehouseId: 'LYO', lines: [{ lineId: 'L2', quantity: 1 }] },
      { warehouseId: 'PAR', lines: [{ lineId: 'L1', quantity: 2 }] },
    ]);
    expect(prepares).toHaveLength(2);
  });

  it('holds only the missing line (backorder), ships the rest, and allocates it when stock arrives', async () => {
    const h = setupInventory();
    await receive(h.oms, 'PAR', 'MUG-RED', 2);
    const ref = await ingestOrder(h.oms);
    const state = value(await h.oms.accept(ref));
    const holds = state.holds.filter((x) => x.reasonCode === 'backorder');
    expect(holds).toHaveLength(1);
    expect(holds[0]?.scope).toEqual({ kind: 'line', lineId: 'L2' });
    expect(holds[0]?.note).toBe(
      '1 unit(s) of line L2 wait for stock: no eligible warehouse has the stock.',
    );
    await h.oms.dispatch();
    expect(h.calls.filter((c) => c.kind === 'wms.prepare').map((c) => c.payload)).toMatchObject([
      { warehouseId: 'PAR', lines: [{ lineId: 'L1', quantity: 2 }] },
    ]);

    await receive(h.oms, 'LYO', 'TEA-50', 4);
    const again = value(await h.oms.allocate(ref));
    expect(again.state.holds.filter((x) => x.reasonCode === 'backorder')).toEqual([]);
    expect(again.state.order.lines.map((l) => l.quantities.allocated)).toEqual([2, 1]);
    expect(again.plan.allocations).toEqual([
      { warehouseId: 'LYO', lines: [{ lineId: 'L2', sku: 'TEA-50', quantity: 1 }] },
    ]);
    expect(formatRouteExplanation(again.plan, 'en')).toContain('LYO');
    await h.oms.dispatch();
    const prepares = h.calls.filter((c) => c.kind === 'wms.prepare').map((c) => c.payload);
    expect(prepares).toHaveLength(2);
    expect(prepares[1]).toMatchObject({
      warehouseId: 'LYO',
      lines: [{ lineId: 'L2', quantity: 1 }],
    });
    expect(await levelOf(h.stock, 'LYO', 'TEA-50')).toEqual({ onHand: 4, reserved: 1, safety: 0 });
  });

  it('reserves a bundle line as its components, all in one warehouse', async () => {
    const h = setupInventory();
    await receive(h.oms, 'PAR', 'MUG-RED', 2);
    await receive(h.oms, 'PAR', 'SPOON', 1); // not enough spoons in Paris
    await receive(h.oms, 'LYO', 'MUG-RED', 4);
    await receive(h.oms, 'LYO', 'SPOON', 4);
    await receive(h.oms, 'LYO', 'TEA-50', 1);
    const ref = await ingestOrder(h.oms, (json) => {
      const lines = json['lines'] as Record<string, unknown>[];
      (lines[0] as Record<string, unknown>)['components'] = [
        { sku: 'MUG-RED', quantity: 1 },
        { sku: 'SPOON', quantity: 2 },
      ];
    });
    value(await h.oms.accept(ref));
    // L1 = 2 kits = 2 mugs + 4 spoons: only Lyon can assemble them.
    expect(await levelOf(h.stock, 'LYO', 'MUG-RED')).toMatchObject({ reserved: 2 });
    expect(await levelOf(h.stock, 'LYO', 'SPOON')).toMatchObject({ reserved: 4 });
    expect(await levelOf(h.stock, 'PAR', 'MUG-RED')).toMatchObject({ reserved: 0 });
    expect(await levelOf(h.stock, 'PAR', 'SPOON')).toMatchObject({ reserved: 0 });
  });

  it('never promises the same units twice: the second order waits', async () => {
    const h = setupInventory();
    await receive(h.oms, 'PAR', 'MUG-RED', 3);
    await receive(h.oms, 'PAR', 'TEA-50', 1);
    const first = await ingestOrder(h.oms);
    const second = await ingestOrder(h.oms, (json) => {
      (json['channelRef'] as Record<string, unknown>)['channelOrderRef'] = 'AMZ-OTHER';
      json['orderId'] = 'ord-other';
    });
    value(await h.oms.accept(first));
    const state = value(await h.oms.accept(second));
    expect(state.order.lines.map((l) => l.quantities.allocated)).toEqual([1, 0]);
    expect(state.holds.map((x) => [x.reasonCode, x.scope])).toEqual([
      ['backorder', { kind: 'line', lineId: 'L1' }],
      ['backorder', { kind: 'line', lineId: 'L2' }],
    ]);
    expect(await levelOf(h.stock, 'PAR', 'MUG-RED')).toEqual({ onHand: 3, reserved: 3, safety: 0 });
  });

  it('reserves nothing when the order cannot be accepted', async () => {
    const h = setupInventory();
    await receive(h.oms, 'PAR', 'MUG-RED', 3);
    const ref = await ingestOrder(h.oms);
    value(await h.oms.accept(ref));
    expect(failure(await h.oms.accept(ref)).code).toBe('order/invalid_transition');
    expect(await levelOf(h.stock, 'PAR', 'MUG-RED')).toMatchObject({ reserved: 2 });
  });
});

describe('ingest with inventory', () => {
  it('allocates an order captured accepted, and reports the backorder holds it placed', async () => {
    const h = setupInventory();
    await receive(h.oms, 'LYO', 'MUG-RED', 2);
    const outcome = value(await h.oms.ingest('amazon', payload()));
    expect(outcome.state.status).toBe('accepted');
    expect(outcome.state.order.lines.map((l) => l.quantities.allocated)).toEqual([2, 0]);
    expect(outcome.holdsPlaced.map((x) => [x.reasonCode, x.scope])).toEqual([
      ['backorder', { kind: 'line', lineId: 'L2' }],
    ]);
    expect(await levelOf(h.stock, 'LYO', 'MUG-RED')).toMatchObject({ reserved: 2 });
  });

  it('leaves an order captured on hold unallocated until the hold is released', async () => {
    const h = setupInventory();
    await receive(h.oms, 'PAR', 'MUG-RED', 2);
    await receive(h.oms, 'PAR', 'TEA-50', 1);
    const json = payload();
    ((json['totals'] as Record<string, unknown>)['paid'] as Record<string, unknown>)['amount'] =
      '60.00';
    const outcome = value(await h.oms.ingest('amazon', json));
    const hold = outcome.state.holds.find((x) => x.reasonCode === 'totals_mismatch');
    expect(hold?.scope).toEqual({ kind: 'order' });
    expect(outcome.state.order.lines.map((l) => l.quantities.allocated)).toEqual([0, 0]);
    expect(await levelOf(h.stock, 'PAR', 'MUG-RED')).toMatchObject({ reserved: 0 });
    const ref = { tenantId: outcome.state.tenantId, orderId: outcome.state.orderId };
    const released = value(await h.oms.releaseHold(ref, hold?.holdId ?? ''));
    expect(released.order.lines.map((l) => l.quantities.allocated)).toEqual([2, 1]);
    expect(await levelOf(h.stock, 'PAR', 'MUG-RED')).toMatchObject({ reserved: 2 });
  });
});

describe('allocate racing a cancellation', () => {
  it('gives back what it reserved when the order changed meanwhile, wherever the release left it', async () => {
    const storage = createMemoryStorage();
    const stock = createMemoryStockStore();
    let meanwhile: (() => Promise<void>) | undefined;
    // Before the allocation's order append lands, the buyer cancels the line and a worker
    // dispatches the release (which cannot tell the in-flight reservation from the others).
    const store: OrderStore = {
      ...storage.store,
      append: async (batch) => {
        const run = meanwhile;
        if (run !== undefined && batch.events.some((e) => e.type === 'order.lines_allocated')) {
          meanwhile = undefined;
          await run();
        }
        return storage.store.append(batch);
      },
    };
    const oms = createOms({
      store,
      outbox: storage.outbox,
      clock: createManualClock(start),
      ids: createSequentialIds(),
      inventory: {
        stock,
        warehouses: [paris, lyon],
        routing: { split: 'allowed', maxParcels: 2, backorder: 'hold_missing_lines' },
      },
    });
    await receive(oms, 'PAR', 'MUG-RED', 1);
    await receive(oms, 'PAR', 'TEA-50', 1);
    const ref = await ingestOrder(oms);
    value(await oms.accept(ref));
    await receive(oms, 'LYO', 'MUG-RED', 1);
    meanwhile = async () => {
      value(
        await oms.cancelLines(ref, {
          lines: [{ lineId: 'L1', quantity: 2 }],
          requestedBy: 'buyer',
          reasonCode: 'buyer_request',
        }),
      );
      await oms.dispatch();
    };
    value(await oms.allocate(ref));
    await oms.dispatch();
    const state = value(await oms.get(ref));
    expect(state.order.lines[0]?.quantities).toMatchObject({ cancelled: 2, allocated: 0 });
    const held = await stock.loadReservations('tenant-a', ref.orderId);
    expect(held.filter((r) => r.lineId === 'L1')).toEqual([]);
    expect(await levelOf(stock, 'PAR', 'MUG-RED')).toEqual({ onHand: 1, reserved: 0, safety: 0 });
    expect(await levelOf(stock, 'LYO', 'MUG-RED')).toEqual({ onHand: 1, reserved: 0, safety: 0 });
  });
});

describe('execute with inventory', () => {
  it('accepts through the same routing and reservation as accept', async () => {
    const h = setupInventory();
    await receive(h.oms, 'PAR', 'MUG-RED', 5);
    await receive(h.oms, 'PAR', 'TEA-50', 1);
    const ref = await ingestOrder(h.oms);
    const state = value(await h.oms.execute(ref, { type: 'accept' }));
    expect(state.order.lines.map((l) => l.quantities.allocated)).toEqual([2, 1]);
    expect(await levelOf(h.stock, 'PAR', 'MUG-RED')).toMatchObject({ reserved: 2 });
  });
});

describe('allocate', () => {
  it('refuses an order that is not accepted', async () => {
    const h = setupInventory();
    const ref = await ingestOrder(h.oms);
    expect(failure(await h.oms.allocate(ref))).toEqual({
      code: 'order/invalid_transition',
      from: 'created',
      event: 'order.lines_allocated',
    });
  });

  it('says engine/inventory_missing on an engine without inventory', async () => {
    const { oms } = setup();
    const ref = await ingestFixture(oms);
    expect(failure(await oms.allocate(ref))).toEqual({ code: 'engine/inventory_missing' });
    expect(
      failure(
        await oms.updateStock('t', { type: 'count', warehouseId: 'W', sku: 'S', counted: 1 }),
      ),
    ).toEqual({
      code: 'engine/inventory_missing',
    });
  });

  it('says engine/order_not_found for an unknown order', async () => {
    const h = setupInventory();
    expect(failure(await h.oms.allocate({ tenantId: 'tenant-a', orderId: 'nope' })).code).toBe(
      'engine/order_not_found',
    );
  });
});

describe('createOms with inventory', () => {
  const base = () => {
    const storage = createMemoryStorage();
    return {
      store: storage.store,
      outbox: storage.outbox,
      clock: createManualClock(start),
      ids: createSequentialIds(),
    };
  };
  const fieldOf = (run: () => unknown): unknown => {
    try {
      run();
    } catch (thrown) {
      if (isOrdokitError(thrown)) return (thrown.detail as { field?: unknown }).field;
      throw thrown;
    }
    return undefined;
  };

  it('names the invalid part of the inventory', () => {
    const stock = createMemoryStockStore();
    const routing = { split: 'allowed', maxParcels: 2, backorder: 'hold_missing_lines' } as const;
    expect(
      fieldOf(() =>
        createOms({
          ...base(),
          inventory: { stock, warehouses: [paris], routing: { ...routing, maxParcels: 0 } },
        }),
      ),
    ).toBe('inventory.routing.maxParcels');
    expect(
      fieldOf(() =>
        createOms({ ...base(), inventory: { stock, warehouses: [paris, paris], routing } }),
      ),
    ).toBe('inventory.warehouses.1.warehouseId');
    expect(
      fieldOf(() =>
        createOms({
          ...base(),
          inventory: { stock: {} as typeof stock, warehouses: [lyon], routing },
        }),
      ),
    ).toBe('inventory.stock');
    expect(
      fieldOf(() =>
        createOms({
          ...base(),
          inventory: { stock, warehouses: [lyon], routing, onDiscrepancy: 'ignore' as 'hold' },
        }),
      ),
    ).toBe('inventory.onDiscrepancy');
  });
});
