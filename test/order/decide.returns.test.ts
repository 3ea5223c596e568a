import { describe, expect, it } from 'vitest';
import { decide, type OrderCommand, type OrderState } from '../../src/index.js';
import { at, channel, fullLifecycle, operator, rule, runAll, wms } from './_lifecycle.js';

function delivered(): OrderState {
  return runAll(fullLifecycle().slice(0, 7)).state;
}

const request = (rmaId: string, lineId: string, quantity: number): OrderCommand => ({
  type: 'requestReturn',
  at,
  actor: channel,
  rmaId,
  lines: [{ lineId, quantity, reason: 'size_too_small', channelReason: 'APPAREL_TOO_SMALL' }],
});

function refusal(state: OrderState, command: OrderCommand) {
  const decided = decide(state, command);
  return decided.ok ? undefined : decided.error;
}

describe('decide: returns', () => {
  it('runs a return through every step; the units come back, the order stays delivered', () => {
    const { state, events } = runAll(
      [
        request('R1', 'L3', 2),
        { type: 'approveReturn', at, actor: operator, rmaId: 'R1' },
        {
          type: 'issueReturnLabel',
          at,
          actor: operator,
          rmaId: 'R1',
          tracking: { number: 'RET-001', carrierCode: 'colissimo' },
        },
        {
          type: 'receiveReturn',
          at,
          actor: wms,
          rmaId: 'R1',
          lines: [{ lineId: 'L3', quantity: 1 }],
        },
        {
          type: 'receiveReturn',
          at,
          actor: wms,
          rmaId: 'R1',
          lines: [{ lineId: 'L3', quantity: 1 }],
        },
        { type: 'inspectReturn', at, actor: wms, rmaId: 'R1', outcome: 'restock' },
        { type: 'resolveReturn', at, actor: operator, rmaId: 'R1', resolution: 'refund' },
        { type: 'closeReturn', at, actor: operator, rmaId: 'R1' },
      ],
      delivered(),
    );
    expect(events.map((e) => e.type)).toEqual([
      'return.requested',
      'return.approved',
      'return.label_issued',
      'return.received',
      'return.received',
      'return.inspected',
      'return.resolved',
      'return.closed',
    ]);
    expect(state.rmas.R1).toEqual({
      status: 'closed',
      lines: [
        { lineId: 'L3', quantity: 2, reason: 'size_too_small', channelReason: 'APPAREL_TOO_SMALL' },
      ],
      received: [{ lineId: 'L3', quantity: 2 }],
      label: { number: 'RET-001', carrierCode: 'colissimo' },
      outcome: 'restock',
      resolution: 'refund',
    });
    expect(state.order.lines[2]?.quantities).toMatchObject({ delivered: 3, returned: 2 });
    expect(state.status).toBe('delivered');
  });

  it('asks back only delivered units not returned nor already asked back', () => {
    const state = delivered();
    expect(refusal(state, request('R1', 'L2', 2))).toEqual({
      code: 'order/quantity_exceeded',
      lineId: 'L2',
      what: 'return',
      quantity: 2,
      available: 1,
    });
    const asked = runAll([request('R1', 'L3', 2)], state).state;
    expect(refusal(asked, request('R2', 'L3', 2))).toMatchObject({ what: 'return', available: 1 });
    expect(refusal(asked, request('R1', 'L1', 1))).toEqual({
      code: 'order/id_duplicate',
      kind: 'rma',
      id: 'R1',
    });
    // A refused return frees its units.
    const refused = runAll(
      [{ type: 'refuseReturn', at, actor: operator, rmaId: 'R1' }],
      asked,
    ).state;
    expect(refusal(refused, request('R2', 'L3', 3))).toBeUndefined();
  });

  it('receives only what the return asked for and not yet received', () => {
    const approved = runAll(
      [request('R1', 'L3', 2), { type: 'approveReturn', at, actor: operator, rmaId: 'R1' }],
      delivered(),
    ).state;
    expect(
      refusal(approved, {
        type: 'receiveReturn',
        at,
        actor: wms,
        rmaId: 'R1',
        lines: [{ lineId: 'L3', quantity: 3 }],
      }),
    ).toEqual({
      code: 'order/quantity_exceeded',
      lineId: 'L3',
      what: 'receive',
      quantity: 3,
      available: 2,
    });
    expect(
      refusal(approved, {
        type: 'receiveReturn',
        at,
        actor: wms,
        rmaId: 'R1',
        lines: [{ lineId: 'L1', quantity: 1 }],
      }),
    ).toMatchObject({ lineId: 'L1', what: 'receive', available: 0 });
  });

  it('follows the return machine', () => {
    const requested = runAll([request('R1', 'L3', 1)], delivered()).state;
    expect(
      refusal(requested, {
        type: 'receiveReturn',
        at,
        actor: wms,
        rmaId: 'R1',
        lines: [{ lineId: 'L3', quantity: 1 }],
      }),
    ).toEqual({
      code: 'order/rma_invalid_transition',
      rmaId: 'R1',
      from: 'requested',
      event: 'return.received',
    });
    expect(refusal(requested, { type: 'closeReturn', at, actor: operator, rmaId: 'R1' })).toEqual({
      code: 'order/rma_invalid_transition',
      rmaId: 'R1',
      from: 'requested',
      event: 'return.closed',
    });
    expect(refusal(requested, { type: 'approveReturn', at, actor: operator, rmaId: 'R9' })).toEqual(
      {
        code: 'order/rma_unknown',
        rmaId: 'R9',
      },
    );
  });

  it('allows returns only once something was delivered', () => {
    const preparing = runAll(fullLifecycle().slice(0, 3)).state;
    expect(refusal(preparing, request('R1', 'L1', 1))).toMatchObject({
      code: 'order/quantity_exceeded',
      what: 'return',
      available: 0,
    });
  });

  it('holds the seller decisions on a return for automated actors, not the buyer request', () => {
    const held = runAll(
      [
        {
          type: 'placeHold',
          at,
          actor: operator,
          holdId: 'H1',
          reasonCode: 'manual',
          scope: { kind: 'line', lineId: 'L3' },
        },
        request('R1', 'L3', 1),
      ],
      delivered(),
    ).state;
    expect(refusal(held, { type: 'approveReturn', at, actor: rule, rmaId: 'R1' })).toEqual({
      code: 'order/on_hold',
      command: 'approveReturn',
      holds: [{ holdId: 'H1', reasonCode: 'manual', scope: { kind: 'line', lineId: 'L3' } }],
    });
    expect(
      refusal(held, { type: 'approveReturn', at, actor: operator, rmaId: 'R1' }),
    ).toBeUndefined();
  });
});
