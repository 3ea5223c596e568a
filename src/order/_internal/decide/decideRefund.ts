import {
  addMoney,
  compareMoney,
  isNegativeMoney,
  isZeroMoney,
  moneyToJSON,
  parseMoneyJson,
  sumMoney,
  zeroMoney,
  type Money,
  type MoneyJson,
} from '../../../money/index.js';
import { err, ok, type Result } from '../../../result/index.js';
import type { OrderCommandOf } from '../../commands.js';
import type { OrderIssuePath } from '../../errors.js';
import type { OrderLifecycleError } from '../../lifecycleErrors.js';
import type { OrderState } from '../../state.js';
import { own } from '../aggregate/lines.js';
import { computePaidShares } from '../aggregate/paidShares.js';
import { one, readLineAsks, type Decision } from './shared.js';

/** Reads one refund amount: a decimal in the order's currency, ≥ 0. */
function readAmount(
  state: OrderState,
  json: MoneyJson,
  path: OrderIssuePath,
  lineId: string | undefined,
): Result<Money, OrderLifecycleError> {
  const where = lineId === undefined ? {} : { lineId };
  const parsed = parseMoneyJson(json);
  if (!parsed.ok) return err({ code: 'order/refund_invalid', reason: 'amount_invalid', ...where });
  const expected = state.order.currency;
  if (parsed.value.currency !== expected) {
    return err({ code: 'order/currency_mismatch', path, expected, actual: parsed.value.currency });
  }
  if (isNegativeMoney(parsed.value) && !isZeroMoney(parsed.value)) {
    return err({ code: 'order/refund_invalid', reason: 'negative_amount', ...where });
  }
  return ok(parsed.value);
}

function exceeds(
  part: 'line' | 'shipping' | 'total',
  requested: Money,
  available: Money,
  lineId?: string,
): Decision | undefined {
  if (compareMoney(requested, available) <= 0) return undefined;
  return err({
    code: 'order/refund_exceeds_paid',
    part,
    ...(lineId === undefined ? {} : { lineId }),
    requested: moneyToJSON(requested),
    available: moneyToJSON(available),
  });
}

/** Refunded so far on a part (MoneyJson of the state), as Money. */
function before(json: MoneyJson | undefined, state: OrderState): Money {
  if (json === undefined) return zeroMoney(state.order.currency);
  const parsed = parseMoneyJson(json);
  return parsed.ok ? parsed.value : zeroMoney(state.order.currency);
}

/**
 * `issueRefund`: amounts ≥ 0 in the order's currency, at least one positive; units refunded
 * within the cancelled or shipped units; money within what was paid per line (its share of
 * `totals.paid`), on shipping, and in total — refunds issued before included.
 */
export function decideRefund(state: OrderState, c: OrderCommandOf<'issueRefund'>): Decision {
  if (state.refunds.refundIds.includes(c.refundId)) {
    return err({ code: 'order/id_duplicate', kind: 'refund', id: c.refundId });
  }
  const asks = readLineAsks(state, c.lines, true);
  if (!asks.ok) return asks;
  const currency = state.order.currency;
  const perLine = new Map<string, Money>();
  for (let i = 0; i < c.lines.length; i++) {
    const line = c.lines[i];
    if (line === undefined) continue;
    const amount = readAmount(state, line.amount, ['lines', i, 'amount'], line.lineId);
    if (!amount.ok) return amount;
    perLine.set(
      line.lineId,
      addMoney(perLine.get(line.lineId) ?? zeroMoney(currency), amount.value),
    );
  }
  let shipping = zeroMoney(currency);
  if (c.shipping !== undefined) {
    const read = readAmount(state, c.shipping, ['shipping'], undefined);
    if (!read.ok) return read;
    shipping = read.value;
  }
  const total = sumMoney([shipping, ...perLine.values()], currency);
  if (isZeroMoney(total)) return err({ code: 'order/refund_invalid', reason: 'empty' });
  for (const [lineId, ask] of asks.value) {
    const q = state.order.lines[ask.index]?.quantities;
    const free = q === undefined ? 0 : q.cancelled + q.shipped - q.refunded;
    if (ask.quantity > free) {
      return err({
        code: 'order/quantity_exceeded',
        lineId,
        what: 'refund',
        quantity: ask.quantity,
        available: Math.max(0, free),
      });
    }
  }
  const paid = computePaidShares(state.order);
  for (const [lineId, amount] of perLine) {
    const requested = addMoney(before(own(state.refunds.byLine, lineId), state), amount);
    const over = exceeds('line', requested, paid.lines.get(lineId) ?? zeroMoney(currency), lineId);
    if (over !== undefined) return over;
  }
  const overShipping = exceeds(
    'shipping',
    addMoney(before(state.refunds.shipping, state), shipping),
    paid.shipping,
  );
  if (overShipping !== undefined) return overShipping;
  const overTotal = exceeds(
    'total',
    addMoney(before(state.refunds.total, state), total),
    paid.total,
  );
  if (overTotal !== undefined) return overTotal;
  return one({
    type: 'refund.issued',
    data: {
      refundId: c.refundId,
      amount: moneyToJSON(total),
      lines: c.lines,
      ...(c.shipping === undefined ? {} : { shipping: c.shipping }),
    },
  });
}
