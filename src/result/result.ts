/**
 * The outcome of an operation that can fail in an expected way: either a value or a typed error.
 *
 * Expected failures (bad input, a broken business rule) are returned, never thrown.
 *
 * @example
 * ```ts
 * const parsed = parseMoney('12.50', 'EUR');
 * if (parsed.ok) console.log(parsed.value.amount.toString());
 * else console.log(parsed.error.code);
 * ```
 */
export type Result<T, E> = Ok<T> | Err<E>;

/** The successful branch of a {@link Result}. */
export interface Ok<T> {
  readonly ok: true;
  readonly value: T;
}

/** The failed branch of a {@link Result}. */
export interface Err<E> {
  readonly ok: false;
  readonly error: E;
}

/**
 * Wraps a value as a successful {@link Result}.
 *
 * @param value - the value to return
 * @returns `{ ok: true, value }`
 */
export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

/**
 * Wraps an error as a failed {@link Result}.
 *
 * @param error - the typed error (an object with a stable `code`)
 * @returns `{ ok: false, error }`
 */
export function err<E>(error: E): Err<E> {
  return { ok: false, error };
}
