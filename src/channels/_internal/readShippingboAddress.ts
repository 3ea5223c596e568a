import type { Order } from '../../order/index.js';
import type { JsonRecord, PayloadReader } from './payloadReader.js';
import { alpha2OfAlpha3 } from './readMiraklCountry.js';
import { compactAddress, dropUndefined } from './compactFields.js';

type Address = Order['shippingAddress'];

/** A ShippingBo address with the contacts found in it. */
export interface ShippingboAddress {
  readonly address: Address;
  readonly name?: string;
  readonly email?: string;
  readonly phone?: string;
  /** `instructions`: the buyer's delivery instructions. */
  readonly instructions?: string;
}

/** The keys that carry a recipient or a street: without any, the address is only a place. */
const personalKeys = [
  'fullname',
  'firstname',
  'lastname',
  'company_name',
  'street1',
  'street2',
  'street3',
  'street4',
];

/**
 * Whether a ShippingBo address is withheld: absent, `null`, or with no name, company or street
 * (ShippingBo requires only `country`, so a source without the address sends a bare place).
 *
 * @param reader - reads without reporting
 * @param parent - the order
 * @param key - `shipping_address` or `billing_address`
 */
export function isShippingboAddressWithheld(
  reader: PayloadReader,
  parent: JsonRecord,
  key: string,
): boolean {
  const value = reader.get(parent, key);
  if (value === undefined || value === null) return true;
  if (typeof value !== 'object' || Array.isArray(value)) return false;
  const source = value as JsonRecord;
  return personalKeys.every((field) => {
    const item = reader.get(source, field);
    return item === undefined || item === null || (typeof item === 'string' && item.trim() === '');
  });
}

/**
 * Reads `country`: ISO alpha-2 (any case) as documented; an alpha-3 code of an EU or supported
 * country (`FRA`) is accepted too, since sources write what they have. Anything else is
 * reported.
 */
function readCountry(reader: PayloadReader, source: JsonRecord, path: string): string | undefined {
  const fieldPath = `${path}.country`;
  const code = reader.text(source, 'country', fieldPath, { required: true });
  if (code === undefined) return undefined;
  if (/^[A-Za-z]{2}$/.test(code)) return code.toUpperCase();
  const alpha2 = /^[A-Za-z]{3}$/.test(code) ? alpha2OfAlpha3(code) : undefined;
  if (alpha2 === undefined) reader.report(fieldPath, 'ISO alpha-2 country code', code);
  return alpha2;
}

/**
 * Reads a ShippingBo `Address` (`shipping_address`, `billing_address`) into the canonical
 * shape: `fullname` (else `firstname` + `lastname`) → `name`, `company_name` → `company`,
 * `street1`…`street4` → `line1`…`line3` (empty lines skipped, the fourth joined to the third),
 * `zip` → `postalCode`, `city`, `state` → `region`, `country` → alpha-2, `phone2` (mobile)
 * else `phone1`, `email`. Required fields left out make `parseOrder` report them.
 *
 * @param reader - collects the issues
 * @param source - the address object
 * @param path - its path in the payload
 * @returns the address and its contacts
 */
export function readShippingboAddress(
  reader: PayloadReader,
  source: JsonRecord,
  path: string,
): ShippingboAddress {
  const field = (key: string, numbers = false) =>
    reader.text(source, key, `${path}.${key}`, { numbers });
  const parts = [field('firstname'), field('lastname')].filter((part) => part !== undefined);
  const name = field('fullname') ?? (parts.length === 0 ? undefined : parts.join(' '));
  const streets = ['street1', 'street2', 'street3', 'street4']
    .map((key) => field(key))
    .filter((line) => line !== undefined);
  const phone = field('phone2') ?? field('phone1');
  const email = field('email');
  const instructions = field('instructions');
  const values: Record<string, string | undefined> = {
    name,
    company: field('company_name'),
    line1: streets[0],
    line2: streets[1],
    line3: streets.length > 2 ? streets.slice(2).join(', ') : undefined,
    postalCode: field('zip', true),
    city: field('city'),
    region: field('state'),
    country: readCountry(reader, source, path),
    phone,
    email,
  };
  return {
    // Missing required fields and lengths are reported by parseOrder on the mapped order.
    address: compactAddress(values),
    ...dropUndefined({ name, email, phone, instructions }),
  };
}
