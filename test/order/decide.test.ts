import { describe, expect, it } from 'vitest';
import {
  decide,
  validateOrder,
  type Order,
  type OrderCommand,
  type OrderLine,
} from '../../src/index.js';
import { fresh } from './_fixtures.js';
import {
  at,
  channel,
  fullLifecycle,
  operator,
  rule,
  runAll,
  threeLineOrder,
  wms,
} from './_lifecycle.js';

const capture = (needsAcceptance: boolean, order: Order = threeLineOrder()): OrderCommand => ({
  type: 'capture',
  at,
  actor: channel,
  order,
  needsAcceptance,
});

describe('decide: capture', () => {
  it('uses a fixture that passes validateOrder (totals computed by hand)', () => {
    expect(validateOrder(threeLineOrder()).ok).toBe(true);
  });

  it('records the capture; the order waits for acceptance when the channel asks for it', () => {
    const decided = decide(undefined, capture(true));
    expect(decided).toEqual({
      ok: true,
      value: [
        {
          type: 'order.captured',
          orderId: 'ord_0001',
          seq: 1,
          at,
          actor: channel,
          data: { order: threeLineOrder(), needsAcceptance: true },
        },
      ],
    });
  });

  it('accepts in the same breath, as the system, when the channel needs no acceptance', () => {
    const decided = decide(undefined, { ...capture(false), reason: 'imported by the feed' });
    expect(decided.ok && decided.value.map((e) => [e.seq, e.type, e.actor, e.reason])).toEqual([
      [1, 'order.captured', channel, 'imported by the feed'],
      [2, 'order.accepted', { kind: 'system', id: 'ordokit' }, undefined],
    ]);
  });

  it('refuses a second capture', () => {
    const { state } = runAll([capture(true)]);
    expect(decide(state, capture(true))).toEqual({
      ok: false,
      error: { code: 'order/already_captured', orderId: 'ord_0001' },
    });
  });

  it('refuses an order that is not fresh: quantities beyond ordered, parcels, duplicate lines', () => {
    const order = threeLineOrder();
    const shipped: OrderLine = { ...order.lines[1]!, quantities: { ...fresh(1), allocated: 1 } };
    const busy = { ...order, lines: [order.lines[0]!, shipped] };
    expect(decide(undefined, capture(true, busy))).toEqual({
      ok: false,
      error: { code: 'order/capture_invalid', reason: 'quantities_not_initial', lineId: 'L2' },
    });
    const withParcel = {
      ...order,
      parcels: [{ parcelId: 'P0', lines: [{ lineId: 'L1', quantity: 1 }] }],
    };
    expect(decide(undefined, capture(true, withParcel))).toEqual({
      ok: false,
      error: { code: 'order/capture_invalid', reason: 'parcels_present' },
    });
    const twice = { ...order, lines: [order.lines[0]!, order.lines[1]!, order.lines[0]!] };
    expect(decide(undefined, capture(true, twice))).toEqual({
      ok: false,
      error: {
        code: 'order/line_id_duplicate',
        path: ['order', 'lines', 2, 'lineId'],
        lineId: 'L1',
        firstIndex: 0,
      },
    });
  });

  it('refuses every other command before the capture', () => {
    expect(decide(undefined, { type: 'accept', at, actor: rule })).toEqual({
      ok: false,
      error: { code: 'order/not_captured', command: 'accept' },
    });
  });
});

describe('decide: the order steps', () => {
  it('runs a whole 3-line order from capture to close', () => {
    const { state, events } = runAll(fullLifecycle());
    expect(events.map((e) => e.type)).toEqual([
      'order.captured',
      'order.accepted',
      'order.preparation_started',
      'order.lines_allocated',
      'parcel.created',
      'parcel.shipped',
      'parcel.delivered',
      'order.closed',
    ]);
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(state.status).toBe('closed');
    expect(state.version).toBe(8);
    expect(state.warehouseId).toBe('WH1');
    expect(state.order.lines.map((l) => l.quantities)).toEqual([
      {
        ordered: 2,
        cancelled: 0,
        allocated: 2,
        shipped: 2,
        delivered: 2,
        returned: 0,
        refunded: 0,
      },
      {
        ordered: 1,
        cancelled: 0,
        allocated: 1,
        shipped: 1,
        delivered: 1,
        returned: 0,
        refunded: 0,
      },
      {
        ordered: 3,
        cancelled: 0,
        allocated: 3,
        shipped: 3,
        delivered: 3,
        returned: 0,
        refunded: 0,
      },
    ]);
  });

  it('moves the status at each step and refuses steps out of order', () => {
    const steps = fullLifecycle();
    const statuses: string[] = [];
    for (let n = 1; n <= steps.length; n++) statuses.push(runAll(steps.slice(0, n)).state.status);
    expect(statuses).toEqual([
      'created',
      'accepted',
      'in_preparation',
      'in_preparation',
      'in_preparation',
      'shipped',
      'delivered',
      'closed',
    ]);
    const created = runAll(steps.slice(0, 1)).state;
    expect(decide(created, { type: 'startPreparation', at, actor: wms })).toEqual({
      ok: false,
      error: {
        code: 'order/invalid_transition',
        from: 'created',
        event: 'order.preparation_started',
      },
    });
    const closed = runAll(steps).state;
    expect(decide(closed, { type: 'accept', at, actor: operator })).toEqual({
      ok: false,
      error: { code: 'order/invalid_transition', from: 'closed', event: 'order.accepted' },
    });
  });

  it('refuses an order: final, nothing else moves it', () => {
    const { state } = runAll([
      capture(true),
      { type: 'refuse', at, actor: operator, reasonCode: 'price_error', reason: 'wrong price' },
    ]);
    expect(state.status).toBe('refused');
    expect(decide(state, { type: 'accept', at, actor: operator })).toEqual({
      ok: false,
      error: { code: 'order/invalid_transition', from: 'refused', event: 'order.accepted' },
    });
  });

  it('carries the command reason into the event, never into events of another actor', () => {
    const { events } = runAll([
      capture(true),
      { type: 'accept', at, actor: operator, reason: 'checked' },
    ]);
    expect(events[1]).toEqual({
      type: 'order.accepted',
      orderId: 'ord_0001',
      seq: 2,
      at,
      actor: operator,
      reason: 'checked',
      data: {},
    });
  });
});

describe('decide: close', () => {
  const steps = fullLifecycle();

  it('refuses while a line still has units neither delivered nor cancelled', () => {
    const shipped = runAll(steps.slice(0, 6)).state;
    expect(decide(shipped, { type: 'close', at, actor: rule })).toEqual({
      ok: false,
      error: { code: 'order/line_open', lineId: 'L1', open: 2 },
    });
  });

  it('refuses while a return is unresolved, and closes once it is resolved', () => {
    const delivered = runAll(steps.slice(0, 7)).state;
    const { state } = runAll(
      [
        {
          type: 'requestReturn',
          at,
          actor: channel,
          rmaId: 'R1',
          lines: [{ lineId: 'L1', quantity: 1, reason: 'defective' }],
        },
      ],
      delivered,
    );
    expect(decide(state, { type: 'close', at, actor: rule })).toEqual({
      ok: false,
      error: { code: 'order/return_unresolved', rmaIds: ['R1'] },
    });
    const resolved = runAll(
      [
        { type: 'approveReturn', at, actor: operator, rmaId: 'R1' },
        { type: 'resolveReturn', at, actor: operator, rmaId: 'R1', resolution: 'refund' },
        { type: 'close', at, actor: rule },
      ],
      state,
    ).state;
    expect(resolved.status).toBe('closed');
  });
});
