import { describe, expect, it } from 'vitest';
import { validateBundleCatalogue } from '../../src/inventory/index.js';
import { err } from '../../src/result/index.js';
import { value } from './_support.js';
import {
  cancelUnits,
  ingestOrder,
  levelOf,
  receive,
  setupInventory,
  shipParcel,
} from './_inventory.js';

describe('stock movements through the outbox', () => {
  it('releases the reservations of allocated units a cancellation takes back', async () => {
    const h = setupInventory();
    await receive(h.oms, 'PAR', 'MUG-RED', 5);
    await receive(h.oms, 'PAR', 'TEA-50', 1);
    const ref = await ingestOrder(h.oms);
    value(await h.oms.accept(ref));
    await h.oms.dispatch();
    await cancelUnits(h.oms, ref, 'L1', 1);
    expect(await levelOf(h.stock, 'PAR', 'MUG-RED')).toMatchObject({ reserved: 2 });
    const report = await h.oms.dispatch();
    expect(report.byKind['stock.release']).toBe(1);
    expect(await levelOf(h.stock, 'PAR', 'MUG-RED')).toEqual({ onHand: 5, reserved: 1, safety: 0 });
    expect(await h.stock.loadReservations('tenant-a', ref.orderId)).toEqual([
      { orderId: ref.orderId, lineId: 'L1', warehouseId: 'PAR', sku: 'MUG-RED', quantity: 1 },
      { orderId: ref.orderId, lineId: 'L2', warehouseId: 'PAR', sku: 'TEA-50', quantity: 1 },
    ]);
  });

  it('releases nothing for units that were never allocated (a backordered line)', async () => {
    const h = setupInventory();
    await receive(h.oms, 'PAR', 'MUG-RED', 2);
    const ref = await ingestOrder(h.oms);
    value(await h.oms.accept(ref));
    await cancelUnits(h.oms, ref, 'L2', 1);
    const report = await h.oms.dispatch();
    expect(report.byKind['stock.release']).toBeUndefined();
    expect(await levelOf(h.stock, 'PAR', 'MUG-RED')).toMatchObject({ reserved: 2 });
    // Nothing of L2 waits any more: its backorder hold went with the cancellation.
    const state = value(await h.oms.get(ref));
    expect(state.holds.filter((x) => x.reasonCode === 'backorder')).toEqual([]);
  });

  it('consumes the reservations of a shipped parcel in its warehouse: on hand drops with them', async () => {
    const h = setupInventory();
    await receive(h.oms, 'PAR', 'MUG-RED', 2);
    await receive(h.oms, 'LYO', 'TEA-50', 3);
    const ref = await ingestOrder(h.oms);
    value(await h.oms.accept(ref));
    await h.oms.dispatch();
    await shipParcel(h.oms, ref, { parcelId: 'P1', lineId: 'L2', quantity: 1, warehouseId: 'LYO' });
    const report = await h.oms.dispatch();
    expect(report.byKind['stock.consume']).toBe(1);
    expect(await levelOf(h.stock, 'LYO', 'TEA-50')).toEqual({ onHand: 2, reserved: 0, safety: 0 });
    expect(await levelOf(h.stock, 'PAR', 'MUG-RED')).toEqual({ onHand: 2, reserved: 2, safety: 0 });
  });

  it('moves stock once when the same message is delivered twice (its key)', async () => {
    let dropOne = true;
    // The first completion of a stock release is lost, as if the worker crashed after the move.
    const h = setupInventory({}, (outbox) => ({
      ...outbox,
      complete: (claim, now) => {
        if (dropOne && claim.message.effect.kind === 'stock.release') {
          dropOne = false;
          return Promise.resolve(
            err({ code: 'outbox/lease_lost', messageId: claim.message.messageId }),
          );
        }
        return outbox.complete(claim, now);
      },
    }));
    await receive(h.oms, 'PAR', 'MUG-RED', 5);
    await receive(h.oms, 'PAR', 'TEA-50', 1);
    const ref = await ingestOrder(h.oms);
    value(await h.oms.accept(ref));
    await h.oms.dispatch();
    value(
      await h.oms.cancelLines(ref, {
        lines: [{ lineId: 'L1', quantity: 2 }],
        requestedBy: 'seller',
        reasonCode: 'out_of_stock',
      }),
    );
    const message = h.storage
      .listMessages({ status: 'pending' })
      .find((m) => m.effect.kind === 'stock.release');
    expect(message?.effect.payload).toEqual({
      orderId: ref.orderId,
      lines: [{ lineId: 'L1', sku: 'MUG-RED', quantity: 2 }],
    });
    expect((await h.oms.dispatch()).leaseLost).toBe(1);
    h.clock.advance({ minutes: 2 });
    expect((await h.oms.dispatch()).byKind['stock.release']).toBe(1);
    const events = await h.stock.loadEvents('tenant-a', 0, 100);
    expect(events.filter((e) => e.event.type === 'stock.released')).toHaveLength(1);
    expect(await levelOf(h.stock, 'PAR', 'MUG-RED')).toEqual({ onHand: 5, reserved: 0, safety: 0 });
  });

  it('moves the components of a kit from the catalogue, on cancellation and on shipment', async () => {
    const catalogue = validateBundleCatalogue([
      {
        sku: 'KIT',
        components: [
          { sku: 'MUG-RED', quantity: 1 },
          { sku: 'SPOON', quantity: 2 },
        ],
      },
    ]);
    if (!catalogue.ok) throw new Error('catalogue');
    const h = setupInventory({ bundles: catalogue.value });
    await receive(h.oms, 'PAR', 'MUG-RED', 3);
    await receive(h.oms, 'PAR', 'SPOON', 6);
    await receive(h.oms, 'PAR', 'TEA-50', 1);
    const ref = await ingestOrder(h.oms, (json) => {
      ((json['lines'] as Record<string, unknown>[])[0] as Record<string, unknown>)['sku'] = 'KIT';
    });
    value(await h.oms.accept(ref));
    await h.oms.dispatch();
    expect(await levelOf(h.stock, 'PAR', 'SPOON')).toEqual({ onHand: 6, reserved: 4, safety: 0 });
    await cancelUnits(h.oms, ref, 'L1', 1);
    await shipParcel(h.oms, ref, { parcelId: 'P1', lineId: 'L1', quantity: 1, warehouseId: 'PAR' });
    await h.oms.dispatch();
    // One kit cancelled (1 mug, 2 spoons back), one shipped (1 mug, 2 spoons gone).
    expect(await levelOf(h.stock, 'PAR', 'MUG-RED')).toEqual({ onHand: 2, reserved: 0, safety: 0 });
    expect(await levelOf(h.stock, 'PAR', 'SPOON')).toEqual({ onHand: 4, reserved: 0, safety: 0 });
    expect(await levelOf(h.stock, 'PAR', 'KIT')).toEqual({ onHand: 0, reserved: 0, safety: 0 });
  });

  it("ships from the parcel's warehouse even when a cancellation released the units there", async () => {
    const h = setupInventory();
    await receive(h.oms, 'PAR', 'MUG-RED', 1);
    await receive(h.oms, 'PAR', 'TEA-50', 1);
    await receive(h.oms, 'LYO', 'MUG-RED', 1);
    const ref = await ingestOrder(h.oms);
    value(await h.oms.accept(ref));
    await h.oms.dispatch();
    // L1 is split (1 in PAR, 1 in LYO); the cancellation releases one of them, LYO's.
    await cancelUnits(h.oms, ref, 'L1', 1);
    await h.oms.dispatch();
    await shipParcel(h.oms, ref, { parcelId: 'P1', lineId: 'L1', quantity: 1, warehouseId: 'LYO' });
    await h.oms.dispatch();
    // The mug physically left Lyon: Lyon's on hand drops, Paris keeps its mug, free again.
    expect(await levelOf(h.stock, 'LYO', 'MUG-RED')).toEqual({ onHand: 0, reserved: 0, safety: 0 });
    expect(await levelOf(h.stock, 'PAR', 'MUG-RED')).toEqual({ onHand: 1, reserved: 0, safety: 0 });
  });
});
