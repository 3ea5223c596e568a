import type { AddressField } from './schema.js';

/** Where an issue sits in the input: field names (and indexes), after the caller's prefix. */
export type AddressPath = readonly (string | number)[];

/** The JSON-ish kind of a value that had the wrong type. */
export type ValueKind =
  | 'string'
  | 'number'
  | 'boolean'
  | 'null'
  | 'undefined'
  | 'array'
  | 'object'
  | 'bigint'
  | 'symbol'
  | 'function';

/** The input is not an object at all (null, an array, a string…). */
export interface AddressInputInvalid {
  readonly code: 'address/input_invalid';
  readonly path: AddressPath;
  readonly received: ValueKind;
}

/** A field required by the country (or by the options) is absent or blank. */
export interface AddressFieldRequired {
  readonly code: 'address/field_required';
  readonly path: AddressPath;
  readonly field: AddressField;
  /** The country whose rule requires it, when the country is known. */
  readonly country?: string;
}

/** Why a field value was refused before any country rule was applied. */
export type FieldInvalidReason = 'wrong_type' | 'too_long' | 'control_characters';

/** A field is not a string, is too long, or holds control characters. */
export interface AddressFieldInvalid {
  readonly code: 'address/field_invalid';
  readonly path: AddressPath;
  readonly field: AddressField;
  readonly reason: FieldInvalidReason;
  /** The kind of value received. */
  readonly received: ValueKind;
  /** The longest value accepted for this field. */
  readonly maxLength: number;
}

/** The country is not an ISO 3166-1 alpha-2 code. */
export interface AddressCountryUnknown {
  readonly code: 'address/country_unknown';
  readonly path: AddressPath;
  /** The value given, upper-cased and cut to 40 characters. */
  readonly country: string;
  /** A likely intended code (`UK` → `GB`, `EL` → `GR`). */
  readonly suggestion?: string;
}

/**
 * Why a postal code was refused: its `format`, a Corsican `20xxx` outside 200/201/202/206,
 * a French `97xxx`/`98xxx` of no known territory, or a Spanish code of no province.
 */
export type PostcodeInvalidReason = 'format' | 'corsica' | 'overseas' | 'province';

/** The postal code does not fit the country. */
export interface AddressPostcodeInvalid {
  readonly code: 'address/postcode_invalid';
  readonly path: AddressPath;
  readonly country: string;
  readonly postalCode: string;
  readonly reason: PostcodeInvalidReason;
  /** The anchored regular expression the normalised code must match. */
  readonly expectedPattern: string;
  /** Human formats, `N` = digit, `A` = letter, `X` = either (`NNNN-NNN`); empty when none helps. */
  readonly formats: readonly string[];
  /** A valid code, to show as an example. */
  readonly example?: string;
}

/** The postal code belongs to another territory with its own country code (98000 → MC). */
export interface AddressPostcodeOtherTerritory {
  readonly code: 'address/postcode_other_territory';
  readonly path: AddressPath;
  readonly country: string;
  readonly postalCode: string;
  /** The country code the postal code belongs to. */
  readonly expectedCountry: string;
}

/** The country requires a region (state, province) and none was given or derivable. */
export interface AddressRegionRequired {
  readonly code: 'address/region_required';
  readonly path: AddressPath;
  readonly country: string;
  /** A valid region code, to show as an example. */
  readonly example?: string;
}

/** The region is not one of the country's codes or names. */
export interface AddressRegionUnknown {
  readonly code: 'address/region_unknown';
  readonly path: AddressPath;
  readonly country: string;
  readonly region: string;
  /** The region the postal code points to, when it points to exactly one. */
  readonly suggestion?: string;
  /** A valid region code, to show as an example. */
  readonly example?: string;
}

/** The region is known but the postal code belongs to another region (ES, CA). */
export interface AddressRegionMismatch {
  readonly code: 'address/region_mismatch';
  readonly path: AddressPath;
  readonly country: string;
  readonly region: string;
  readonly postalCode: string;
  /** The regions the postal code can belong to. */
  readonly expectedRegions: readonly string[];
}

/** Why a phone number was refused (the libphonenumber parse error, or `invalid`). */
export type PhoneInvalidReason =
  'not_a_number' | 'invalid_country' | 'too_short' | 'too_long' | 'invalid';

/** The phone number cannot be read as a valid number, nationally or internationally. */
export interface AddressPhoneInvalid {
  readonly code: 'address/phone_invalid';
  readonly path: AddressPath;
  readonly phone: string;
  /** The country used to read national numbers. */
  readonly country: string;
  readonly reason: PhoneInvalidReason;
}

/** The email address does not have the shape `local@domain.tld`. */
export interface AddressEmailInvalid {
  readonly code: 'address/email_invalid';
  readonly path: AddressPath;
  readonly email: string;
}

/** Every issue `validateAddress` (and `normalizePhone`) can report. */
export type AddressIssue =
  | AddressInputInvalid
  | AddressFieldRequired
  | AddressFieldInvalid
  | AddressCountryUnknown
  | AddressPostcodeInvalid
  | AddressPostcodeOtherTerritory
  | AddressRegionRequired
  | AddressRegionUnknown
  | AddressRegionMismatch
  | AddressPhoneInvalid
  | AddressEmailInvalid;

/** The stable code of an {@link AddressIssue}. */
export type AddressIssueCode = AddressIssue['code'];
