import type { OrderEventOf } from '../../events.js';
import type { RefundsState } from '../../state.js';
import { addAmounts } from './addAmounts.js';
import { own, withEntry } from './lines.js';

/** The refunds after a `refund.issued` event (money only; units are added to the lines). */
export function applyRefund(
  refunds: RefundsState,
  data: OrderEventOf<'refund.issued'>['data'],
): RefundsState {
  let byLine = refunds.byLine;
  for (const line of data.lines) {
    const before = own(byLine, line.lineId);
    byLine = withEntry(
      byLine,
      line.lineId,
      before === undefined
        ? addAmounts({ amount: '0', currency: line.amount.currency }, line.amount)
        : addAmounts(before, line.amount),
    );
  }
  return {
    total: addAmounts(refunds.total, data.amount),
    shipping:
      data.shipping === undefined ? refunds.shipping : addAmounts(refunds.shipping, data.shipping),
    byLine,
    refundIds: [...refunds.refundIds, data.refundId],
  };
}
