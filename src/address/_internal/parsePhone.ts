import {
  isSupportedCountry,
  ParseError,
  parsePhoneNumberWithError,
  type CountryCode,
} from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/max/metadata';
import type { PhoneInvalidReason } from '../errors.js';
import type { Result } from '../../result/index.js';
import { err, ok } from '../../result/index.js';

// The core API with the full `max` metadata passed directly: the same strict validation as
// `libphonenumber-js/max`, without its per-call wrapper that copies the arguments.

const parseReasons: Readonly<Record<string, PhoneInvalidReason>> = {
  NOT_A_NUMBER: 'not_a_number',
  INVALID_COUNTRY: 'invalid_country',
  TOO_SHORT: 'too_short',
  TOO_LONG: 'too_long',
};

function parseWith(phone: string, country: string): Result<string, PhoneInvalidReason> {
  try {
    const parsed = isSupportedCountry(country as CountryCode, metadata)
      ? parsePhoneNumberWithError(phone, { defaultCountry: country as CountryCode }, metadata)
      : parsePhoneNumberWithError(phone, metadata);
    return parsed.isValid() ? ok(parsed.number) : err('invalid');
  } catch (error: unknown) {
    // libphonenumber reports unreadable input by throwing ParseError; it is an expected outcome.
    if (error instanceof ParseError) return err(parseReasons[error.message] ?? 'invalid');
    throw error;
  }
}

/**
 * Reads a phone number as E.164 (strict validity with the full `max` metadata), national
 * numbers as numbers of `country`, then of `fallback` when given and different. International
 * numbers (`+…`, `00…`) read the same whatever the country.
 *
 * @returns the E.164 number, or the reason from `country`
 */
export function parsePhone(
  phone: string,
  country: string,
  fallback?: string,
): Result<string, PhoneInvalidReason> {
  const first = parseWith(phone, country);
  if (first.ok || fallback === undefined || fallback === country) return first;
  const second = parseWith(phone, fallback);
  return second.ok ? second : first;
}
