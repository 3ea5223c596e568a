import { err, ok, type Result } from '../result/index.js';
import { assembleAddress } from './_internal/assembleAddress.js';
import { checkPostalCode } from './_internal/checkPostalCode.js';
import { checkRegion } from './_internal/checkRegion.js';
import { frenchPostalCountries, readFrenchPostcode } from './_internal/frenchPostcode.js';
import { countryCodeSuggestions, isoCountryCodes } from './_internal/isoCountries.js';
import { normalizeField } from './_internal/normalizeField.js';
import { parsePhone } from './_internal/parsePhone.js';
import { isArrayValue } from './_internal/isArrayValue.js';
import { kindOf, readFields } from './_internal/readFields.js';
import { findCountryRule } from './_internal/rules.js';
import { countryRules, type CountryRule } from './countries.js';
import type { AddressIssue, AddressPath } from './errors.js';
import type { Address, AddressField } from './schema.js';

/** Options of {@link validateAddress}. */
export interface ValidateAddressOptions {
  /** Prefix of every issue path, e.g. `['shippingAddress']` when the address sits in an order. */
  readonly path?: AddressPath;
  /**
   * Fill a missing required region from the postal code where the code decides it (Spanish
   * provinces, Canadian provinces). Default `true`.
   */
  readonly inferRegion?: boolean;
  /** Require a phone number (many carriers need one). Default `false`. */
  readonly requirePhone?: boolean;
  /** Require an email address. Default `false`. */
  readonly requireEmail?: boolean;
}

const requireLetters: Readonly<Record<string, AddressField>> = {
  A: 'line1',
  C: 'city',
  Z: 'postalCode',
};

/** The fields a `require` string asks for, after `name` and `country`, without repeats. */
function listRequiredFields(require: string): readonly AddressField[] {
  const required = new Set<AddressField>(['name', 'country']);
  for (const letter of require) {
    const field = requireLetters[letter];
    if (field !== undefined) required.add(field);
  }
  return [...required];
}

// Built once from the static country rules: the required fields of each supported country.
const requiredByCountry: ReadonlyMap<string, readonly AddressField[]> = new Map(
  Object.entries(countryRules).map(([country, rule]: [string, CountryRule]) => [
    country,
    listRequiredFields(rule.require),
  ]),
);
const defaultRequired = listRequiredFields('AC');

const emailShape = /^[^\s@]+@(?:[^\s@.]+\.)+[^\s@.]{2,}$/u;

function checkCountry(value: string, base: AddressPath): AddressIssue | undefined {
  const country = value.toUpperCase();
  // Every ISO code is two letters A–Z: the set test alone decides.
  if (isoCountryCodes.has(country)) return undefined;
  const suggestion = countryCodeSuggestions[country];
  return {
    code: 'address/country_unknown',
    path: [...base, 'country'],
    country: country.slice(0, 40),
    ...(suggestion === undefined ? {} : { suggestion }),
  };
}

function pushRequired(
  issues: AddressIssue[],
  base: AddressPath,
  field: AddressField,
  country: string | undefined,
): void {
  const where = country === undefined ? {} : { country };
  issues.push({ code: 'address/field_required', path: [...base, field], field, ...where });
}

/**
 * Validates untrusted input as an address and returns it normalised, or EVERY issue found:
 * wrong types, missing fields required by the country, a postal code that does not fit the
 * country or belongs to another territory, a missing or unknown region, an unknown country,
 * an invalid phone or email. Never throws, whatever the input.
 *
 * On success the address is normalised as by `normalizeAddress`, its phone is in E.164 form
 * (national numbers read for the address's territory, then its country), and a missing region
 * may be filled in from the postal code (see {@link ValidateAddressOptions.inferRegion}).
 * `null` counts as absent; unknown keys are dropped.
 *
 * @param input - anything, typically parsed JSON from a channel
 * @param options - path prefix, region inference, extra required fields
 * @returns the normalised address, or the list of issues (never empty)
 *
 * @example
 * ```ts
 * const result = validateAddress({
 *   name: 'Jeanne Martin', line1: '10 rue de Rivoli', postalCode: '75 001',
 *   city: 'Paris', country: 'fr', phone: '06 12 34 56 78',
 * });
 * // result.ok === true; result.value.postalCode === '75001'; result.value.phone === '+33612345678'
 * ```
 */
