// After-sales steps of the generated histories: refunds and the steps of open returns.
import {
  getCurrency,
  moneyFromMinorUnits,
  moneyToJSON,
  moneyToMinorUnits,
  parseMoneyJson,
  type MoneyJson,
} from '../money/index.js';
import type { OrderCommand, OrderLine, OrderState, RmaState } from '../order/index.js';
import type { Base, Draw } from './lifecycleDraw.js';

/** A line's unit price in minor units (a rough figure: refunds are checked by `decide`). */
function unitMinor(line: OrderLine): bigint {
  const price = line.unitPrice ?? line.lineTotal;
  const read = price === undefined ? undefined : parseMoneyJson(price);
  if (read === undefined || !read.ok) return 0n;
  const units = moneyToMinorUnits(read.value, 'down');
  return line.unitPrice === undefined
    ? units / BigInt(Math.max(1, line.quantities.ordered))
    : units;
}

function minor(units: bigint, currency: string): MoneyJson {
  const m = moneyFromMinorUnits(units, currency);
  return m.ok ? moneyToJSON(m.value) : { amount: '0', currency: 'EUR' };
}

export function refundCommand(state: OrderState, draw: Draw, base: Base): OrderCommand | undefined {
  const currency = state.order.currency;
  const digits = getCurrency(currency)?.minorUnits ?? 2;
  const scale = BigInt(1 + draw.pick(10));
  const lines = state.order.lines.filter(() => draw.pick(3) > 0);
  if (lines.length === 0) return undefined;
  const refundLines = lines.map((l) => {
    const q = l.quantities;
    const room = q.cancelled + q.shipped - q.refunded;
    const quantity = room > 0 ? draw.pick(room + 1) : 0;
    const units = (unitMinor(l) * BigInt(Math.max(quantity, 1)) * scale) / 10n;
    return { lineId: l.lineId, quantity, amount: minor(units > 0n ? units : 1n, currency) };
  });
  const withShipping = draw.pick(4) === 0;
  return {
    ...base,
    type: 'issueRefund',
    refundId: `F${String(state.refunds.refundIds.length + 1)}`,
    lines: refundLines,
    ...(withShipping ? { shipping: minor(10n ** BigInt(Math.max(0, digits - 1)), currency) } : {}),
  };
}

export function rmaSteps(id: string, rma: RmaState, draw: Draw, base: Base): OrderCommand[] {
  const rmaId = id;
  switch (rma.status) {
    case 'requested':
      return draw.pick(5) === 0
        ? [{ ...base, type: 'refuseReturn', rmaId }]
        : [{ ...base, type: 'approveReturn', rmaId }];
    case 'approved':
    case 'awaiting_return':
    case 'received': {
      const left = rma.lines.map((l) => ({
        lineId: l.lineId,
        quantity:
          l.quantity -
          rma.received.filter((r) => r.lineId === l.lineId).reduce((s, r) => s + r.quantity, 0),
      }));
      const receive = left
        .filter((l) => l.quantity > 0)
        .map((l) => ({ lineId: l.lineId, quantity: 1 + draw.pick(l.quantity) }));
      const steps: OrderCommand[] = [];
      if (receive.length > 0) steps.push({ ...base, type: 'receiveReturn', rmaId, lines: receive });
      if (rma.status === 'received')
        steps.push({ ...base, type: 'inspectReturn', rmaId, outcome: 'restock' });
      if (rma.status === 'approved') {
        steps.push({
          ...base,
          type: 'issueReturnLabel',
          rmaId,
          tracking: { number: `RET${rmaId}`, carrierCode: 'colissimo' },
        });
      }
      if (rma.status !== 'received')
        steps.push({ ...base, type: 'resolveReturn', rmaId, resolution: 'reject' });
      return steps;
    }
    case 'inspected':
      return [{ ...base, type: 'resolveReturn', rmaId, resolution: 'refund' }];
    case 'resolved':
      return [{ ...base, type: 'closeReturn', rmaId }];
    default:
      return [];
  }
}
