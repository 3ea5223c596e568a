import { parseOrder } from '../../order/index.js';
import { ok, type Result } from '../../result/index.js';
import type { ChannelPayloadIssue } from '../errors.js';
import type { PendingChannelOrder, WithheldOrderPart } from '../mappers/mappedOrder.js';

/**
 * Stands in for the withheld shipping address while the rest of the order is checked; it never
 * leaves this module.
 */
const placeholderAddress = { name: 'withheld', line1: 'withheld', city: 'withheld', country: 'ZZ' };

/**
 * Checks a mapped order whose shipping address (and maybe buyer) the channel withholds, with
 * the same rules as a complete one (`parseOrder`: lines, amounts, currency, dates), and keeps
 * what a {@link PendingChannelOrder} carries.
 *
 * @param candidate - the mapped order without `shippingAddress`
 * @param channelStatus - the order's status on the channel, verbatim
 * @param lineStatuses - each line's status on the channel, by `lineId`
 * @param withheld - what the channel withholds
 * @returns the pending order, or the `order/*` issues of the rest of the order
 */
export function readPendingOrder(
  candidate: Readonly<Record<string, unknown>>,
  channelStatus: string,
  lineStatuses: Readonly<Record<string, string>>,
  withheld: readonly WithheldOrderPart[],
): Result<PendingChannelOrder, readonly ChannelPayloadIssue[]> {
  const parsed = parseOrder({ ...candidate, shippingAddress: placeholderAddress });
  if (!parsed.ok) return parsed;
  const { channelRef, placedAt, currency, lines } = parsed.value;
  return ok({
    kind: 'pending',
    channelRef,
    channelStatus,
    placedAt,
    currency,
    lines,
    lineStatuses,
    withheld,
  });
}