export function validateAddress(
  input: unknown,
  options: ValidateAddressOptions = {},
): Result<Address, readonly AddressIssue[]> {
  const base = options.path ?? [];
  if (typeof input !== 'object' || input === null || isArrayValue(input)) {
    return err([{ code: 'address/input_invalid', path: base, received: kindOf(input) }]);
  }
  const read = readFields(input, base);
  const { fields, refused } = read;
  const issues: AddressIssue[] = [...read.issues];
  let country: string | undefined;
  if (fields.country !== undefined) {
    const countryIssue = checkCountry(fields.country, base);
    // The field holds the upper-cased value either way; a valid one becomes `country`.
    fields.country = fields.country.toUpperCase();
    if (countryIssue === undefined) country = fields.country;
    else issues.push(countryIssue);
  }
  // Every read value is trimmed and collapsed already: only these fields have their own rule.
  if (fields.postalCode !== undefined) {
    fields.postalCode = normalizeField('postalCode', fields.postalCode, country ?? '');
  }
  if (fields.region !== undefined) {
    fields.region = normalizeField('region', fields.region, country ?? '');
  }
  if (fields.email !== undefined) fields.email = normalizeField('email', fields.email, '');

  const rule = country === undefined ? undefined : findCountryRule(country);
  const required =
    country === undefined ? defaultRequired : (requiredByCountry.get(country) ?? defaultRequired);
  for (const field of required) {
    if (fields[field] === undefined && refused[field] !== true) {
      pushRequired(issues, base, field, country);
    }
  }
  if (options.requirePhone === true && fields.phone === undefined && refused.phone !== true) {
    pushRequired(issues, base, 'phone', country);
  }
  if (options.requireEmail === true && fields.email === undefined && refused.email !== true) {
    pushRequired(issues, base, 'email', country);
  }

  if (country !== undefined) {
    // Read once, for the postal-code check and for the territory whose numbers the phone uses.
    const french =
      fields.postalCode !== undefined && frenchPostalCountries.has(country)
        ? readFrenchPostcode(fields.postalCode)
        : undefined;
    const postalIssue =
      fields.postalCode === undefined
        ? undefined
        : checkPostalCode(country, fields.postalCode, french, base);
    if (postalIssue !== undefined) issues.push(postalIssue);
    if (rule !== undefined && refused.region !== true) {
      const region = checkRegion(
        country,
        rule,
        fields.region,
        postalIssue === undefined ? fields.postalCode : undefined,
        options.inferRegion ?? true,
        base,
      );
      if (region.issue !== undefined) issues.push(region.issue);
      if (region.region !== undefined) fields.region = region.region;
    }
    if (fields.phone !== undefined) {
      // As `resolveTerritory`: only FR codes lead to another place (97133 → BL, 98000 → MC).
      const territory = country === 'FR' && french?.kind === 'place' ? french.country : country;
      const phone = parsePhone(fields.phone, territory, country);
      if (phone.ok) fields.phone = phone.value;
      else {
        issues.push({
          code: 'address/phone_invalid',
          path: [...base, 'phone'],
          phone: fields.phone,
          country: territory,
          reason: phone.error,
        });
      }
    }
  }
  if (fields.email !== undefined && !emailShape.test(fields.email)) {
    issues.push({ code: 'address/email_invalid', path: [...base, 'email'], email: fields.email });
  }
  return issues.length > 0 ? err(issues) : ok(assembleAddress(fields));
}
