import { err, ok, type Result } from '../result/index.js';
import { parsePhone } from './_internal/parsePhone.js';
import { collapseWhitespace } from './_internal/text.js';
import type { AddressPhoneInvalid } from './errors.js';

/**
 * Writes a phone number in E.164 form (`+33612345678`), reading national numbers as numbers
 * of `country`. Validity is strict (libphonenumber-js with its full metadata); an extension
 * (`ext. 12`) is dropped, as E.164 has none.
 *
 * @param phone - the number as typed: national (`06 12 34 56 78`) or international (`+33…`, `0033…`)
 * @param country - ISO 3166-1 alpha-2 code used for national numbers, usually the address country
 * @returns the E.164 number, or an `address/phone_invalid` issue at path `['phone']`
 *
 * @example
 * ```ts
 * normalizePhone('06 12 34 56 78', 'FR'); // { ok: true, value: '+33612345678' }
 * ```
 */
export function normalizePhone(
  phone: string,
  country: string,
): Result<string, AddressPhoneInvalid> {
  const text = collapseWhitespace(phone);
  const code = collapseWhitespace(country).toUpperCase();
  const parsed = parsePhone(text, code);
  return parsed.ok
    ? ok(parsed.value)
    : err({
        code: 'address/phone_invalid',
        path: ['phone'],
        phone: text,
        country: code,
        reason: parsed.error,
      });
}
