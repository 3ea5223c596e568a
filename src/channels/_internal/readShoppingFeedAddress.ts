import type { Order } from '../../order/index.js';
import { isRecord, type JsonRecord, type PayloadReader } from './payloadReader.js';
import { alpha2OfAlpha3 } from './readMiraklCountry.js';
import { compactAddress, dropUndefined } from './compactFields.js';

type Address = Order['shippingAddress'];

/** An address of a Shopping Feed order with the contacts found in it. */
export interface ShoppingFeedAddress {
  readonly address: Address;
  /** The person's name: `firstName` and `lastName`. */
  readonly name?: string;
  readonly email?: string;
  readonly phone?: string;
  /** The address's `other` field (free text some marketplaces fill with instructions). */
  readonly other?: string;
}

/**
 * Whether the address field `key` holds nothing: absent, `null`, an empty array (how PHP
 * encodes an empty object), or an object whose values are all absent, `null` or blank text.
 *
 * @param reader - reads own data properties only
 * @param parent - the order
 * @param key - `shippingAddress` or `billingAddress`
 * @returns true when the address is withheld or empty
 */
export function isShoppingFeedAddressBlank(
  reader: PayloadReader,
  parent: JsonRecord,
  key: string,
): boolean {
  const value = reader.get(parent, key);
  if (Array.isArray(value)) return value.length === 0;
  return reader.blank(parent, key);
}

/**
 * `country` as an alpha-2 code in upper case: `UK` (which some marketplaces send) becomes `GB`,
 * an alpha-3 code of an EU or supported country becomes its alpha-2 code; anything else that
 * is not two letters is reported. A missing country is left to `parseOrder`.
 */
function readCountry(reader: PayloadReader, source: JsonRecord, path: string): string | undefined {
  const fieldPath = `${path}.country`;
  const raw = reader.text(source, 'country', fieldPath);
  if (raw === undefined) return undefined;
  const code = raw.toUpperCase();
  if (code === 'UK') return 'GB';
  if (/^[A-Z]{2}$/.test(code)) return code;
  const alpha2 = /^[A-Z]{3}$/.test(code) ? alpha2OfAlpha3(code) : undefined;
  if (alpha2 === undefined) reader.report(fieldPath, 'ISO alpha-2 country code', raw);
  return alpha2;
}

/**
 * Reads a Shopping Feed address (`shippingAddress`, `billingAddress`) into the canonical shape:
 * `firstName` + `lastName` → `name`, `company`, `street` and `street2` → `line1` and `line2`
 * (an empty `street` lets `street2` move up), `postalCode`, `city`, `province` → `region`,
 * `country` (alpha-2; `UK` → `GB`), `mobilePhone` else `phone`, `email`. `relayId` is not read.
 * Empty fields are left out; required ones left out make `parseOrder` report them.
 *
 * @param reader - collects the issues
 * @param source - the address object
 * @param path - its path in the payload
 * @returns the address and its contacts
 */
function readShoppingFeedAddress(
  reader: PayloadReader,
  source: JsonRecord,
  path: string,
): ShoppingFeedAddress {
  const field = (key: string, numbers = false) =>
    reader.text(source, key, `${path}.${key}`, { numbers });
  const names = [field('firstName'), field('lastName')].filter((part) => part !== undefined);
  const name = names.length === 0 ? undefined : names.join(' ');
  const streets = [field('street', true), field('street2', true)].filter(
    (part) => part !== undefined,
  );
  const phone = field('mobilePhone', true) ?? field('phone', true);
  const email = field('email');
  const other = field('other');
  const values: Record<string, string | undefined> = {
    name,
    company: field('company'),
    line1: streets[0],
    line2: streets[1],
    postalCode: field('postalCode', true),
    city: field('city'),
    region: field('province'),
    country: readCountry(reader, source, path),
    phone,
    email,
  };
  return {
    // Missing required fields are reported by parseOrder on the mapped order.
    address: compactAddress(values),
    ...dropUndefined({ name, email, phone, other }),
  };
}

/**
 * The address object `key` of the order, when it is one; an array that is not empty, or any
 * other value, is reported.
 */
export function readShoppingFeedAddressField(
  reader: PayloadReader,
  parent: JsonRecord,
  key: string,
): ShoppingFeedAddress | undefined {
  if (isShoppingFeedAddressBlank(reader, parent, key)) return undefined;
  const value = reader.get(parent, key);
  if (!isRecord(value)) {
    reader.report(key, 'address', value);
    return undefined;
  }
  return readShoppingFeedAddress(reader, value, key);
}
