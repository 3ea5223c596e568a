/**
 * The statuses of an order, the states of `orderMachine`:
 *
 * - `created`: captured from the channel, waiting to be accepted (when the channel asks for it)
 * - `accepted`: the seller committed to fulfil it
 * - `in_preparation`: the warehouse is allocating, picking and packing; parcels leave one by one
 * - `shipped`: every unit still ordered (not cancelled) has left with a carrier
 * - `delivered`: every unit still ordered has been delivered
 * - `closed`: delivered and no return open; nothing is left to do (final)
 * - `cancelled`: every unit was cancelled before shipping (final)
 * - `refused`: the seller refused the order (final)
 *
 * "Partially shipped", "partially cancelled" or "partially refunded" are not statuses: they are
 * derived from the line quantities.
 */
export const orderStatuses = [
  'created',
  'accepted',
  'in_preparation',
  'shipped',
  'delivered',
  'closed',
  'cancelled',
  'refused',
] as const;

/** An order status. See {@link orderStatuses}. */
export type OrderStatus = (typeof orderStatuses)[number];

const known: ReadonlySet<string> = new Set(orderStatuses);

/**
 * Tells whether a value is an order status.
 *
 * @param value - anything, e.g. a status read from storage
 * @returns true when `value` is one of {@link orderStatuses}
 * @example
 * ```ts
 * isOrderStatus('shipped'); // true
 * isOrderStatus('partially_shipped'); // false: derived from quantities, not a status
 * ```
 */
export function isOrderStatus(value: unknown): value is OrderStatus {
  return typeof value === 'string' && known.has(value);
}
