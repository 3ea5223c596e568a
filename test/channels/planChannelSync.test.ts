import { describe, expect, it } from 'vitest';
import {
  lengowProfile,
  miraklProfile,
  planChannelSync,
  type ChannelProfile,
} from '../../src/channels/index.js';
import type { OrderCommand, OrderState } from '../../src/order/index.js';
import { at, fullLifecycle, operator, run, runAll, wms } from '../order/_lifecycle.js';

const steps = fullLifecycle();
/** The state after the first `n` commands of the full lifecycle. */
const after = (n: number): OrderState => runAll(steps.slice(0, n)).state;
const created = after(1);
const accepted = after(2);
const inPreparation = after(3);
const packed = after(5); // every unit in parcel P1, not shipped
const shipped = after(6);
const delivered = after(7);
const closed = after(8);

const withCommand = (state: OrderState, command: OrderCommand) => run(state, command).state;
const cancelled = withCommand(created, {
  type: 'cancelLines',
  at,
  actor: operator,
  lines: [
    { lineId: 'L1', quantity: 2 },
    { lineId: 'L2', quantity: 1 },
    { lineId: 'L3', quantity: 3 },
  ],
  requestedBy: 'seller',
  reasonCode: 'out_of_stock',
});
const refused = withCommand(created, {
  type: 'refuse',
  at,
  actor: operator,
  reasonCode: 'price_error',
});
/** In preparation, L2 ×1 shipped in P1, the rest not packed. */
const partlyShipped = runAll(
  [
    {
      type: 'allocateLines',
      at,
      actor: wms,
      lines: [{ lineId: 'L2', quantity: 1, warehouseId: 'WH1' }],
    },
    {
      type: 'createParcel',
      at,
      actor: wms,
      parcelId: 'P1',
      lines: [{ lineId: 'L2', quantity: 1 }],
    },
    {
      type: 'shipParcel',
      at,
      actor: wms,
      parcelId: 'P1',
      tracking: { number: '6A12345678901', carrierCode: 'colissimo' },
    },
  ],
  inPreparation,
).state;

const observe = (channel: string, status: string) => ({
  type: 'observeChannelStatus',
  channel,
  status,
});

describe('planChannelSync: behind or level', () => {
  it('keeps an order in preparation when Lengow still says waiting_shipment', () => {
    const plan = planChannelSync(inPreparation, lengowProfile, 'waiting_shipment');
    expect(plan.outcome).toBe('observed');
    expect(plan.commands).toEqual([observe('lengow', 'waiting_shipment')]);
    expect(plan.hold).toBeUndefined();
  });

  it('does nothing else for a level status (Mirakl SHIPPED on a shipped order)', () => {
    const plan = planChannelSync(shipped, miraklProfile, 'SHIPPED');
    expect(plan).toMatchObject({ outcome: 'observed', commands: [observe('mirakl', 'SHIPPED')] });
  });

  it('does nothing else for a status behind a delivered order (Lengow shipped)', () => {
    const plan = planChannelSync(delivered, lengowProfile, 'shipped');
    expect(plan.commands).toEqual([observe('lengow', 'shipped')]);
  });

  it('counts a shipped unit as partially shipped: Mirakl SHIPPING (accepted) is behind', () => {
    const plan = planChannelSync(partlyShipped, miraklProfile, 'SHIPPING');
    expect(plan.outcome).toBe('observed');
  });

  it('leaves a cancelled order alone when the channel still says accepted', () => {
    const plan = planChannelSync(cancelled, lengowProfile, 'accepted');
    expect(plan).toEqual({
      outcome: 'observed',
      meaning: lengowProfile.statuses.accepted,
      commands: [observe('lengow', 'accepted')],
    });
  });

  it('skips everything when the order already shows this status for the channel', () => {
    const seen = withCommand(inPreparation, {
      type: 'observeChannelStatus',
      at,
      actor: { kind: 'channel', id: 'lengow' },
      channel: 'lengow',
      status: 'canceled',
    });
    expect(planChannelSync(seen, lengowProfile, 'canceled')).toEqual({
      outcome: 'unchanged',
      commands: [],
    });
  });

  it('records flags-only statuses and nothing else (Lengow refunding)', () => {
    const plan = planChannelSync(shipped, lengowProfile, 'refunding');
    expect(plan).toMatchObject({ outcome: 'observed', commands: [observe('lengow', 'refunding')] });
    expect(plan.hold).toBeUndefined();
  });
});

describe('planChannelSync: ahead, followed', () => {
  it('accepts a created order the channel accepted', () => {
    const plan = planChannelSync(created, lengowProfile, 'waiting_shipment');
    expect(plan.outcome).toBe('followed');
    expect(plan.commands).toEqual([observe('lengow', 'waiting_shipment'), { type: 'accept' }]);
  });

  it('closes a delivered order the channel closed', () => {
    const plan = planChannelSync(delivered, miraklProfile, 'CLOSED');
    expect(plan.commands).toEqual([observe('mirakl', 'CLOSED'), { type: 'close' }]);
  });

  it('refuses a created order the channel refused, reason other', () => {
    const plan = planChannelSync(created, miraklProfile, 'REFUSED');
    expect(plan.commands).toEqual([
      observe('mirakl', 'REFUSED'),
      { type: 'refuse', reasonCode: 'other' },
    ]);
  });

  it('cancels every remaining unit when the channel cancels before shipment', () => {
    const plan = planChannelSync(accepted, lengowProfile, 'canceled');
    expect(plan.commands).toEqual([
      observe('lengow', 'canceled'),
      {
        type: 'cancelLines',
        lines: [
          { lineId: 'L1', quantity: 2 },
          { lineId: 'L2', quantity: 1 },
          { lineId: 'L3', quantity: 3 },
        ],
        requestedBy: 'channel',
        reasonCode: 'channel_cancelled',
      },
    ]);
  });

  it('records the status under the code it is given', () => {
    const plan = planChannelSync(created, lengowProfile, 'accepted', { channel: 'lengow-fr' });
    expect(plan.commands[0]).toEqual(observe('lengow-fr', 'accepted'));
  });
});

