import type { ErrorShape, Locale } from '../result/index.js';
import { findRenderer, type OrdokitErrorValue } from './catalog.js';

/**
 * Renders an ordokit error value as a message for a person, in English or French: what was
 * wrong and what to do about it.
 *
 * Messages are for people; programs should branch on `error.code`, which never changes.
 *
 * @param error - any error value returned (or carried in `OrdokitError.detail`) by ordokit
 * @param locale - `'en'` (default) or `'fr'`
 * @returns the message; for a code this version does not know, the code itself
 *
 * @example
 * ```ts
 * const result = validateAddress(input);
 * if (!result.ok) for (const issue of result.error) console.log(formatError(issue, 'fr'));
 * ```
 */
export function formatError(error: OrdokitErrorValue, locale: Locale = 'en'): string {
  const shape: ErrorShape = error;
  const render = findRenderer(shape, locale);
  return render === undefined ? shape.code : render(shape);
}
