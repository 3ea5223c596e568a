import { describe, expect, it } from 'vitest';
import {
  apply,
  currencyCodes,
  isOrdokitError,
  moneyToJSON,
  replay,
  zeroMoney,
  type Actor,
  type Order,
  type OrderEvent,
  type OrderLine,
  type OrderState,
} from '../../src/index.js';
import { fresh } from './_fixtures.js';
import { at, channel, fullLifecycle, runAll, threeLineOrder } from './_lifecycle.js';

const system: Actor = { kind: 'system', id: 'host' };
let seq = 1;
const event = (e: Pick<OrderEvent, 'type' | 'data'>): OrderEvent =>
  ({ orderId: 'ord_0001', seq: ++seq, at, actor: system, ...e }) as OrderEvent;

function captured(needsAcceptance = true): OrderState {
  seq = 1;
  return apply(undefined, {
    type: 'order.captured',
    orderId: 'ord_0001',
    seq: 1,
    at,
    actor: channel,
    data: { order: threeLineOrder(), needsAcceptance },
  });
}

describe('apply', () => {
  it('starts a state from the capture', () => {
    expect(captured()).toEqual({
      orderId: 'ord_0001',
      tenantId: 'tenant-a',
      version: 1,
      status: 'created',
      needsAcceptance: true,
      order: threeLineOrder(),
      parcels: {},
      rmas: {},
      holds: [],
      refunds: {
        total: { amount: '0.00', currency: 'EUR' },
        shipping: { amount: '0.00', currency: 'EUR' },
        byLine: {},
        refundIds: [],
      },
      erpDocuments: [],
      notes: [],
      channelStatuses: {},
    });
  });

  it('writes zero refunds the way moneyToJSON does, in every currency', () => {
    for (const currency of currencyCodes) {
      const order = { ...threeLineOrder(), currency };
      const state = apply(undefined, {
        type: 'order.captured',
        orderId: 'o',
        seq: 1,
        at,
        actor: channel,
        data: { order, needsAcceptance: false },
      });
      expect(state.refunds.total).toEqual(moneyToJSON(zeroMoney(currency)));
    }
  });

  it('sets the version to the event seq and leaves the status to annotations alone', () => {
    const state = apply(captured(), event({ type: 'note.added', data: { text: 'gift wrap' } }));
    expect(state.version).toBe(2);
    expect(state.status).toBe('created');
    expect(state.notes).toEqual([{ text: 'gift wrap', at, actor: system }]);
  });

  it('cancels unallocated units first, then allocated ones', () => {
    let state = apply(captured(), event({ type: 'order.accepted', data: {} }));
    state = apply(
      state,
      event({
        type: 'order.lines_allocated',
        data: { lines: [{ lineId: 'L3', quantity: 2, warehouseId: 'W' }] },
      }),
    );
    state = apply(
      state,
      event({
        type: 'order.lines_cancelled',
        data: {
          lines: [{ lineId: 'L3', quantity: 2 }],
          requestedBy: 'buyer',
          reasonCode: 'buyer_request',
        },
      }),
    );
    // 3 ordered, 2 allocated: the unallocated unit goes first, then one allocated unit.
    expect(state.order.lines[2]?.quantities).toEqual({ ...fresh(3), cancelled: 2, allocated: 1 });
    expect(state.status).toBe('accepted');
  });

  it('moves units to another warehouse without touching any quantity or the status', () => {
    let state = apply(captured(), event({ type: 'order.accepted', data: {} }));
    state = apply(
      state,
      event({
        type: 'order.lines_allocated',
        data: { lines: [{ lineId: 'L3', quantity: 2, warehouseId: 'WH1' }] },
      }),
    );
    const moved = apply(
      state,
      event({
        type: 'order.lines_reallocated',
        data: {
          lines: [{ lineId: 'L3', quantity: 2, fromWarehouseId: 'WH1', toWarehouseId: 'WH2' }],
        },
      }),
    );
    expect(moved.version).toBe(state.version + 1);
    expect(moved.status).toBe('accepted');
    expect(moved.order).toBe(state.order);
    expect(moved.order.lines[2]?.quantities).toEqual({ ...fresh(3), allocated: 2 });
    expect(moved).toEqual({ ...state, version: state.version + 1 });
  });

  it('shares what it does not change with the previous state', () => {
    const before = captured();
    const after = apply(
      before,
      event({
        type: 'parcel.created',
        data: { parcelId: 'P1', lines: [{ lineId: 'L1', quantity: 1 }] },
      }),
    );
    expect(after.order).toBe(before.order);
    expect(after.holds).toBe(before.holds);
    expect(after.refunds).toBe(before.refunds);
    expect(after.parcels).not.toBe(before.parcels);
    expect(before.parcels).toEqual({});
  });

  it('keeps every field of the order and its lines when quantities change', () => {
    // Typed Required<…>: a field added to the schemas must be added here, and then copied by
    // apply (src/order/_internal/aggregate/copy.ts).
    const base = threeLineOrder();
    const line: Required<OrderLine> = {
      lineId: 'L1',
      sku: 'MUG-RED',
      title: 'Red mug',
      channelLineRef: 'AMZ-1',
      quantities: fresh(2),
      unitPrice: { amount: '10.00', currency: 'EUR' },
      lineTotal: { amount: '20.00', currency: 'EUR' },
      tax: { amount: '3.33', currency: 'EUR' },
      taxRate: '0.2',
      discount: { amount: '0.00', currency: 'EUR' },
      components: [{ sku: 'MUG', quantity: 1 }],
    };
    const order: Required<Order> = {
      ...base,
      billingAddress: base.shippingAddress,
      lines: [line],
      parcels: [],
      notes: ['gift'],
      tags: ['vip'],
    };
    let state = apply(undefined, {
      type: 'order.captured',
      orderId: 'O1',
      seq: 1,
      at,
      actor: channel,
      data: { order, needsAcceptance: false },
    });
    state = apply(state, {
      type: 'order.lines_allocated',
      orderId: 'O1',
      seq: 2,
      at,
      actor: system,
      data: { lines: [{ lineId: 'L1', quantity: 2, warehouseId: 'W' }] },
    });
    expect(state.order).toEqual({
      ...order,
      lines: [{ ...line, quantities: { ...fresh(2), allocated: 2 } }],
    });
    expect(state.order).not.toBe(order);
  });

  it('is total: events about unknown parcels, returns or holds change only the version', () => {
    const before = captured();
    for (const e of [
      event({
        type: 'parcel.shipped',
        data: {
          parcelId: 'P9',
          carrier: { code: 'dhl' },
          tracking: { number: 'X1', carrierCode: 'dhl' },
        },
      }),
      event({ type: 'parcel.delivered', data: { parcelId: 'P9' } }),
      event({ type: 'parcel.tracking_updated', data: { parcelId: 'P9', status: 'in_transit' } }),
      event({ type: 'return.approved', data: { rmaId: 'R9' } }),
      event({
        type: 'return.received',
        data: { rmaId: 'R9', lines: [{ lineId: 'L1', quantity: 1 }] },
      }),
      event({ type: 'hold.released', data: { holdId: 'H9' } }),
      event({
        type: 'order.lines_allocated',
        data: { lines: [{ lineId: 'L9', quantity: 1, warehouseId: 'W' }] },
      }),
    ]) {
      const after = apply(before, e);
      expect({ ...after, version: before.version }).toEqual(before);
    }
  });

  it('keeps ids such as __proto__ as plain keys', () => {
    const state = apply(
      captured(),
      event({
        type: 'parcel.created',
        data: { parcelId: '__proto__', lines: [{ lineId: 'L1', quantity: 1 }] },
      }),
    );
    expect(Object.hasOwn(state.parcels, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(state.parcels)).toBe(Object.prototype);
    expect(JSON.parse(JSON.stringify(state.parcels))).toEqual(state.parcels);
  });

  it('throws a typed error when a history does not start with the capture', () => {
    const thrown = (() => {
      try {
        apply(undefined, event({ type: 'order.accepted', data: {} }));
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(isOrdokitError(thrown) && thrown.code).toBe('order/not_captured');
    expect(() => replay([])).toThrow(/order.captured/);
  });

  it('replays a history to the state it was decided on', () => {
    const { state, events } = runAll(fullLifecycle());
    expect(replay(events)).toEqual(state);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });
});
