import { isCurrencyCode, type CurrencyCode } from '../../money/index.js';
import type { JsonRecord, PayloadReader } from './payloadReader.js';

/**
 * A required ISO 4217 currency code, as written (no change of case); a missing one or an
 * unknown code is reported at `path`.
 *
 * @param reader - collects the issues
 * @param parent - the object holding the code
 * @param key - the code's field in `parent`
 * @param path - where the issue points in the payload
 * @returns the currency, or undefined when it is missing or unknown
 */
export function readCurrencyCode(
  reader: PayloadReader,
  parent: JsonRecord,
  key: string,
  path: string,
): CurrencyCode | undefined {
  const code = reader.text(parent, key, path, { required: true });
  if (code === undefined) return undefined;
  if (isCurrencyCode(code)) return code;
  reader.report(path, 'ISO 4217 currency code', code);
  return undefined;
}
