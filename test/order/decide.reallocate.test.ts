import { describe, expect, it } from 'vitest';
import {
  apply,
  decide,
  orderStatuses,
  parseOrderCommand,
  parseOrderEvent,
  type LineReallocation,
  type OrderCommand,
  type OrderState,
} from '../../src/index.js';
import { at, fullLifecycle, operator, rule, runAll, wms } from './_lifecycle.js';

const move = (
  lineId: string,
  quantity: number,
  fromWarehouseId = 'WH1',
  toWarehouseId = 'WH2',
): LineReallocation => ({ lineId, quantity, fromWarehouseId, toWarehouseId });

const reallocate = (...lines: LineReallocation[]): OrderCommand => ({
  type: 'reallocateLines',
  at,
  actor: wms,
  lines,
});

/**
 * In preparation: L1 × 2 and L3 × 3 allocated in WH1, one unit of L1 packed in P1 (not
 * shipped); L2 (1 unit) not allocated. Units that may move: L1 1, L2 0, L3 3.
 */
function preparing(): OrderState {
  return runAll(
    [
      {
        type: 'allocateLines',
        at,
        actor: wms,
        lines: [
          { lineId: 'L1', quantity: 2, warehouseId: 'WH1' },
          { lineId: 'L3', quantity: 3, warehouseId: 'WH1' },
        ],
      },
      {
        type: 'createParcel',
        at,
        actor: wms,
        parcelId: 'P1',
        lines: [{ lineId: 'L1', quantity: 1 }],
      },
    ],
    runAll(fullLifecycle().slice(0, 3)).state,
  ).state;
}

function refusal(state: OrderState, command: OrderCommand) {
  const decided = decide(state, command);
  return decided.ok ? undefined : decided.error;
}

