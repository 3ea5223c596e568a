import { isSupportedCountry, ParseError, parsePhoneNumberWithError } from 'libphonenumber-js/max';
import type { PhoneInvalidReason } from '../errors.js';
import type { Result } from '../../result/index.js';
import { err, ok } from '../../result/index.js';

const parseReasons: Readonly<Record<string, PhoneInvalidReason>> = {
  NOT_A_NUMBER: 'not_a_number',
  INVALID_COUNTRY: 'invalid_country',
  TOO_SHORT: 'too_short',
  TOO_LONG: 'too_long',
};

function parseWith(phone: string, country: string): Result<string, PhoneInvalidReason> {
  try {
    const parsed = parsePhoneNumberWithError(
      phone,
      isSupportedCountry(country) ? country : undefined,
    );
    return parsed.isValid() ? ok(parsed.number) : err('invalid');
  } catch (error: unknown) {
    // libphonenumber reports unreadable input by throwing ParseError; it is an expected outcome.
    if (error instanceof ParseError) return err(parseReasons[error.message] ?? 'invalid');
    throw error;
  }
}

/**
 * Reads a phone number as E.164, trying each country in turn for national numbers (strict
 * validity with the full `max` metadata). International numbers (`+…`, `00…`) read the same
 * whatever the country.
 *
 * @returns the E.164 number, or the reason from the first country tried
 */
export function parsePhone(
  phone: string,
  countries: readonly string[],
): Result<string, PhoneInvalidReason> {
  let first: Result<string, PhoneInvalidReason> | undefined;
  for (const country of countries) {
    const result = parseWith(phone, country);
    if (result.ok) return result;
    first ??= result;
  }
  return first ?? parseWith(phone, '');
}