describe('planChannelSync: conflicts become holds', () => {
  const holdOf = (state: OrderState, profile: ChannelProfile, status: unknown) => {
    const plan = planChannelSync(state, profile, status);
    expect(plan.outcome).toBe('conflict');
    return plan;
  };

  it('holds a cancellation after shipment, in English and French', () => {
    const en = holdOf(shipped, miraklProfile, 'CANCELED');
    expect(en.commands).toEqual([observe('mirakl', 'CANCELED')]);
    expect(en.hold).toEqual({
      reasonCode: 'channel_conflict',
      scope: { kind: 'order' },
      note: 'Channel mirakl says "CANCELED" (cancelled), but units of the order have already shipped (order shipped).',
      nextAction:
        'Agree with the channel and the buyer on a return or a refund of the shipped units, then release the hold.',
    });
    const fr = planChannelSync(shipped, miraklProfile, 'CANCELED', { locale: 'fr' });
    expect(fr.hold?.note).toBe(
      'Le canal mirakl indique « CANCELED » (cancelled), mais des articles de la commande sont déjà expédiés (commande shipped).',
    );
  });

  it('holds a cancellation once some units shipped', () => {
    expect(holdOf(partlyShipped, lengowProfile, 'canceled').hold?.note).toContain(
      'already shipped',
    );
  });

  it('holds shipped when ordokit has no parcel for it', () => {
    const plan = holdOf(accepted, lengowProfile, 'shipped');
    expect(plan.commands).toEqual([observe('lengow', 'shipped')]);
    expect(plan.hold?.note).toBe(
      'Channel lengow says "shipped" (shipped) while the order is accepted: following it would need data ordokit does not have (parcels, tracking, delivery).',
    );
  });

  it('holds delivered while the order is only shipped, and closed while shipped', () => {
    expect(holdOf(shipped, miraklProfile, 'RECEIVED').hold?.note).toContain('(delivered)');
    expect(holdOf(shipped, miraklProfile, 'CLOSED').hold?.note).toContain('(closed)');
  });

  it('holds an unknown status, and a value that is not a string, without observing it', () => {
    const unknown = holdOf(accepted, lengowProfile, 'teleported');
    expect(unknown.commands).toEqual([observe('lengow', 'teleported')]);
    expect(unknown.hold?.note).toBe(
      'Channel lengow sent "teleported", which its profile does not know.',
    );
    const number = holdOf(accepted, lengowProfile, 42);
    expect(number.commands).toEqual([]);
    expect(number.hold?.note).toBe(
      'Channel lengow sent a number, which its profile does not know.',
    );
  });

  it('holds a refusal after acceptance, and progress on a cancelled order', () => {
    expect(holdOf(inPreparation, miraklProfile, 'REFUSED').hold?.note).toBe(
      'Channel mirakl says "REFUSED" (refused), but the order is already in_preparation.',
    );
    expect(holdOf(refused, lengowProfile, 'shipped').hold?.note).toBe(
      'Channel lengow says "shipped" (shipped), but the order is refused.',
    );
  });

  it('holds a refund ordokit has not recorded', () => {
    expect(holdOf(closed, miraklProfile, 'REFUNDED').hold?.note).toBe(
      'Channel mirakl says "REFUNDED" (refunded), but the order records no such refund.',
    );
  });

  it('holds a cancellation of packed units the lifecycle refuses', () => {
    const plan = holdOf(packed, lengowProfile, 'canceled');
    expect(plan.commands).toEqual([observe('lengow', 'canceled')]);
    expect(plan.hold?.note).toMatch(/^Channel lengow says "canceled" \(cancelled\); the order/);
  });

  it('holds an acceptance an order-scope hold stops', () => {
    const held = withCommand(created, {
      type: 'placeHold',
      at,
      actor: operator,
      holdId: 'H1',
      reasonCode: 'address_incomplete',
      scope: { kind: 'order' },
    });
    const plan = holdOf(held, lengowProfile, 'accepted');
    expect(plan.commands).toEqual([observe('lengow', 'accepted')]);
    expect(plan.hold?.note).toMatch(/could not follow/);
  });

  it('places no second hold with the same note while one is active', () => {
    const first = holdOf(shipped, miraklProfile, 'CANCELED');
    const note = first.hold?.note ?? '';
    const held = withCommand(shipped, {
      type: 'placeHold',
      at,
      actor: operator,
      holdId: 'H1',
      reasonCode: 'channel_conflict',
      scope: { kind: 'order' },
      note,
    });
    const again = planChannelSync(held, miraklProfile, 'CANCELED');
    expect(again).toEqual({
      outcome: 'conflict',
      meaning: miraklProfile.statuses.CANCELED,
      commands: [observe('mirakl', 'CANCELED')],
    });
  });
});
