import { describe, expect, it } from 'vitest';
import { decide, type OrderCommand, type OrderState } from '../../src/index.js';
import { at, channel, fullLifecycle, operator, runAll, wms } from './_lifecycle.js';

const tracking = { number: '6A12345678901', carrierCode: 'colissimo' };

/** In preparation, nothing allocated yet. */
function preparing(): OrderState {
  return runAll(fullLifecycle().slice(0, 3)).state;
}

function refusal(state: OrderState, command: OrderCommand) {
  const decided = decide(state, command);
  return decided.ok ? undefined : decided.error;
}

describe('decide: allocate and pack', () => {
  it('allocates up to the units neither cancelled nor already allocated', () => {
    const state = runAll(
      [
        {
          type: 'allocateLines',
          at,
          actor: wms,
          lines: [{ lineId: 'L3', quantity: 2, warehouseId: 'WH1' }],
        },
      ],
      preparing(),
    ).state;
    expect(
      refusal(state, {
        type: 'allocateLines',
        at,
        actor: wms,
        lines: [
          { lineId: 'L3', quantity: 1, warehouseId: 'WH1' },
          { lineId: 'L3', quantity: 1, warehouseId: 'WH2' },
        ],
      }),
    ).toEqual({
      code: 'order/quantity_exceeded',
      lineId: 'L3',
      what: 'allocate',
      quantity: 2,
      available: 1,
    });
  });

  it('names unknown lines and impossible quantities', () => {
    const state = preparing();
    expect(
      refusal(state, {
        type: 'allocateLines',
        at,
        actor: wms,
        lines: [{ lineId: 'L9', quantity: 1, warehouseId: 'W' }],
      }),
    ).toEqual({ code: 'order/line_unknown', lineId: 'L9' });
    for (const quantity of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(
        refusal(state, {
          type: 'allocateLines',
          at,
          actor: wms,
          lines: [{ lineId: 'L1', quantity, warehouseId: 'W' }],
        }),
      ).toEqual({ code: 'order/quantity_invalid', lineId: 'L1', quantity });
    }
  });

  it('packs only allocated units not yet in a parcel', () => {
    const state = runAll(
      [
        {
          type: 'allocateLines',
          at,
          actor: wms,
          lines: [{ lineId: 'L1', quantity: 2, warehouseId: 'WH1' }],
        },
        {
          type: 'createParcel',
          at,
          actor: wms,
          parcelId: 'P1',
          lines: [{ lineId: 'L1', quantity: 1 }],
        },
      ],
      preparing(),
    ).state;
    expect(
      refusal(state, {
        type: 'createParcel',
        at,
        actor: wms,
        parcelId: 'P2',
        lines: [{ lineId: 'L1', quantity: 2 }],
      }),
    ).toEqual({
      code: 'order/quantity_exceeded',
      lineId: 'L1',
      what: 'pack',
      quantity: 2,
      available: 1,
    });
    expect(
      refusal(state, {
        type: 'createParcel',
        at,
        actor: wms,
        parcelId: 'P2',
        lines: [{ lineId: 'L2', quantity: 1 }],
      }),
    ).toEqual({
      code: 'order/quantity_exceeded',
      lineId: 'L2',
      what: 'pack',
      quantity: 1,
      available: 0,
    });
    expect(
      refusal(state, {
        type: 'createParcel',
        at,
        actor: wms,
        parcelId: 'P1',
        lines: [{ lineId: 'L1', quantity: 1 }],
      }),
    ).toEqual({ code: 'order/id_duplicate', kind: 'parcel', id: 'P1' });
  });

  it('packs only once preparation started', () => {
    const accepted = runAll(fullLifecycle().slice(0, 2)).state;
    const allocated = runAll(
      [
        {
          type: 'allocateLines',
          at,
          actor: wms,
          lines: [{ lineId: 'L1', quantity: 1, warehouseId: 'WH1' }],
        },
      ],
      accepted,
    ).state;
    expect(allocated.status).toBe('accepted');
    expect(
      refusal(allocated, {
        type: 'createParcel',
        at,
        actor: wms,
        parcelId: 'P1',
        lines: [{ lineId: 'L1', quantity: 1 }],
      }),
    ).toEqual({ code: 'order/invalid_transition', from: 'accepted', event: 'parcel.created' });
  });
});

