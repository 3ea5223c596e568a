import type { Order } from '../../order/index.js';
import { cellPath, type IzifluxCells } from './readIzifluxCells.js';
import { readIzifluxCountry } from './readIzifluxCountry.js';
import { compactAddress, dropUndefined } from './compactFields.js';

type Address = Order['shippingAddress'];

/** The columns of one address block of an Iziflux row (0-based). */
interface AddressColumns {
  readonly firstName: number;
  readonly lastName: number;
  readonly company: number;
  readonly line1: number;
  readonly line2: number;
  readonly postalCode: number;
  readonly city: number;
  readonly country: number;
  /** The block's own phone, then the other block's. */
  readonly phones: readonly [number, number];
  /** The other block's street lines, used when this block has none (as the module does). */
  readonly otherLines: readonly [number, number];
}

/** The billing block: columns 8 to 17 (column 18 is the e-mail). */
export const billingColumns: AddressColumns = {
  firstName: 9,
  lastName: 8,
  company: 10,
  line1: 11,
  line2: 12,
  postalCode: 13,
  city: 14,
  country: 16,
  phones: [17, 28],
  otherLines: [22, 23],
};

/** The delivery block: columns 19 to 28. */
export const deliveryColumns: AddressColumns = {
  firstName: 20,
  lastName: 19,
  company: 21,
  line1: 22,
  line2: 23,
  postalCode: 24,
  city: 25,
  country: 27,
  phones: [28, 17],
  otherLines: [11, 12],
};

/** An address of an Iziflux order with the contacts found in it. */
export interface IzifluxAddress {
  readonly address: Address;
  readonly name?: string;
  readonly phone?: string;
}

/** What reading an address needs besides its columns. */
interface IzifluxAddressContext {
  readonly defaultCountry: string | undefined;
}

/**
 * Whether the block's own cells (names, company, street, postcode, city, country) are all
 * blank: the row gives no such address.
 */
export function isBlankAddress(cells: IzifluxCells, columns: AddressColumns): boolean {
  const own = [
    columns.firstName,
    columns.lastName,
    columns.company,
    columns.line1,
    columns.line2,
    columns.postalCode,
    columns.city,
    columns.country,
  ];
  return own.every((column) => cells.text(0, column) === undefined);
}

/**
 * Reads one address block of the order's first row (the module reads addresses there only):
 * first name + last name → `name`, company, street lines (the other block's when this one has
 * none), postcode, city, country (code or name), the block's phone else the other block's.
 * Required fields left out make `parseOrder` report them; a country is reported here.
 *
 * @param cells - the rows being read
 * @param columns - the block's columns
 * @param context - the country `-` stands for
 * @returns the address and its contacts
 */
export function readIzifluxAddress(
  cells: IzifluxCells,
  columns: AddressColumns,
  context: IzifluxAddressContext,
): IzifluxAddress {
  const cell = (column: number) => cells.text(0, column);
  const names = [cell(columns.firstName), cell(columns.lastName)].filter((n) => n !== undefined);
  const name = names.length === 0 ? undefined : names.join(' ');
  let line1 = cell(columns.line1);
  let line2 = cell(columns.line2);
  if (line1 === undefined && line2 === undefined) {
    line1 = cell(columns.otherLines[0]);
    line2 = cell(columns.otherLines[1]);
  }
  const phone = cell(columns.phones[0]) ?? cell(columns.phones[1]);
  const countryCell = cells.text(0, columns.country, true);
  let country: string | undefined;
  if (countryCell !== undefined) {
    const read = readIzifluxCountry(countryCell, context.defaultCountry);
    if (read.ok) country = read.code;
    else cells.reader.report(cellPath(0, columns.country), read.expected, countryCell);
  }
  const values: Record<string, string | undefined> = {
    name,
    company: cell(columns.company),
    line1: line1 ?? line2,
    line2: line1 === undefined ? undefined : line2,
    postalCode: cell(columns.postalCode),
    city: cell(columns.city),
    country,
    phone,
  };
  return {
    address: compactAddress(values),
    ...dropUndefined({ name, phone }),
  };
}
