import { normalizeField } from './_internal/normalizeField.js';
import { assembleAddress } from './_internal/assembleAddress.js';
import { collapseWhitespace } from './_internal/text.js';
import { addressFields, type Address, type AddressField } from './schema.js';

/**
 * Puts an address in canonical form, without judging it (see `validateAddress` for that):
 *
 * - every field trimmed, with runs of whitespace (tabs, new lines, no-break spaces) made one space;
 * - `country` in upper case;
 * - `postalCode` in upper case and in the country's layout: `75 001` → `75001` (FR),
 *   `1234567` → `1234-567` (PT), `12345` → `12-345` (PL), `sw1a1aa` → `SW1A 1AA` (GB),
 *   `h3z2y7` → `H3Z 2Y7` (CA), `1234ab` → `1234 AB` (NL), `114 55` → `11455` (SE),
 *   `a65f4e2` → `A65 F4E2` (IE), `123456789` → `12345-6789` (US); a label prefix
 *   (`L-4750`, `CH-1211`) is dropped; a code that fits no layout is only trimmed and upper-cased;
 * - `region` as its code where the country has a list (`California` → `CA`, `Québec` → `QC`,
 *   `Madrid` → `M`, `Roma` → `RM`), otherwise as typed;
 * - `email` with its domain in lower case; `phone` trimmed only (`validateAddress` makes it E.164);
 * - optional fields that end up empty are removed.
 *
 * Idempotent: normalising twice gives the same address.
 *
 * @param address - an address, possibly typed by hand
 * @returns a new address in canonical form
 *
 * @example
 * ```ts
 * normalizeAddress({ name: ' Ana  Silva ', line1: 'Rua Augusta 1', postalCode: '1100048',
 *   city: 'Lisboa', country: 'pt', line2: ' ' });
 * // { name: 'Ana Silva', line1: 'Rua Augusta 1', postalCode: '1100-048', city: 'Lisboa', country: 'PT' }
 * ```
 */
export function normalizeAddress(address: Address): Address {
  const country = collapseWhitespace(address.country).toUpperCase();
  const fields: Partial<Record<AddressField, string>> = {};
  for (const field of addressFields) {
    const value = address[field];
    if (typeof value === 'string') fields[field] = normalizeField(field, value, country);
  }
  return assembleAddress(fields);
}
