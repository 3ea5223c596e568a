import { parseOrder } from '../../order/index.js';
import { ok, type Result } from '../../result/index.js';
import type { ChannelPayloadIssue } from '../errors.js';
import type { ChannelOrderReading, WithheldOrderPart } from '../mappers/mappedOrder.js';
import { readPendingOrder } from './readPendingOrder.js';

/** What a mapped order carries besides its candidate. */
export interface CandidateOrderParts {
  /** The order's status on the channel, verbatim. */
  readonly channelStatus: string;
  /** Each line's status on the channel, by `lineId`. */
  readonly lineStatuses: Readonly<Record<string, string>>;
  /** The shipping address read (checked by `parseOrder`); unused while withheld. */
  readonly shippingAddress: unknown;
  /** What the channel withholds; undefined when the order is complete. */
  readonly withheld: readonly WithheldOrderPart[] | undefined;
}

/**
 * The reading of a mapped order: a pending order while the channel withholds parts of it
 * ({@link readPendingOrder}), else the order `parseOrder` makes of the candidate and its
 * shipping address.
 *
 * @param candidate - the mapped order without `shippingAddress`
 * @param parts - the statuses, the shipping address and what is withheld
 * @returns the reading, or the `order/*` issues of `parseOrder`
 */
export function readCandidateOrder(
  candidate: Readonly<Record<string, unknown>>,
  parts: CandidateOrderParts,
): Result<ChannelOrderReading, readonly ChannelPayloadIssue[]> {
  const { channelStatus, lineStatuses, withheld } = parts;
  if (withheld !== undefined)
    return readPendingOrder(candidate, channelStatus, lineStatuses, withheld);
  const parsed = parseOrder({ ...candidate, shippingAddress: parts.shippingAddress });
  if (!parsed.ok) return parsed;
  return ok({ kind: 'order', order: parsed.value, channelStatus, lineStatuses });
}
