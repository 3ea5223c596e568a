import { z } from 'zod';

/**
 * The countries with their own address rules (required fields, postal-code pattern, regions),
 * from Google's address metadata (`domain-facts.md` §1.2 and §1.4). Any other ISO 3166-1
 * country is validated with the generic rule (street and city required).
 */
export const supportedCountryCodes = [
  'FR',
  'DE',
  'GB',
  'ES',
  'IT',
  'NL',
  'BE',
  'LU',
  'PT',
  'AT',
  'CH',
  'IE',
  'PL',
  'SE',
  'DK',
  'US',
  'CA',
  'MC',
  'AD',
  'GP',
  'MQ',
  'GF',
  'RE',
  'YT',
  'PM',
  'BL',
  'MF',
  'WF',
  'PF',
  'NC',
  'TF',
] as const;

/** A country with its own address rules in ordokit (see {@link supportedCountryCodes}). */
export type CountryCode = (typeof supportedCountryCodes)[number];

/**
 * The longest value accepted for each address field, in characters (after trimming).
 *
 * Generous on purpose: carriers cut lines to their own limits (often 35 characters) when they
 * print a label; the canonical address keeps what the buyer typed.
 */
export const addressFieldMaxLength = {
  name: 200,
  company: 200,
  line1: 200,
  line2: 200,
  line3: 200,
  postalCode: 16,
  city: 100,
  region: 100,
  country: 2,
  phone: 40,
  email: 254,
} as const;

const text = (max: number) => z.string().min(1).max(max);

/**
 * The canonical postal address (shipping or billing) as a zod schema.
 *
 * It checks the shape only; use `validateAddress` for the country rules (required fields,
 * postal code, region, phone). Optional fields are absent rather than empty or `undefined`.
 *
 * @example
 * ```ts
 * const parsed = AddressSchema.safeParse({
 *   name: 'Jeanne Martin', line1: '10 rue de Rivoli', postalCode: '75001', city: 'Paris', country: 'FR',
 * });
 * ```
 */
export const AddressSchema = z.object({
  /** The recipient: a person's full name. */
  name: text(addressFieldMaxLength.name),
  /** The company or organisation, when the parcel goes to a business. */
  company: text(addressFieldMaxLength.company).exactOptional(),
  /** Street address, first line (number and street). */
  line1: text(addressFieldMaxLength.line1),
  /** Street address, second line (building, floor, apartment). */
  line2: text(addressFieldMaxLength.line2).exactOptional(),
  /** Street address, third line (lieu-dit, access code…). */
  line3: text(addressFieldMaxLength.line3).exactOptional(),
  /** The postal code in its canonical form for the country (`75001`, `1234-567`, `SW1A 1AA`). */
  postalCode: text(addressFieldMaxLength.postalCode).exactOptional(),
  /** The city (post town). */
  city: text(addressFieldMaxLength.city),
  /** State, province or county; a code (`CA`, `QC`, `M`, `RM`) where the country has a list. */
  region: text(addressFieldMaxLength.region).exactOptional(),
  /** ISO 3166-1 alpha-2 country code, upper case. */
  country: z.string().regex(/^[A-Z]{2}$/),
  /** Phone number in E.164 form (`+33612345678`). */
  phone: text(addressFieldMaxLength.phone).exactOptional(),
  /** Email address of the recipient. */
  email: text(addressFieldMaxLength.email).exactOptional(),
});

/** The canonical postal address. See {@link AddressSchema}. */
export type Address = z.infer<typeof AddressSchema>;

/** The name of one field of an {@link Address}. */
export type AddressField = keyof Address;

/** Every field of an {@link Address}, in label order. */
export const addressFields: readonly AddressField[] = [
  'name',
  'company',
  'line1',
  'line2',
  'line3',
  'postalCode',
  'city',
  'region',
  'country',
  'phone',
  'email',
];