describe('decide: reallocateLines', () => {
  it('moves allocated units not yet packed to another warehouse, quantities unchanged', () => {
    const state = preparing();
    const lines = [move('L1', 1), move('L3', 2, 'WH1', 'WH3'), move('L3', 1, 'WH1', 'WH2')];
    const decided = decide(state, { ...reallocate(...lines), reason: 'count 2025-03-01' });
    expect(decided).toEqual({
      ok: true,
      value: [
        {
          type: 'order.lines_reallocated',
          orderId: 'ord_0001',
          seq: state.version + 1,
          at,
          actor: wms,
          reason: 'count 2025-03-01',
          data: { lines },
        },
      ],
    });
    if (!decided.ok) return;
    const next = decided.value.reduce(apply, state);
    expect(next.version).toBe(state.version + 1);
    expect(next.status).toBe('in_preparation');
    // L1: 2 ordered, 2 allocated; L2: nothing allocated; L3: 3 allocated. Nothing moved in count.
    expect(next.order.lines.map((l) => [l.lineId, l.quantities.allocated])).toEqual([
      ['L1', 2],
      ['L2', 0],
      ['L3', 3],
    ]);
    expect(next).toEqual({ ...state, version: state.version + 1 });
  });

  it('is allowed once accepted, before preparation starts', () => {
    const accepted = runAll(
      [
        {
          type: 'allocateLines',
          at,
          actor: wms,
          lines: [{ lineId: 'L2', quantity: 1, warehouseId: 'WH1' }],
        },
      ],
      runAll(fullLifecycle().slice(0, 2)).state,
    ).state;
    expect(accepted.status).toBe('accepted');
    const { state } = runAll([reallocate(move('L2', 1))], accepted);
    expect(state.status).toBe('accepted');
    expect(state.order.lines[1]?.quantities.allocated).toBe(1);
  });

  it('never moves packed units, and sums the entries of one line', () => {
    const state = preparing();
    expect(refusal(state, reallocate(move('L1', 2)))).toEqual({
      code: 'order/quantity_exceeded',
      lineId: 'L1',
      what: 'reallocate',
      quantity: 2,
      available: 1,
    });
    expect(refusal(state, reallocate(move('L2', 1)))).toEqual({
      code: 'order/quantity_exceeded',
      lineId: 'L2',
      what: 'reallocate',
      quantity: 1,
      available: 0,
    });
    expect(
      refusal(state, reallocate(move('L3', 2, 'WH1', 'WH2'), move('L3', 2, 'WH2', 'WH3'))),
    ).toEqual({
      code: 'order/quantity_exceeded',
      lineId: 'L3',
      what: 'reallocate',
      quantity: 4,
      available: 3,
    });
  });

  it('names unknown lines and impossible quantities', () => {
    const state = preparing();
    expect(refusal(state, reallocate(move('L9', 1)))).toEqual({
      code: 'order/line_unknown',
      lineId: 'L9',
    });
    for (const quantity of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(refusal(state, reallocate(move('L3', quantity)))).toEqual({
        code: 'order/quantity_invalid',
        lineId: 'L3',
        quantity,
      });
    }
  });

  it('refuses a move to the warehouse the units are already in', () => {
    const state = preparing();
    expect(refusal(state, reallocate(move('L3', 1), move('L1', 1, 'WH2', 'WH2')))).toEqual({
      code: 'order/reallocation_same_warehouse',
      lineId: 'L1',
      warehouseId: 'WH2',
    });
  });

  it('is refused outside accepted and in_preparation', () => {
    const state = preparing();
    const elsewhere = orderStatuses.filter((s) => s !== 'accepted' && s !== 'in_preparation');
    expect(elsewhere).toEqual([
      'created',
      'shipped',
      'delivered',
      'closed',
      'cancelled',
      'refused',
    ]);
    for (const status of elsewhere) {
      // A hand-made state: the quantities still leave units to move, only the status differs.
      expect(refusal({ ...state, status }, reallocate(move('L3', 1)))).toEqual({
        code: 'order/invalid_transition',
        from: status,
        event: 'order.lines_reallocated',
      });
    }
  });

  it('is held like allocateLines: order holds and holds on a line it moves', () => {
    const held = runAll(
      [
        {
          type: 'placeHold',
          at,
          actor: rule,
          holdId: 'H1',
          reasonCode: 'backorder',
          scope: { kind: 'line', lineId: 'L3' },
        },
      ],
      preparing(),
    ).state;
    expect(refusal(held, reallocate(move('L1', 1)))).toBeUndefined();
    expect(refusal(held, reallocate(move('L1', 1), move('L3', 1)))).toEqual({
      code: 'order/on_hold',
      command: 'reallocateLines',
      holds: [{ holdId: 'H1', reasonCode: 'backorder', scope: { kind: 'line', lineId: 'L3' } }],
    });
    expect(refusal(held, { ...reallocate(move('L3', 1)), actor: operator })).toBeUndefined();
    // Its own rules first: a wrong command gets its own error, not order/on_hold.
    expect(refusal(held, reallocate(move('L3', 9)))).toMatchObject({
      code: 'order/quantity_exceeded',
    });
  });

  it('parses the command and the event; the schemas bound lists and quantities', () => {
    const command = reallocate(move('L1', 1));
    expect(parseOrderCommand(command)).toEqual({ ok: true, value: command });
    const event = {
      type: 'order.lines_reallocated',
      orderId: 'ord_0001',
      seq: 7,
      at,
      actor: wms,
      data: { lines: [move('L1', 1)] },
    };
    expect(parseOrderEvent(event)).toEqual({ ok: true, value: event });
    const bad = (lines: unknown) => parseOrderCommand({ ...command, lines });
    expect(bad([]).ok).toBe(false);
    expect(bad(Array.from({ length: 1001 }, () => move('L1', 1))).ok).toBe(false);
    expect(bad([move('L1', 0)]).ok).toBe(false);
    expect(bad([{ lineId: 'L1', quantity: 1, fromWarehouseId: 'WH1' }]).ok).toBe(false);
    expect(bad([{ ...move('L1', 1), warehouseId: 'WH2' }]).ok).toBe(false);
    expect(bad(Array.from({ length: 1000 }, () => move('L1', 1))).ok).toBe(true);
  });
});
