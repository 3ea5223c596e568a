import { err, ok, type Result } from '../result/index.js';
import { assembleAddress } from './_internal/assembleAddress.js';
import { checkPostalCode } from './_internal/checkPostalCode.js';
import { checkRegion } from './_internal/checkRegion.js';
import { countryCodeSuggestions, isoCountryCodes } from './_internal/isoCountries.js';
import { normalizeField } from './_internal/normalizeField.js';
import { parsePhone } from './_internal/parsePhone.js';
import { kindOf, readFields } from './_internal/readFields.js';
import { findCountryRule } from './_internal/rules.js';
import type { AddressIssue, AddressPath } from './errors.js';
import { resolveTerritory } from './resolveTerritory.js';
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

const emailShape = /^[^\s@]+@(?:[^\s@.]+\.)+[^\s@.]{2,}$/u;

function readCountry(
  value: string | undefined,
  path: AddressPath,
): { country?: string; issue?: AddressIssue } {
  if (value === undefined) return {};
  const country = value.toUpperCase();
  if (/^[A-Z]{2}$/u.test(country) && isoCountryCodes.has(country)) return { country };
  const suggestion = countryCodeSuggestions[country];
  return {
    issue: {
      code: 'address/country_unknown',
      path,
      country: country.slice(0, 40),
      ...(suggestion === undefined ? {} : { suggestion }),
    },
  };
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
  const at = (field: AddressField): AddressPath => [...base, field];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return err([{ code: 'address/input_invalid', path: base, received: kindOf(input) }]);
  }
  const read = readFields(input, base);
  const issues: AddressIssue[] = [...read.issues];
  const { country, issue: countryIssue } = readCountry(read.fields.country, at('country'));
  if (countryIssue !== undefined) issues.push(countryIssue);
  const fields: Partial<Record<AddressField, string>> = {};
  for (const [field, value] of Object.entries(read.fields) as [AddressField, string][]) {
    fields[field] = normalizeField(field, value, country ?? '');
  }
  if (country !== undefined) fields.country = country;

  const rule = country === undefined ? undefined : findCountryRule(country);
  const required = new Set<AddressField>(['name', 'country']);
  for (const letter of rule?.require ?? 'AC') {
    const field = requireLetters[letter];
    if (field !== undefined) required.add(field);
  }
  if (options.requirePhone === true) required.add('phone');
  if (options.requireEmail === true) required.add('email');
  for (const field of required) {
    if (read.fields[field] !== undefined || read.refused.has(field)) continue;
    const where = country === undefined ? {} : { country };
    issues.push({ code: 'address/field_required', path: at(field), field, ...where });
  }

  if (country !== undefined) {
    const postalIssue =
      fields.postalCode === undefined
        ? undefined
        : checkPostalCode(country, fields.postalCode, at('postalCode'));
    if (postalIssue !== undefined) issues.push(postalIssue);
    if (rule !== undefined && !read.refused.has('region')) {
      const region = checkRegion({
        country,
        rule,
        region: fields.region,
        postalCode: postalIssue === undefined ? fields.postalCode : undefined,
        inferRegion: options.inferRegion ?? true,
        path: at('region'),
      });
      if (region.issue !== undefined) issues.push(region.issue);
      if (region.region !== undefined) fields.region = region.region;
    }
    if (fields.phone !== undefined) {
      const territory = resolveTerritory({ country, postalCode: fields.postalCode ?? '' });
      const phone = parsePhone(fields.phone, [...new Set([territory.country, country])]);
      if (phone.ok) fields.phone = phone.value;
      else {
        issues.push({
          code: 'address/phone_invalid',
          path: at('phone'),
          phone: fields.phone,
          country: territory.country,
          reason: phone.error,
        });
      }
    }
  }
  if (fields.email !== undefined && !emailShape.test(fields.email)) {
    issues.push({ code: 'address/email_invalid', path: at('email'), email: fields.email });
  }
  return issues.length > 0 ? err(issues) : ok(assembleAddress(fields));
}
