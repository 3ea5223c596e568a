/**
 * The tracking statuses of a parcel, in the order a smooth delivery goes through them, then the
 * incidents. They are the states of {@link parcelMachine}; carrier statuses map onto them.
 *
 * - `label_created`: the label exists, the carrier does not have the parcel yet
 * - `picked_up`: the carrier took the parcel (first scan)
 * - `in_transit`: between hubs
 * - `out_for_delivery`: on the van for today's delivery
 * - `delivered`: handed to the buyer or left as agreed (final)
 * - `attempt_failed`: the driver could not deliver (nobody home, access code missing)
 * - `available_for_pickup`: waiting at a pickup point or post office for the buyer
 * - `exception`: an incident the carrier is handling (delay, address problem, customs hold)
 * - `returned_to_sender`: back at the sender (final)
 * - `lost`: the carrier declared the parcel lost (final)
 * - `damaged`: the carrier declared the parcel damaged beyond delivery (final)
 */
export const parcelStatuses = [
  'label_created',
  'picked_up',
  'in_transit',
  'out_for_delivery',
  'delivered',
  'attempt_failed',
  'available_for_pickup',
  'exception',
  'returned_to_sender',
  'lost',
  'damaged',
] as const;

/** A parcel tracking status. See {@link parcelStatuses}. */
export type ParcelStatus = (typeof parcelStatuses)[number];

const known: ReadonlySet<string> = new Set(parcelStatuses);

/**
 * Tells whether a value is a parcel tracking status.
 *
 * @param value - anything, e.g. a status read from storage
 * @returns true when `value` is one of {@link parcelStatuses}
 * @example
 * ```ts
 * isParcelStatus('in_transit'); // true
 * isParcelStatus('shipped'); // false
 * ```
 */
export function isParcelStatus(value: unknown): value is ParcelStatus {
  return typeof value === 'string' && known.has(value);
}
