import { describe, expect, it } from 'vitest';
import {
  decide,
  findBlockingHolds,
  isOnHold,
  listLineHolds,
  type OrderCommand,
  type OrderState,
} from '../../src/index.js';
import { at, carrier, channel, fullLifecycle, operator, rule, runAll, wms } from './_lifecycle.js';

const tracking = { number: '6A12345678901', carrierCode: 'colissimo' };
const steps = fullLifecycle();

const hold = (
  holdId: string,
  scope: { kind: 'order' } | { kind: 'line'; lineId: string },
): OrderCommand => ({
  type: 'placeHold',
  at,
  actor: rule,
  holdId,
  reasonCode: scope.kind === 'order' ? 'phone_missing' : 'stock_discrepancy',
  scope,
  note: 'The carrier needs a phone number',
  nextAction: 'Ask the buyer for a phone number',
});
const release = (holdId: string): OrderCommand => ({
  type: 'releaseHold',
  at,
  actor: operator,
  holdId,
});

function refusal(state: OrderState, command: OrderCommand) {
  const decided = decide(state, command);
  return decided.ok ? undefined : decided.error;
}

describe('holds', () => {
  it('records who placed a hold, when, why and what to do next', () => {
    const { state, events } = runAll([steps[0]!, hold('H1', { kind: 'order' })]);
    expect(events[1]).toMatchObject({ type: 'hold.placed', seq: 2, actor: rule });
    expect(state.holds).toEqual([
      {
        holdId: 'H1',
        reasonCode: 'phone_missing',
        scope: { kind: 'order' },
        note: 'The carrier needs a phone number',
        nextAction: 'Ask the buyer for a phone number',
        placedBy: rule,
        placedAt: at,
      },
    ]);
    expect(state.status).toBe('created');
    expect(isOnHold(state)).toBe(true);
  });

  it('refuses automated decisions while held, lets operators through', () => {
    const held = runAll([steps[0]!, hold('H1', { kind: 'order' })]).state;
    expect(refusal(held, steps[1]!)).toEqual({
      code: 'order/on_hold',
      command: 'accept',
      holds: [{ holdId: 'H1', reasonCode: 'phone_missing', scope: { kind: 'order' } }],
    });
    expect(refusal(held, { ...steps[1]!, actor: operator })).toBeUndefined();
  });

  it('records observations of the outside world while held', () => {
    const shipped = runAll(steps.slice(0, 6)).state;
    const held = runAll([hold('H1', { kind: 'order' })], shipped).state;
    const observations: OrderCommand[] = [
      { type: 'updateTracking', at, actor: carrier, parcelId: 'P1', status: 'in_transit' },
      { type: 'observeChannelStatus', at, actor: channel, channel: 'amazon', status: 'Shipped' },
      { type: 'addNote', at, actor: channel, text: 'Buyer asked for the delivery date' },
      {
        type: 'linkErpDocument',
        at,
        actor: { kind: 'erp', id: 'erp' },
        kind: 'invoice',
        number: 'FA-2025-001',
      },
      { type: 'deliverParcel', at, actor: carrier, parcelId: 'P1' },
    ];
    const { state } = runAll(observations, held);
    expect(state.status).toBe('delivered');
    expect(state.channelStatuses).toEqual({ amazon: { status: 'Shipped', observedAt: at } });
    expect(state.erpDocuments).toEqual([{ kind: 'invoice', number: 'FA-2025-001', linkedAt: at }]);
    expect(refusal(state, steps[7]!)).toMatchObject({ code: 'order/on_hold', command: 'close' });
  });

  it('a buyer cancellation goes through a hold; a seller one from automation does not', () => {
    const held = runAll([steps[0]!, hold('H1', { kind: 'order' })]).state;
    const cancel = (requestedBy: 'buyer' | 'seller'): OrderCommand => ({
      type: 'cancelLines',
      at,
      actor: channel,
      requestedBy,
      reasonCode: 'buyer_request',
      lines: [{ lineId: 'L1', quantity: 1 }],
    });
    expect(refusal(held, cancel('buyer'))).toBeUndefined();
    expect(refusal(held, cancel('seller'))).toMatchObject({
      code: 'order/on_hold',
      command: 'cancelLines',
    });
  });

  it('a line hold blocks decisions on that line only (and closing)', () => {
    const preparing = runAll(steps.slice(0, 3)).state;
    const held = runAll([hold('H2', { kind: 'line', lineId: 'L2' })], preparing).state;
    const allocate = (lineId: string): OrderCommand => ({
      type: 'allocateLines',
      at,
      actor: wms,
      lines: [{ lineId, quantity: 1, warehouseId: 'WH1' }],
    });
    expect(refusal(held, allocate('L1'))).toBeUndefined();
    expect(refusal(held, allocate('L2'))).toEqual({
      code: 'order/on_hold',
      command: 'allocateLines',
      holds: [
        { holdId: 'H2', reasonCode: 'stock_discrepancy', scope: { kind: 'line', lineId: 'L2' } },
      ],
    });
    expect(isOnHold(held, 'L1')).toBe(false);
    expect(isOnHold(held, 'L2')).toBe(true);
    expect(listLineHolds(held, 'L2').map((h) => h.holdId)).toEqual(['H2']);
    expect(findBlockingHolds(held, { type: 'accept', at, actor: rule })).toEqual([]);
    expect(
      findBlockingHolds(held, { type: 'close', at, actor: rule }).map((h) => h.holdId),
    ).toEqual(['H2']);
  });

  it('holds stack; releasing the last one resumes exactly where the flow stopped', () => {
    const packed = runAll(
      steps
        .slice(0, 5)
        .concat([hold('H1', { kind: 'order' }), hold('H2', { kind: 'line', lineId: 'L1' })]),
    ).state;
    const ship = steps[5]!;
    expect(refusal(packed, ship)).toMatchObject({ holds: [{ holdId: 'H1' }, { holdId: 'H2' }] });
    const one = runAll([release('H1')], packed).state;
    expect(refusal(one, ship)).toMatchObject({ holds: [{ holdId: 'H2' }] });
    const { state: resumed, events } = runAll([release('H2')], one);
    // Releasing replays nothing and changes no status: the parcel still waits for its label.
    expect(events.map((e) => e.type)).toEqual(['hold.released']);
    expect(resumed.status).toBe(packed.status);
    expect(resumed.parcels).toBe(packed.parcels);
    expect(resumed.order).toBe(packed.order);
    expect(resumed.holds).toEqual([]);
    const shipped = runAll([ship], resumed).state;
    expect(shipped.parcels.P1?.tracking).toEqual(tracking);
  });

  it('refuses unknown and duplicate holds', () => {
    const held = runAll([steps[0]!, hold('H1', { kind: 'order' })]).state;
    expect(refusal(held, release('H9'))).toEqual({ code: 'order/hold_unknown', holdId: 'H9' });
    expect(refusal(held, hold('H1', { kind: 'order' }))).toEqual({
      code: 'order/id_duplicate',
      kind: 'hold',
      id: 'H1',
    });
    expect(refusal(held, hold('H3', { kind: 'line', lineId: 'L7' }))).toEqual({
      code: 'order/line_unknown',
      lineId: 'L7',
    });
    const released = runAll([release('H1')], held).state;
    expect(refusal(released, release('H1'))).toEqual({ code: 'order/hold_unknown', holdId: 'H1' });
  });
});
