import type { ErrorShape } from './errorShape.js';

/**
 * Thrown only for programmer errors (calling an operation in a way its types forbid, such as
 * adding EUR to GBP); expected failures are returned as a `Result` instead.
 *
 * It carries the same typed error value that a `Result` would hold, in `detail`.
 *
 * @example
 * ```ts
 * try {
 *   addMoney(eur, gbp);
 * } catch (e) {
 *   if (isOrdokitError(e) && e.code === 'money/currency_mismatch') console.log(e.detail);
 * }
 * ```
 */
export class OrdokitError<E extends ErrorShape = ErrorShape> extends Error {
  /** The stable code, equal to `detail.code`. */
  readonly code: E['code'];
  /** The typed error value. */
  readonly detail: E;

  /**
   * @param detail - the typed error value
   * @param message - an English message for logs (render operator messages with `formatError`)
   */
  constructor(detail: E, message?: string) {
    super(message ?? detail.code);
    this.name = 'OrdokitError';
    this.code = detail.code;
    this.detail = detail;
  }
}

/**
 * Tells whether a caught value is an {@link OrdokitError}, even across duplicate copies of the
 * package (it checks the shape, not the class identity).
 *
 * @param value - anything caught
 * @returns true when `value` is an ordokit error
 */
export function isOrdokitError(value: unknown): value is OrdokitError {
  return (
    value instanceof Error &&
    value.name === 'OrdokitError' &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { detail?: unknown }).detail === 'object'
  );
}
