import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  addMoney,
  apply,
  compareMoney,
  moneyToJSON,
  parseMoneyJson,
  sumMoney,
  zeroMoney,
  type CurrencyCode,
  type Money,
  type MoneyJson,
  type OrderEvent,
  type OrderState,
} from '../../src/index.js';
import { arbitraryOrderHistory } from '../../src/testing/index.js';
import { threeLineOrder } from '../order/_lifecycle.js';

const read = (json: MoneyJson): Money => {
  const parsed = parseMoneyJson(json);
  if (!parsed.ok) throw new Error(`not an amount: ${JSON.stringify(json)}`);
  return parsed.value;
};

/** Plain decimal text: up to 14 integer digits and 0 to 8 decimals, sometimes trailing zeros. */
const amountText = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 14n - 1n }), fc.nat(8), fc.nat(3))
  .map(([units, scale, zeros]) => {
    const digits = units.toString().padStart(scale + 1, '0');
    const whole = digits.slice(0, digits.length - scale);
    const fraction = digits.slice(digits.length - scale) + '0'.repeat(scale > 0 ? zeros : 0);
    return fraction === '' ? whole : `${whole}.${fraction}`;
  });

describe('refund amounts', () => {
  test.prop(
    [
      fc.constantFrom<CurrencyCode>('EUR', 'JPY', 'BHD', 'CLF'),
      fc.array(amountText, { maxLength: 6 }),
    ],
    { numRuns: 1000 },
  )('apply adds refunds exactly, written as moneyToJSON writes them', (currency, amounts) => {
    const order = { ...threeLineOrder(), currency };
    const at = '2025-03-01T10:00:00Z';
    const actor = { kind: 'user', id: 'u' } as const;
    let state: OrderState = apply(undefined, {
      type: 'order.captured',
      orderId: 'O',
      seq: 1,
      at,
      actor,
      data: { order, needsAcceptance: false },
    });
    amounts.forEach((amount, i) => {
      const event: OrderEvent = {
        type: 'refund.issued',
        orderId: 'O',
        seq: i + 2,
        at,
        actor,
        data: {
          refundId: `F${String(i)}`,
          amount: { amount, currency },
          lines: [{ lineId: 'L1', quantity: 0, amount: { amount, currency } }],
        },
      };
      state = apply(state, event);
    });
    const expected = moneyToJSON(
      sumMoney(
        amounts.map((a) => read({ amount: a, currency })),
        currency,
      ),
    );
    expect(state.refunds.total).toEqual(expected);
    expect(state.refunds.byLine.L1 ?? moneyToJSON(zeroMoney(currency))).toEqual(expected);
  });

  test.prop([arbitraryOrderHistory()], { numRuns: 1000 })(
    'refunds never exceed what was paid, and lines plus shipping make the total',
    (history) => {
      const { refunds, order } = history.state;
      const c = order.currency;
      const lines = Object.values(refunds.byLine).map(read);
      const sum = addMoney(sumMoney(lines, c), read(refunds.shipping));
      expect(compareMoney(sum, read(refunds.total))).toBe(0);
      expect(compareMoney(read(refunds.total), read(order.totals.paid))).toBeLessThanOrEqual(0);
      const shippingPaid = order.totals.pricesIncludeTax
        ? read(order.totals.shipping)
        : addMoney(
            read(order.totals.shipping),
            order.totals.shippingTax === undefined ? zeroMoney(c) : read(order.totals.shippingTax),
          );
      expect(compareMoney(read(refunds.shipping), shippingPaid)).toBeLessThanOrEqual(0);
      for (const line of order.lines)
        expect(line.quantities.refunded).toBeLessThanOrEqual(
          line.quantities.cancelled + line.quantities.shipped,
        );
    },
  );
});
