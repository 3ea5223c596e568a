import type { AddressIssue } from '../../address/index.js';
import { parseOrder, validateOrder } from '../../order/index.js';
import type {
  Order,
  OrderIssue,
  OrderTotalsMismatch,
  ValidateOrderOptions,
} from '../../order/index.js';
import { err, ok, type Result } from '../../result/index.js';
import type { EngineError } from '../errors.js';

/** An issue that does not stop capture: the order is kept and put on hold for it. */
export type HoldableIssue = AddressIssue | OrderTotalsMismatch;

/** A payload read as an order, with the issues to hold it for. */
export interface ReadPayload {
  readonly order: Order;
  readonly issues: readonly HoldableIssue[];
}

function isHoldable(issue: OrderIssue | AddressIssue): issue is HoldableIssue {
  return issue.code.startsWith('address/') || issue.code === 'order/totals_mismatch';
}

/** `payload.channelRef.channel` when it is a string; never throws (getters, proxies). */
function peekChannel(payload: unknown): unknown {
  try {
    if (typeof payload !== 'object' || payload === null) return undefined;
    const ref: unknown = Reflect.get(payload, 'channelRef');
    if (typeof ref !== 'object' || ref === null) return undefined;
    return Reflect.get(ref, 'channel');
  } catch {
    return undefined;
  }
}

/**
 * The payload with a placeholder `orderId` when it has none: channel mappers do not know
 * ordokit's id (the engine assigns it at capture). Never throws (getters, proxies).
 */
function withOrderId(payload: unknown): unknown {
  try {
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return payload;
    if (Reflect.get(payload, 'orderId') !== undefined) return payload;
    return { ...payload, orderId: 'unassigned' };
  } catch {
    return payload;
  }
}

/**
 * Reads an ingested payload (its `orderId` is optional): the channel must match, the shape must be an order (else
 * `engine/payload_invalid` with the order issues), and address and totals issues are returned
 * to be held for. Never throws on data.
 */
export function readPayload(
  channel: string,
  payload: unknown,
  validation: ValidateOrderOptions,
): Result<ReadPayload, EngineError> {
  payload = withOrderId(payload);
  const peeked = peekChannel(payload);
  if (typeof peeked === 'string' && peeked !== channel) {
    return err({ code: 'engine/channel_mismatch', expected: channel, received: peeked });
  }
  const validated = validateOrder(payload, validation);
  let read: ReadPayload;
  if (validated.ok) {
    read = { order: validated.value.order, issues: [] };
  } else {
    const blocking = validated.error.filter((i): i is OrderIssue => !isHoldable(i));
    if (blocking.length > 0)
      return err({ code: 'engine/payload_invalid', channel, issues: blocking });
    const parsed = parseOrder(payload);
    if (!parsed.ok) return err({ code: 'engine/payload_invalid', channel, issues: parsed.error });
    read = { order: parsed.value, issues: validated.error.filter(isHoldable) };
  }
  const received = read.order.channelRef.channel;
  if (received !== channel) {
    return err({ code: 'engine/channel_mismatch', expected: channel, received });
  }
  return ok(read);
}
