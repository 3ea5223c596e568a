/**
 * The statuses of a return (RMA), in the order a return goes through them. They are the states
 * of {@link rmaMachine}.
 *
 * - `requested`: the buyer asked to return units
 * - `approved`: the seller accepted the return
 * - `refused`: the seller refused the return (final)
 * - `awaiting_return`: return instructions or a label were sent; the units are on their way back
 * - `received`: the units arrived at the warehouse
 * - `inspected`: the units were checked (restock, repair or scrap)
 * - `resolved`: the settlement is decided (refund, exchange, repair or reject)
 * - `closed`: the settlement is carried out; nothing is left to do (final)
 */
export const rmaStatuses = [
  'requested',
  'approved',
  'refused',
  'awaiting_return',
  'received',
  'inspected',
  'resolved',
  'closed',
] as const;

/** A return (RMA) status. See {@link rmaStatuses}. */
export type RmaStatus = (typeof rmaStatuses)[number];

const known: ReadonlySet<string> = new Set(rmaStatuses);

/**
 * Tells whether a value is a return (RMA) status.
 *
 * @param value - anything, e.g. a status read from storage
 * @returns true when `value` is one of {@link rmaStatuses}
 * @example
 * ```ts
 * isRmaStatus('received'); // true
 * isRmaStatus('returned'); // false
 * ```
 */
export function isRmaStatus(value: unknown): value is RmaStatus {
  return typeof value === 'string' && known.has(value);
}
