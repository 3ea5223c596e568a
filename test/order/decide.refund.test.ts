import { describe, expect, it } from 'vitest';
import {
  decide,
  parseOrder,
  type OrderCommand,
  type OrderState,
  type RefundLine,
} from '../../src/index.js';
import { exclusiveOrder } from './_fixtures.js';
import { at, eur, fullLifecycle, operator, rule, runAll } from './_lifecycle.js';

/** The 3-line order (paid 65.00: L1 20.00, L2 30.00, L3 15.00 − 5.00, shipping 5.00), delivered. */
function delivered(): OrderState {
  return runAll(fullLifecycle().slice(0, 7)).state;
}

const refund = (
  refundId: string,
  lines: RefundLine[],
  shipping?: { amount: string; currency: 'EUR' | 'GBP' },
): OrderCommand => ({
  type: 'issueRefund',
  at,
  actor: operator,
  refundId,
  lines,
  ...(shipping === undefined ? {} : { shipping }),
});

function refusal(state: OrderState, command: OrderCommand) {
  const decided = decide(state, command);
  return decided.ok ? undefined : decided.error;
}

describe('decide: refunds', () => {
  it('records a refund: money per line and in total, units refunded', () => {
    const { state, events } = runAll(
      [refund('F1', [{ lineId: 'L1', quantity: 1, amount: eur('10') }], eur('2.5'))],
      delivered(),
    );
    expect(events[0]?.data).toEqual({
      refundId: 'F1',
      amount: eur('12.50'),
      lines: [{ lineId: 'L1', quantity: 1, amount: eur('10') }],
      shipping: eur('2.5'),
    });
    expect(state.refunds).toEqual({
      total: eur('12.50'),
      shipping: eur('2.50'),
      byLine: { L1: eur('10.00') },
      refundIds: ['F1'],
    });
    expect(state.order.lines[0]?.quantities.refunded).toBe(1);
    expect(state.status).toBe('delivered');
  });

  it('refunds at most what was paid on a line, counting earlier refunds', () => {
    const state = delivered();
    expect(
      refusal(state, refund('F1', [{ lineId: 'L1', quantity: 2, amount: eur('20.01') }])),
    ).toEqual({
      code: 'order/refund_exceeds_paid',
      part: 'line',
      lineId: 'L1',
      requested: eur('20.01'),
      available: eur('20.00'),
    });
    // L3: 15.00 less its 5.00 discount.
    expect(
      refusal(state, refund('F1', [{ lineId: 'L3', quantity: 3, amount: eur('10.50') }])),
    ).toMatchObject({
      lineId: 'L3',
      available: eur('10.00'),
    });
    const once = runAll(
      [refund('F1', [{ lineId: 'L1', quantity: 1, amount: eur('15.00') }])],
      state,
    ).state;
    expect(
      refusal(once, refund('F2', [{ lineId: 'L1', quantity: 1, amount: eur('5.01') }])),
    ).toEqual({
      code: 'order/refund_exceeds_paid',
      part: 'line',
      lineId: 'L1',
      requested: eur('20.01'),
      available: eur('20.00'),
    });
    const full = runAll(
      [refund('F2', [{ lineId: 'L1', quantity: 1, amount: eur('5.00') }])],
      once,
    ).state;
    expect(full.refunds.byLine.L1).toEqual(eur('20.00'));
  });

  it('refunds at most the shipping paid', () => {
    expect(refusal(delivered(), refund('F1', [], eur('5.01')))).toEqual({
      code: 'order/refund_exceeds_paid',
      part: 'shipping',
      requested: eur('5.01'),
      available: eur('5.00'),
    });
  });

  it('shares an order-level discount over the lines (prices without tax)', () => {
    // exclusiveOrder: L1 20.00 + 4.00 tax, L2 30.00 + 6.00 tax, shipping 5.00 + 1.00 tax,
    // discount 2.00 on the order, paid 64.00. Goods paid 58.00 split 24 : 36 → 23.20 and 34.80.
    const parsed = parseOrder(exclusiveOrder());
    if (!parsed.ok) throw new Error('fixture');
    const order = parsed.value;
    const state = runAll(fullLifecycle(order).slice(0, 7)).state;
    expect(
      refusal(state, refund('F1', [{ lineId: 'L1', quantity: 2, amount: eur('23.21') }])),
    ).toMatchObject({
      part: 'line',
      available: eur('23.20'),
    });
    expect(
      refusal(state, refund('F1', [{ lineId: 'L2', quantity: 1, amount: eur('34.81') }])),
    ).toMatchObject({
      part: 'line',
      available: eur('34.80'),
    });
    expect(refusal(state, refund('F1', [], eur('6.01')))).toMatchObject({
      part: 'shipping',
      available: eur('6.00'),
    });
    const all = runAll(
      [
        refund(
          'F1',
          [
            { lineId: 'L1', quantity: 2, amount: eur('23.20') },
            { lineId: 'L2', quantity: 1, amount: eur('34.80') },
          ],
          eur('6.00'),
        ),
      ],
      state,
    ).state;
    expect(all.refunds.total).toEqual(eur('64.00'));
  });

  it('refunds units only once they are cancelled or shipped', () => {
    const preparing = runAll(fullLifecycle().slice(0, 3)).state;
    expect(
      refusal(preparing, refund('F1', [{ lineId: 'L1', quantity: 1, amount: eur('1') }])),
    ).toEqual({
      code: 'order/quantity_exceeded',
      lineId: 'L1',
      what: 'refund',
      quantity: 1,
      available: 0,
    });
    // A goodwill amount without units is allowed at any time after capture.
    const goodwill = runAll(
      [refund('F1', [{ lineId: 'L1', quantity: 0, amount: eur('1') }])],
      preparing,
    );
    expect(goodwill.state.order.lines[0]?.quantities.refunded).toBe(0);
    expect(
      refusal(delivered(), refund('F1', [{ lineId: 'L1', quantity: 3, amount: eur('1') }])),
    ).toMatchObject({
      what: 'refund',
      available: 2,
    });
  });

  it('is allowed on a cancelled order, up to the cancelled units', () => {
    const cancelled = runAll([
      fullLifecycle()[0]!,
      {
        type: 'cancelLines',
        at,
        actor: operator,
        requestedBy: 'buyer',
        reasonCode: 'buyer_request',
        lines: [
          { lineId: 'L1', quantity: 2 },
          { lineId: 'L2', quantity: 1 },
          { lineId: 'L3', quantity: 3 },
        ],
      },
      refund('F1', [{ lineId: 'L2', quantity: 1, amount: eur('30') }], eur('5')),
    ]).state;
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.refunds.total).toEqual(eur('35.00'));
  });

  it('refuses malformed refunds with typed errors', () => {
    const state = delivered();
    expect(
      refusal(
        state,
        refund('F1', [{ lineId: 'L1', quantity: 1, amount: { amount: '1', currency: 'GBP' } }]),
      ),
    ).toEqual({
      code: 'order/currency_mismatch',
      path: ['lines', 0, 'amount'],
      expected: 'EUR',
      actual: 'GBP',
    });
    expect(refusal(state, refund('F1', [], { amount: '1', currency: 'GBP' }))).toMatchObject({
      code: 'order/currency_mismatch',
      path: ['shipping'],
    });
    expect(
      refusal(state, refund('F1', [{ lineId: 'L1', quantity: 1, amount: eur('-1') }])),
    ).toEqual({
      code: 'order/refund_invalid',
      reason: 'negative_amount',
      lineId: 'L1',
    });
    expect(
      refusal(state, refund('F1', [{ lineId: 'L1', quantity: 1, amount: eur('1e3') }])),
    ).toEqual({
      code: 'order/refund_invalid',
      reason: 'amount_invalid',
      lineId: 'L1',
    });
    expect(
      refusal(state, refund('F1', [{ lineId: 'L1', quantity: 1, amount: eur('0.00') }])),
    ).toEqual({
      code: 'order/refund_invalid',
      reason: 'empty',
    });
    expect(refusal(state, refund('F1', [{ lineId: 'L8', quantity: 1, amount: eur('1') }]))).toEqual(
      {
        code: 'order/line_unknown',
        lineId: 'L8',
      },
    );
    const once = runAll(
      [refund('F1', [{ lineId: 'L1', quantity: 0, amount: eur('1') }])],
      state,
    ).state;
    expect(refusal(once, refund('F1', [{ lineId: 'L2', quantity: 0, amount: eur('1') }]))).toEqual({
      code: 'order/id_duplicate',
      kind: 'refund',
      id: 'F1',
    });
  });

  it('is refused for an automated actor while the order is on hold', () => {
    const held = runAll(
      [
        {
          type: 'placeHold',
          at,
          actor: operator,
          holdId: 'H1',
          reasonCode: 'suspected_fraud',
          scope: { kind: 'order' },
        },
      ],
      delivered(),
    ).state;
    const automated = {
      ...refund('F1', [{ lineId: 'L1', quantity: 1, amount: eur('1') }]),
      actor: rule,
    };
    expect(refusal(held, automated)).toEqual({
      code: 'order/on_hold',
      command: 'issueRefund',
      holds: [{ holdId: 'H1', reasonCode: 'suspected_fraud', scope: { kind: 'order' } }],
    });
  });
});
