import { describe, expect, it } from 'vitest';
import { failure, value } from './_support.js';
import { countStock, ingestOrder, levelOf, receive, setupInventory } from './_inventory.js';

describe('updateStock', () => {
  it('records adjustments and safety stock, with the actor and reason given', async () => {
    const h = setupInventory();
    await receive(h.oms, 'PAR', 'MUG-RED', 5);
    const outcome = value(
      await h.oms.updateStock(
        'tenant-a',
        { type: 'setSafety', warehouseId: 'PAR', sku: 'MUG-RED', safety: 2 },
        { actor: { kind: 'user', id: 'u-1' }, reason: 'fragile' },
      ),
    );
    expect(outcome.discrepancies).toEqual([]);
    expect(outcome.events).toMatchObject([
      {
        type: 'stock.safety_set',
        actor: { kind: 'user', id: 'u-1' },
        reason: 'fragile',
        data: { warehouseId: 'PAR', sku: 'MUG-RED', safety: 2 },
      },
    ]);
    expect(await levelOf(h.stock, 'PAR', 'MUG-RED')).toEqual({ onHand: 5, reserved: 0, safety: 2 });
  });

  it('refuses an adjustment below the reserved units, and writes nothing', async () => {
    const h = setupInventory();
    await receive(h.oms, 'PAR', 'MUG-RED', 2);
    await receive(h.oms, 'PAR', 'TEA-50', 1);
    const ref = await ingestOrder(h.oms);
    value(await h.oms.accept(ref));
    const refused = failure(
      await h.oms.updateStock('tenant-a', {
        type: 'adjust',
        warehouseId: 'PAR',
        sku: 'MUG-RED',
        delta: -1,
        reasonCode: 'damaged',
      }),
    );
    expect(refused).toMatchObject({
      code: 'inventory/adjustment_refused',
      reason: 'uncovers_reservations',
    });
    expect(await levelOf(h.stock, 'PAR', 'MUG-RED')).toEqual({ onHand: 2, reserved: 2, safety: 0 });
  });

  it('holds the line a count leaves without stock (policy hold)', async () => {
    const h = setupInventory();
    await receive(h.oms, 'PAR', 'MUG-RED', 2);
    await receive(h.oms, 'PAR', 'TEA-50', 1);
    await receive(h.oms, 'LYO', 'MUG-RED', 5);
    const ref = await ingestOrder(h.oms);
    value(await h.oms.accept(ref));
    const outcome = await countStock(h.oms, 'PAR', 'MUG-RED', 1);
    expect(outcome.events).toMatchObject([
      { type: 'stock.counted', data: { expected: 2, counted: 1, discrepancy: -1 } },
    ]);
    expect(outcome.discrepancies).toEqual([
      { orderId: ref.orderId, lineId: 'L1', quantity: 1, outcome: 'held', movedTo: [] },
    ]);
    const state = value(await h.oms.get(ref));
    const hold = state.holds.find((x) => x.reasonCode === 'stock_discrepancy');
    expect(hold?.scope).toEqual({ kind: 'line', lineId: 'L1' });
    expect(hold?.note).toBe(
      'A stock count in warehouse PAR left 1 unit(s) of MUG-RED reserved for line L1 without stock.',
    );
    // The same count again adds no second hold.
    await countStock(h.oms, 'PAR', 'MUG-RED', 1);
    const again = value(await h.oms.get(ref));
    expect(again.holds.filter((x) => x.reasonCode === 'stock_discrepancy')).toHaveLength(1);
  });

  it('moves the missing units to a warehouse that has them (policy reroute), with one more preparation', async () => {
    const h = setupInventory({ onDiscrepancy: 'reroute' });
    await receive(h.oms, 'PAR', 'MUG-RED', 2);
    await receive(h.oms, 'PAR', 'TEA-50', 1);
    await receive(h.oms, 'LYO', 'MUG-RED', 5);
    const ref = await ingestOrder(h.oms);
    value(await h.oms.accept(ref));
    await h.oms.dispatch();
    const outcome = await countStock(h.oms, 'PAR', 'MUG-RED', 0);
    expect(outcome.discrepancies).toEqual([
      {
        orderId: ref.orderId,
        lineId: 'L1',
        quantity: 2,
        outcome: 'rerouted',
        movedTo: [{ warehouseId: 'LYO', quantity: 2 }],
      },
    ]);
    expect(await levelOf(h.stock, 'PAR', 'MUG-RED')).toEqual({ onHand: 0, reserved: 0, safety: 0 });
    expect(await levelOf(h.stock, 'LYO', 'MUG-RED')).toEqual({ onHand: 5, reserved: 2, safety: 0 });
    const state = value(await h.oms.get(ref));
    expect(state.holds).toEqual([]);
    await h.oms.dispatch();
    const prepares = h.calls.filter((c) => c.kind === 'wms.prepare').map((c) => c.payload);
    expect(prepares).toHaveLength(2);
    expect(prepares[1]).toMatchObject({
      warehouseId: 'LYO',
      lines: [{ lineId: 'L1', quantity: 2 }],
    });
  });

  it('holds what no other warehouse has when rerouting', async () => {
    const h = setupInventory({ onDiscrepancy: 'reroute' });
    await receive(h.oms, 'PAR', 'MUG-RED', 2);
    await receive(h.oms, 'PAR', 'TEA-50', 1);
    await receive(h.oms, 'LYO', 'MUG-RED', 1);
    const ref = await ingestOrder(h.oms);
    value(await h.oms.accept(ref));
    const outcome = await countStock(h.oms, 'PAR', 'MUG-RED', 0);
    expect(outcome.discrepancies).toEqual([
      {
        orderId: ref.orderId,
        lineId: 'L1',
        quantity: 2,
        outcome: 'partly_rerouted',
        movedTo: [{ warehouseId: 'LYO', quantity: 1 }],
      },
    ]);
    const state = value(await h.oms.get(ref));
    expect(state.holds.map((x) => [x.reasonCode, x.scope])).toEqual([
      ['stock_discrepancy', { kind: 'line', lineId: 'L1' }],
    ]);
    expect(await levelOf(h.stock, 'PAR', 'MUG-RED')).toEqual({ onHand: 0, reserved: 1, safety: 0 });
    expect(await levelOf(h.stock, 'LYO', 'MUG-RED')).toEqual({ onHand: 1, reserved: 1, safety: 0 });
  });

  it('never reroutes packed units: their line is held', async () => {
    const h = setupInventory({ onDiscrepancy: 'reroute' });
    await receive(h.oms, 'PAR', 'MUG-RED', 2);
    await receive(h.oms, 'PAR', 'TEA-50', 1);
    await receive(h.oms, 'LYO', 'MUG-RED', 5);
    const ref = await ingestOrder(h.oms);
    value(await h.oms.accept(ref));
    await h.oms.dispatch();
    value(
      await h.oms.recordParcel(ref, {
        parcelId: 'P1',
        lines: [{ lineId: 'L1', quantity: 2 }],
        warehouseId: 'PAR',
      }),
    );
    const outcome = await countStock(h.oms, 'PAR', 'MUG-RED', 0);
    expect(outcome.discrepancies).toEqual([
      { orderId: ref.orderId, lineId: 'L1', quantity: 2, outcome: 'held', movedTo: [] },
    ]);
    expect(await levelOf(h.stock, 'LYO', 'MUG-RED')).toEqual({ onHand: 5, reserved: 0, safety: 0 });
  });

  it('moves no stock while an order hold would refuse the move: the line is held', async () => {
    const h = setupInventory({ onDiscrepancy: 'reroute' });
    await receive(h.oms, 'PAR', 'MUG-RED', 2);
    await receive(h.oms, 'PAR', 'TEA-50', 1);
    await receive(h.oms, 'LYO', 'MUG-RED', 5);
    const ref = await ingestOrder(h.oms);
    value(await h.oms.accept(ref));
    value(await h.oms.placeHold(ref, { reasonCode: 'manual', note: 'Call the buyer' }));
    const outcome = await countStock(h.oms, 'PAR', 'MUG-RED', 0);
    expect(outcome.discrepancies).toMatchObject([
      { lineId: 'L1', quantity: 2, outcome: 'held', movedTo: [], error: { code: 'order/on_hold' } },
    ]);
    expect(await levelOf(h.stock, 'PAR', 'MUG-RED')).toEqual({ onHand: 0, reserved: 2, safety: 0 });
    expect(await levelOf(h.stock, 'LYO', 'MUG-RED')).toEqual({ onHand: 5, reserved: 0, safety: 0 });
    const state = value(await h.oms.get(ref));
    expect(state.holds.map((x) => x.reasonCode)).toEqual(['manual', 'stock_discrepancy']);
  });

  it('applies an update once per idempotency key', async () => {
    const h = setupInventory();
    const update = {
      type: 'adjust',
      warehouseId: 'PAR',
      sku: 'MUG-RED',
      delta: 3,
      reasonCode: 'received',
    } as const;
    const first = value(await h.oms.updateStock('tenant-a', update, { key: 'wms-msg-1' }));
    const again = value(await h.oms.updateStock('tenant-a', update, { key: 'wms-msg-1' }));
    expect(first.events).toHaveLength(1);
    expect(again).toEqual({ events: [], discrepancies: [] });
    expect(await levelOf(h.stock, 'PAR', 'MUG-RED')).toEqual({ onHand: 3, reserved: 0, safety: 0 });
  });
});
