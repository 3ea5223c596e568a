export { AddressSchema, addressFieldMaxLength, supportedCountryCodes } from './schema.js';
export type { Address, AddressField, CountryCode } from './schema.js';
export { countryRules } from './countries.js';
export type { CountryRule, PostalCodeRule, Region } from './countries.js';
export type {
  AddressCountryUnknown,
  AddressEmailInvalid,
  AddressFieldInvalid,
  AddressFieldRequired,
  AddressInputInvalid,
  AddressIssue,
  AddressIssueCode,
  AddressPath,
  AddressPhoneInvalid,
  AddressPostcodeInvalid,
  AddressPostcodeOtherTerritory,
  AddressRegionMismatch,
  AddressRegionRequired,
  AddressRegionUnknown,
  FieldInvalidReason,
  PhoneInvalidReason,
  PostcodeInvalidReason,
  ValueKind,
} from './errors.js';
export { addressMessages } from './messages.js';
export { validateAddress } from './validateAddress.js';
export type { ValidateAddressOptions } from './validateAddress.js';
export { normalizeAddress } from './normalizeAddress.js';
export { normalizePhone } from './normalizePhone.js';
export { resolveTerritory } from './resolveTerritory.js';
export type {
  FrenchPostalTerritory,
  SpecialTerritory,
  Territory,
  TerritoryCode,
} from './territory.js';
export { customsTerritory } from './customsTerritory.js';
export type { CustomsReason, CustomsStatus } from './customsTerritory.js';
