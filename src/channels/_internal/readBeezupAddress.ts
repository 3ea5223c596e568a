import type { Buyer, Order } from '../../order/index.js';
import { keepValidBuyerFields } from './keepValidBuyerFields.js';
import type { JsonRecord, PayloadReader } from './payloadReader.js';
import { compactAddress, dropUndefined } from './compactFields.js';

type Address = Order['shippingAddress'];

/** The two flat address groups of a BeezUP order. */
export type BeezupAddressKind = 'shipping' | 'buyer';

/** The field prefix and the name field of each group (`order_Shipping_AddressName`, `order_Buyer_Name`). */
const groups = {
  shipping: { prefix: 'order_Shipping_', name: 'AddressName' },
  buyer: { prefix: 'order_Buyer_', name: 'Name' },
} as const;

/** The fields that say who and where on the street: all blank means the address is withheld. */
const identifyingFields = ['CompanyName', 'AddressLine1', 'AddressLine2', 'AddressLine3'] as const;

/** The fields that, when one is given, make the buyer's group an address (billing). */
const placeFields = ['AddressLine1', 'AddressPostalCode', 'AddressCity'] as const;

/** An address of a BeezUP order with the contacts found beside it. */
export interface BeezupAddress {
  readonly address: Address;
  readonly name?: string;
  readonly email?: string;
  readonly phone?: string;
}

/** Whether the own field `key` of `payload` is absent, `null` or blank text. */
function isBlank(reader: PayloadReader, payload: JsonRecord, key: string): boolean {
  const value = reader.get(payload, key);
  return (
    value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
  );
}

/**
 * Whether BeezUP gives no shipping address: the recipient's name, company and street lines
 * are all absent, `null` or blank (the postal code, city and country may remain).
 *
 * @param reader - reads own data properties only
 * @param payload - the order
 * @returns true when the address is missing
 */
export function isBeezupAddressBlank(reader: PayloadReader, payload: JsonRecord): boolean {
  const { prefix, name } = groups.shipping;
  return [name, ...identifyingFields].every((field) => isBlank(reader, payload, prefix + field));
}

/**
 * Whether the buyer's group (`order_Buyer_…`) holds an address, to read as the billing one.
 *
 * @param reader - reads own data properties only
 * @param payload - the order
 * @returns true when a street line, postal code or city is given
 */
export function hasBeezupBillingAddress(reader: PayloadReader, payload: JsonRecord): boolean {
  return placeFields.some((field) => !isBlank(reader, payload, `order_Buyer_${field}`));
}

/**
 * Reads `…AddressCountryIsoCodeAlpha2` in upper case; `UK` (reserved by ISO for the United
 * Kingdom, used by some marketplaces) becomes `GB`. A missing or malformed code is reported.
 */
function readCountry(reader: PayloadReader, payload: JsonRecord, key: string): string | undefined {
  const code = reader.text(payload, key, key, { required: true })?.toUpperCase();
  if (code === undefined) return undefined;
  if (code === 'UK') return 'GB';
  if (/^[A-Z]{2}$/.test(code)) return code;
  reader.report(key, 'ISO alpha-2 country code', code);
  return undefined;
}

/**
 * Reads one flat address group into the canonical address: the name (`order_Shipping_AddressName`
 * or `order_Buyer_Name`), `CompanyName`, `AddressLine1`…`3`, `AddressPostalCode`,
 * `AddressCity`, `AddressStateOrRegion` → `region`, `AddressCountryIsoCodeAlpha2` → `country`,
 * `MobilePhone` else `Phone`, and `Email`. A missing name, first line, city or country is
 * reported with its BeezUP field name.
 *
 * @param reader - collects the issues
 * @param payload - the order
 * @param kind - which group
 * @returns the address and its contacts
 */
export function readBeezupAddress(
  reader: PayloadReader,
  payload: JsonRecord,
  kind: BeezupAddressKind,
): BeezupAddress {
  const { prefix } = groups[kind];
  const field = (key: string, required = false) =>
    reader.text(payload, prefix + key, prefix + key, { required, numbers: key.endsWith('Code') });
  const name = field(groups[kind].name, true)?.slice(0, 200);
  const email = field('Email');
  const phone = (field('MobilePhone') ?? field('Phone'))?.slice(0, 40);
  const values: Record<string, string | undefined> = {
    name,
    company: field('CompanyName'),
    line1: field('AddressLine1', true),
    line2: field('AddressLine2'),
    line3: field('AddressLine3'),
    postalCode: field('AddressPostalCode'),
    city: field('AddressCity', true),
    region: field('AddressStateOrRegion'),
    country: readCountry(reader, payload, `${prefix}AddressCountryIsoCodeAlpha2`),
    phone,
    email,
  };
  return {
    // Field lengths are checked by parseOrder on the mapped order.
    address: compactAddress(values),
    ...dropUndefined({ name, email, phone }),
  };
}

/**
 * Whether BeezUP names the buyer: `order_Buyer_Name` or `order_Buyer_Email` is given.
 *
 * @param reader - reads own data properties only
 * @param payload - the order
 * @returns true when the buyer is named
 */
export function hasBeezupBuyer(reader: PayloadReader, payload: JsonRecord): boolean {
  return ['Name', 'Email'].some((key) => !isBlank(reader, payload, `order_Buyer_${key}`));
}

/**
 * The buyer: `order_Buyer_Name`, `order_Buyer_Email`, `order_Buyer_MobilePhone` else
 * `order_Buyer_Phone` (as read for the billing address, when there is one),
 * `order_Buyer_Identifier` as `customerRef`; the shipping contacts stand in for a missing name,
 * e-mail or phone. A field the schema refuses (a malformed e-mail) is left out.
 *
 * @param reader - collects the issues
 * @param payload - the order
 * @param billing - the billing address read from the buyer's group, when there is one
 * @param shipping - the shipping address read, when there is one
 * @returns the buyer
 */
export function readBeezupBuyer(
  reader: PayloadReader,
  payload: JsonRecord,
  billing: BeezupAddress | undefined,
  shipping: BeezupAddress | undefined,
): Buyer {
  const field = (key: string) =>
    reader.text(payload, `order_Buyer_${key}`, `order_Buyer_${key}`, {
      numbers: key === 'Identifier',
    });
  // The billing address already read the buyer's name, e-mail and phones (once, not twice).
  const own: Omit<BeezupAddress, 'address'> = billing ?? {
    ...optional('name', field('Name')?.slice(0, 200)),
    ...optional('email', field('Email')),
    ...optional('phone', (field('MobilePhone') ?? field('Phone'))?.slice(0, 40)),
  };
  const candidate = {
    name: own.name ?? shipping?.name,
    email: own.email ?? shipping?.email,
    phone: own.phone ?? shipping?.phone,
    customerRef: field('Identifier'),
  };
  return keepValidBuyerFields(candidate);
}

/** `{ [key]: value }`, or nothing when `value` is undefined. */
function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}
