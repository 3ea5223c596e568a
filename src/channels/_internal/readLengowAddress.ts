import type { Order } from '../../order/index.js';
import type { JsonRecord, PayloadReader } from './payloadReader.js';
import { compactAddress, dropUndefined } from './compactFields.js';

type Address = Order['shippingAddress'];

/** An address of a Lengow payload with the contacts found in it. */
export interface LengowAddress {
  readonly address: Address;
  /** The name of the person (`full_name`, else first and last names). */
  readonly name?: string;
  readonly email?: string;
  readonly phone?: string;
  readonly vatNumber?: string;
}

/**
 * Reads a Lengow address object (`billing_address`, `packages[].delivery`) into the canonical
 * shape. Empty fields are left out; required ones left out make `parseOrder` report them.
 * The phone is `phone_mobile`, else `phone_home`, else `phone_office`; the country is
 * `common_country_iso_a2` in upper case.
 */
export function readLengowAddress(
  reader: PayloadReader,
  source: JsonRecord,
  path: string,
): LengowAddress {
  const field = (key: string, numbers = false) =>
    reader.text(source, key, `${path}.${key}`, { numbers });
  const first = field('first_name');
  const last = field('last_name');
  const joined = [first, last].filter((part) => part !== undefined).join(' ');
  const name = field('full_name') ?? (joined === '' ? undefined : joined);
  const phone = field('phone_mobile') ?? field('phone_home') ?? field('phone_office');
  const email = field('email');
  const country = field('common_country_iso_a2')?.toUpperCase();
  const values: Record<string, string | undefined> = {
    name,
    company: field('company'),
    line1: field('first_line'),
    line2: field('second_line'),
    line3: field('complement'),
    postalCode: field('zipcode', true),
    city: field('city'),
    region: field('state_region'),
    country,
    phone,
    email,
  };
  const vatNumber = field('vat_number')
    ?.replace(/[\s.-]/g, '')
    .toUpperCase();
  return {
    // Missing required fields are reported by parseOrder on the mapped order.
    address: compactAddress(values),
    ...dropUndefined({ name, email, phone, vatNumber }),
  };
}
