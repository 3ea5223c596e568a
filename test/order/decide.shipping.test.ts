import { describe, expect, it } from 'vitest';
import { decide, type OrderCommand, type OrderState } from '../../src/index.js';
import { at, carrier, fullLifecycle, runAll, wms } from './_lifecycle.js';

const tracking = { number: '6A12345678901', carrierCode: 'colissimo' };

function refusal(state: OrderState, command: OrderCommand) {
  const decided = decide(state, command);
  return decided.ok ? undefined : decided.error;
}

describe('decide: ship, track, deliver', () => {
  /** L1 × 2 packed in P1, L2 and L3 allocated but not packed. */
  function packed(): OrderState {
    return runAll(
      fullLifecycle()
        .slice(0, 4)
        .concat([
          {
            type: 'createParcel',
            at,
            actor: wms,
            parcelId: 'P1',
            lines: [{ lineId: 'L1', quantity: 2 }],
          },
        ]),
    ).state;
  }

  it('never ships without tracking, nor twice, nor an unknown parcel', () => {
    const state = packed();
    expect(refusal(state, { type: 'shipParcel', at, actor: wms, parcelId: 'P1' })).toEqual({
      code: 'order/tracking_missing',
      parcelId: 'P1',
    });
    expect(
      refusal(state, {
        type: 'shipParcel',
        at,
        actor: wms,
        parcelId: 'P1',
        tracking: { ...tracking, number: ' ' },
      }),
    ).toEqual({ code: 'order/tracking_missing', parcelId: 'P1' });
    expect(
      refusal(state, { type: 'shipParcel', at, actor: wms, parcelId: 'P7', tracking }),
    ).toEqual({
      code: 'order/parcel_unknown',
      parcelId: 'P7',
    });
    const shipped = runAll(
      [{ type: 'shipParcel', at, actor: wms, parcelId: 'P1', tracking }],
      state,
    ).state;
    expect(
      refusal(shipped, { type: 'shipParcel', at, actor: wms, parcelId: 'P1', tracking }),
    ).toEqual({
      code: 'order/parcel_already_shipped',
      parcelId: 'P1',
    });
  });

  it('ships a parcel: its units count as shipped, the carrier defaults to the tracking one', () => {
    const { state, events } = runAll(
      [{ type: 'shipParcel', at, actor: wms, parcelId: 'P1', tracking }],
      packed(),
    );
    expect(events[0]?.data).toEqual({ parcelId: 'P1', carrier: { code: 'colissimo' }, tracking });
    expect(state.parcels.P1).toEqual({
      status: 'picked_up',
      lines: [{ lineId: 'L1', quantity: 2 }],
      carrier: { code: 'colissimo' },
      tracking,
      shippedAt: at,
    });
    expect(state.order.lines[0]?.quantities.shipped).toBe(2);
    // Other lines are still in the warehouse: the order is partially shipped, not shipped.
    expect(state.status).toBe('in_preparation');
  });

  it('never records tracking or delivery before the parcel ships', () => {
    const state = packed();
    expect(refusal(state, { type: 'deliverParcel', at, actor: carrier, parcelId: 'P1' })).toEqual({
      code: 'order/parcel_not_shipped',
      parcelId: 'P1',
    });
    expect(
      refusal(state, {
        type: 'updateTracking',
        at,
        actor: carrier,
        parcelId: 'P1',
        status: 'in_transit',
      }),
    ).toEqual({ code: 'order/parcel_not_shipped', parcelId: 'P1' });
  });

  it('follows the parcel machine: repeated scans pass, final statuses never change', () => {
    const shipped = runAll(
      [{ type: 'shipParcel', at, actor: wms, parcelId: 'P1', tracking }],
      packed(),
    ).state;
    const track = (status: 'in_transit' | 'label_created' | 'lost'): OrderCommand => ({
      type: 'updateTracking',
      at,
      actor: carrier,
      parcelId: 'P1',
      status,
      carrierStatus: 'Colis en cours d’acheminement',
    });
    const moving = runAll([track('in_transit'), track('in_transit')], shipped).state;
    expect(moving.parcels.P1?.status).toBe('in_transit');
    expect(refusal(moving, track('label_created'))).toEqual({
      code: 'order/parcel_invalid_transition',
      parcelId: 'P1',
      from: 'in_transit',
      to: 'label_created',
    });
    const lost = runAll([track('lost')], moving).state;
    expect(refusal(lost, track('in_transit'))).toMatchObject({ from: 'lost', to: 'in_transit' });
    expect(refusal(lost, { type: 'deliverParcel', at, actor: carrier, parcelId: 'P1' })).toEqual({
      code: 'order/parcel_invalid_transition',
      parcelId: 'P1',
      from: 'lost',
      to: 'delivered',
    });
    // A lost parcel's units stay shipped, not delivered.
    expect(lost.order.lines[0]?.quantities).toMatchObject({ shipped: 2, delivered: 0 });
  });

  it('a delivered tracking status records the delivery too', () => {
    const shipped = runAll(
      [{ type: 'shipParcel', at, actor: wms, parcelId: 'P1', tracking }],
      packed(),
    ).state;
    const { state, events } = runAll(
      [{ type: 'updateTracking', at, actor: carrier, parcelId: 'P1', status: 'delivered' }],
      shipped,
    );
    expect(events.map((e) => [e.seq, e.type])).toEqual([
      [7, 'parcel.tracking_updated'],
      [8, 'parcel.delivered'],
    ]);
    expect(state.parcels.P1).toMatchObject({ status: 'delivered', deliveredAt: at });
    expect(state.order.lines[0]?.quantities.delivered).toBe(2);
    expect(
      refusal(state, { type: 'deliverParcel', at, actor: carrier, parcelId: 'P1' }),
    ).toMatchObject({
      code: 'order/parcel_invalid_transition',
      from: 'delivered',
    });
  });
});
