import type { Order } from '../../order/index.js';

type Address = Order['shippingAddress'];

/** The record without its undefined fields (what `exactOptionalPropertyTypes` wants). */
export function dropUndefined<T extends Record<string, unknown>>(
  record: T,
): { [K in keyof T]?: Exclude<T[K], undefined> } {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) if (value !== undefined) kept[key] = value;
  return kept as { [K in keyof T]?: Exclude<T[K], undefined> };
}

/**
 * An address read from a channel's fields: the fields it has, as they are. Missing required
 * fields, lengths and the country's format are reported by parseOrder on the mapped order.
 */
export function compactAddress(values: Readonly<Record<string, string | undefined>>): Address {
  return dropUndefined(values) as unknown as Address;
}