describe('decide: cancel', () => {
  it('cancels units not packed, never a shipped or packed unit', () => {
    // Everything shipped: no unit of L1 can be cancelled any more.
    const shipped = runAll(fullLifecycle().slice(0, 6)).state;
    expect(
      refusal(shipped, {
        type: 'cancelLines',
        at,
        actor: channel,
        requestedBy: 'buyer',
        reasonCode: 'buyer_request',
        lines: [{ lineId: 'L1', quantity: 1 }],
      }),
    ).toEqual({
      code: 'order/quantity_exceeded',
      lineId: 'L1',
      what: 'cancel',
      quantity: 1,
      available: 0,
    });
    const state = runAll(
      [
        {
          type: 'allocateLines',
          at,
          actor: wms,
          lines: [{ lineId: 'L3', quantity: 3, warehouseId: 'WH1' }],
        },
        {
          type: 'createParcel',
          at,
          actor: wms,
          parcelId: 'P1',
          lines: [{ lineId: 'L3', quantity: 1 }],
        },
        { type: 'shipParcel', at, actor: wms, parcelId: 'P1', tracking },
        {
          type: 'createParcel',
          at,
          actor: wms,
          parcelId: 'P2',
          lines: [{ lineId: 'L3', quantity: 1 }],
        },
      ],
      runAll(fullLifecycle().slice(0, 3)).state,
    ).state;
    const cancel = (quantity: number): OrderCommand => ({
      type: 'cancelLines',
      at,
      actor: operator,
      requestedBy: 'seller',
      reasonCode: 'out_of_stock',
      lines: [{ lineId: 'L3', quantity }],
    });
    // 3 ordered: 1 shipped (P1), 1 packed (P2), 1 allocated only.
    expect(refusal(state, cancel(2))).toEqual({
      code: 'order/quantity_exceeded',
      lineId: 'L3',
      what: 'cancel',
      quantity: 2,
      available: 1,
    });
    const after = runAll([cancel(1)], state).state;
    expect(after.order.lines[2]?.quantities).toEqual({
      ordered: 3,
      cancelled: 1,
      allocated: 2,
      shipped: 1,
      delivered: 0,
      returned: 0,
      refunded: 0,
    });
  });

  it('cancels everything: the order is cancelled', () => {
    const { state } = runAll([
      fullLifecycle()[0]!,
      {
        type: 'cancelLines',
        at,
        actor: channel,
        requestedBy: 'channel',
        reasonCode: 'channel_cancelled',
        lines: [
          { lineId: 'L1', quantity: 2 },
          { lineId: 'L2', quantity: 1 },
          { lineId: 'L3', quantity: 3 },
        ],
      },
    ]);
    expect(state.status).toBe('cancelled');
  });

  it('cancelling the rest of a partly shipped order ships it', () => {
    const state = runAll(
      [
        {
          type: 'createParcel',
          at,
          actor: wms,
          parcelId: 'P1',
          lines: [
            { lineId: 'L1', quantity: 2 },
            { lineId: 'L2', quantity: 1 },
          ],
        },
        { type: 'shipParcel', at, actor: wms, parcelId: 'P1', tracking },
        {
          type: 'cancelLines',
          at,
          actor: operator,
          requestedBy: 'seller',
          reasonCode: 'out_of_stock',
          lines: [{ lineId: 'L3', quantity: 3 }],
        },
      ],
      runAll(fullLifecycle().slice(0, 4)).state,
    ).state;
    expect(state.status).toBe('shipped');
    expect(state.order.lines[2]?.quantities).toMatchObject({ cancelled: 3, allocated: 0 });
  });
});
