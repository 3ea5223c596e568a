import type { Address, AddressField } from '../schema.js';

const optionalFields = [
  'company',
  'line2',
  'line3',
  'postalCode',
  'region',
  'phone',
  'email',
] as const satisfies readonly AddressField[];

/**
 * Builds an {@link Address} from field values, keeping only the optional fields that are set.
 * Required fields missing from `fields` become empty strings.
 */
export function assembleAddress(fields: Readonly<Partial<Record<AddressField, string>>>): Address {
  const address: Address = {
    name: fields.name ?? '',
    line1: fields.line1 ?? '',
    city: fields.city ?? '',
    country: fields.country ?? '',
  };
  for (const field of optionalFields) {
    const value = fields[field];
    if (value !== undefined && value !== '') address[field] = value;
  }
  return address;
}
