import type { Order } from '../../order/index.js';
import type { JsonRecord, PayloadReader } from './payloadReader.js';
import { alpha2OfAlpha3 } from './readMiraklCountry.js';
import { compactAddress, dropUndefined } from './compactFields.js';

type Address = Order['shippingAddress'];

/** An address of a Channable order (`data.billing`, `data.shipping`) with its contacts. */
export interface ChannableAddress {
  readonly address: Address;
  /** The person's name: `first_name`, `middle_name` and `last_name`. */
  readonly name?: string;
  readonly email?: string;
  readonly phone?: string;
  /** The billing address's `vat_number`, upper case without spaces, dots or dashes. */
  readonly vatNumber?: string;
}

/** The words given, joined by one space; undefined when none is. */
function join(...parts: (string | undefined)[]): string | undefined {
  const joined = parts.filter((part) => part !== undefined).join(' ');
  return joined === '' ? undefined : joined;
}

/**
 * `country_code` as the canonical alpha-2 code: two letters in upper case; an alpha-3 code of
 * the EU or of a country with its own address rules (`NLD`) is converted; anything else is
 * reported. Missing, it is left to `parseOrder`.
 */
function readCountry(reader: PayloadReader, source: JsonRecord, path: string): string | undefined {
  const fieldPath = `${path}.country_code`;
  const code = reader.text(source, 'country_code', fieldPath)?.toUpperCase();
  if (code === undefined || /^[A-Z]{2}$/.test(code)) return code;
  const alpha2 = /^[A-Z]{3}$/.test(code) ? alpha2OfAlpha3(code) : undefined;
  if (alpha2 === undefined) reader.report(fieldPath, 'ISO alpha-2 country code', code);
  return alpha2;
}

/**
 * Reads a Channable address into the canonical shape. Channable gives two styles side by
 * side: `address1`/`address2`, and the Dutch `street` + `house_number` + `house_number_ext`.
 * `line1` is `address1`, else the street with its number; `line2` is `address2`, `line3`
 * `address_supplement`; `region` is `region_code`, else `region`; the country is read by
 * `readCountry`. Empty fields are left out; required ones left out make `parseOrder` report
 * them.
 *
 * @param reader - collects the issues
 * @param source - the address object
 * @param path - its path in the payload
 * @returns the address and its contacts
 */
export function readChannableAddress(
  reader: PayloadReader,
  source: JsonRecord,
  path: string,
): ChannableAddress {
  const field = (key: string, numbers = false) =>
    reader.text(source, key, `${path}.${key}`, { numbers });
  const name = join(field('first_name'), field('middle_name'), field('last_name'));
  const street = join(field('street'), field('house_number', true), field('house_number_ext'));
  const phone = field('phone');
  const email = field('email');
  const values: Record<string, string | undefined> = {
    name,
    company: field('company'),
    line1: field('address1') ?? street,
    line2: field('address2'),
    line3: field('address_supplement'),
    postalCode: field('zip_code', true),
    city: field('city'),
    region: field('region_code') ?? field('region'),
    country: readCountry(reader, source, path),
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
