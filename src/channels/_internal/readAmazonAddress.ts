import type { Buyer, Order } from '../../order/index.js';
import { keepValidBuyerFields } from './keepValidBuyerFields.js';
import type { JsonRecord, PayloadReader } from './payloadReader.js';
import { compactAddress } from './compactFields.js';

type Address = Order['shippingAddress'];

/**
 * Whether an SP-API `ShippingAddress` is withheld: absent, or without a name and street lines
 * (what Amazon gives without a Restricted Data Token: city, postal code and country only).
 */
export function isAmazonAddressWithheld(
  reader: PayloadReader,
  source: JsonRecord | undefined,
): boolean {
  if (source === undefined) return true;
  const given = (key: string) => {
    const value = reader.get(source, key);
    return typeof value === 'string' && value.trim() !== '';
  };
  return !given('Name') && !given('AddressLine1') && !given('AddressLine2');
}

/**
 * Reads an SP-API `ShippingAddress` into the canonical shape. `Name`, a street line, `City`
 * and `CountryCode` are required (a missing one is reported at its payload path); when
 * `AddressLine1` is empty the lines move up (some addresses put the street in the second line).
 * `CountryCode` is ISO alpha-2, upper-cased; `County`, `District` and `Municipality` are not
 * read.
 */
export function readAmazonAddress(
  reader: PayloadReader,
  source: JsonRecord,
  path: string,
): Address | undefined {
  const field = (key: string, required = false, numbers = false) =>
    reader.text(source, key, `${path}.${key}`, { required, numbers });
  const name = field('Name', true);
  const streets = [field('AddressLine1'), field('AddressLine2'), field('AddressLine3')].filter(
    (line) => line !== undefined,
  );
  if (streets.length === 0) reader.report(`${path}.AddressLine1`, 'text', undefined);
  const city = field('City', true);
  const country = field('CountryCode', true)?.toUpperCase();
  const values: Record<string, string | undefined> = {
    name,
    company: field('CompanyName'),
    line1: streets[0],
    line2: streets[1],
    line3: streets[2],
    postalCode: field('PostalCode', false, true),
    city,
    region: field('StateOrRegion'),
    country,
    phone: field('Phone'),
  };
  if (name === undefined || streets.length === 0 || city === undefined || country === undefined)
    return undefined;
  // Lengths and the country's format are checked by parseOrder on the mapped order.
  return compactAddress(values);
}

/**
 * The buyer of an SP-API order: `BuyerInfo.BuyerName` (else the recipient's name),
 * `BuyerInfo.BuyerEmail` (Amazon's relay address) when valid, and `IsBusinessOrder`.
 */
export function readAmazonBuyer(
  reader: PayloadReader,
  order: JsonRecord,
  recipient: string | undefined,
): Buyer {
  const info = reader.record(order, 'BuyerInfo', 'order.BuyerInfo', false);
  const text = (key: string) =>
    info === undefined ? undefined : reader.text(info, key, `order.BuyerInfo.${key}`);
  const candidate = {
    name: (text('BuyerName') ?? recipient)?.slice(0, 200),
    email: text('BuyerEmail'),
  };
  const known = reader.flag(order, 'IsBusinessOrder') === true ? { isBusiness: true } : {};
  // A field the schema refuses (a malformed e-mail) is left out, not fatal.
  return keepValidBuyerFields(candidate, known);
}

/** Whether the order gives the buyer's e-mail (Amazon withholds it while payment is pending). */
export function hasAmazonBuyer(reader: PayloadReader, order: JsonRecord): boolean {
  const info = reader.get(order, 'BuyerInfo');
  if (typeof info !== 'object' || info === null || Array.isArray(info)) return false;
  const email = reader.get(info as JsonRecord, 'BuyerEmail');
  return typeof email === 'string' && email.trim() !== '';
}
