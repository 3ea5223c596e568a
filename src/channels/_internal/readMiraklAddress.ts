import type { Order } from '../../order/index.js';
import type { JsonRecord, PayloadReader } from './payloadReader.js';
import { readMiraklCountry } from './readMiraklCountry.js';
import { compactAddress, dropUndefined } from './compactFields.js';

type Address = Order['shippingAddress'];

/** An address of a Mirakl order with the contacts found in it. */
export interface MiraklAddress {
  readonly address: Address;
  /** The person's name: `firstname` and `lastname`. */
  readonly name?: string;
  readonly phone?: string;
}

/**
 * Reads a Mirakl address (`customer.shipping_address`, `customer.billing_address`) into the
 * canonical shape: `firstname` + `lastname` → `name`, `company` and `company_2` → `company`,
 * `street_1`, `street_2`, `additional_info` → `line1`…`line3`, `zip_code`, `city`, `state` →
 * `region`, `country_iso_code` (alpha-3) → alpha-2 `country`, `phone` else `phone_secondary`.
 * Empty fields are left out; required ones left out make `parseOrder` report them.
 *
 * @param reader - collects the issues
 * @param source - the address object
 * @param path - its path in the payload
 * @returns the address and its contacts
 */
export function readMiraklAddress(
  reader: PayloadReader,
  source: JsonRecord,
  path: string,
): MiraklAddress {
  const field = (key: string, numbers = false) =>
    reader.text(source, key, `${path}.${key}`, { numbers });
  const join = (...parts: (string | undefined)[]) => {
    const joined = parts.filter((part) => part !== undefined).join(' ');
    return joined === '' ? undefined : joined;
  };
  const name = join(field('firstname'), field('lastname'));
  const phone = field('phone') ?? field('phone_secondary');
  const values: Record<string, string | undefined> = {
    name,
    company: join(field('company'), field('company_2')),
    line1: field('street_1'),
    line2: field('street_2'),
    line3: field('additional_info'),
    postalCode: field('zip_code', true),
    city: field('city'),
    region: field('state'),
    country: readMiraklCountry(reader, source, path),
    phone,
  };
  return {
    // Missing required fields are reported by parseOrder on the mapped order.
    address: compactAddress(values),
    ...dropUndefined({ name, phone }),
  };
}
