import type { Result } from '../result/index.js';
import type { OrderIssue } from './errors.js';
import { OrderEventSchema, orderEventTypes, type OrderEvent } from './events.js';
import { parseWith } from './_internal/parseWith.js';

/**
 * Reads one order event from untrusted data (an event store row, a message from another
 * service). Never throws, whatever the input; problems come back as typed issues
 * (`order/schema_invalid` with a path from the event's root, and the cross-field codes of
 * `parseOrder` for the order inside `order.captured`).
 *
 * Validate at this boundary: `apply` and `replay` trust their events and do not re-check them.
 *
 * @param input - anything, typically a parsed JSON value
 * @returns the event, or every issue found
 * @example
 * ```ts
 * const events = rows.map((row) => parseOrderEvent(JSON.parse(row.body)));
 * ```
 */
export function parseOrderEvent(input: unknown): Result<OrderEvent, readonly OrderIssue[]> {
  return parseWith<OrderEvent>(OrderEventSchema, orderEventTypes, input);
}
