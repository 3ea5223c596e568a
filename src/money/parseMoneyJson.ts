import { err, type Result } from '../result/index.js';
import type { MoneyError } from './errors.js';
import { parseMoney } from './parseMoney.js';
import type { Money } from './types.js';
import { isArrayValue } from './_internal/isArrayValue.js';

/** Reads an own data property: no getter runs, nothing comes from the prototype chain. */
function readOwn(value: object, key: string): unknown {
  try {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    return descriptor !== undefined && 'value' in descriptor ? descriptor.value : undefined;
  } catch {
    // A Proxy whose trap throws: treat the property as absent.
    return undefined;
  }
}

/**
 * Reads a `{ amount, currency }` object from untrusted data, with the rules of `parseMoney`.
 * Only own data properties are read (no getter runs, nothing comes from the prototype); other
 * keys are ignored. Never throws.
 *
 * @param value - anything, typically a parsed JSON value
 * @returns the Money, or a money error (`money/amount_invalid` with reason `wrong_type` when
 *   `value` is not an object)
 * @example
 * ```ts
 * parseMoneyJson({ amount: '9.90', currency: 'EUR' }); // { ok: true, value: 9.9 EUR }
 * ```
 */
export function parseMoneyJson(value: unknown): Result<Money, MoneyError> {
  if (typeof value !== 'object' || value === null || isArrayValue(value)) {
    return err({
      code: 'money/amount_invalid',
      input: value === null ? 'null' : isArrayValue(value) ? 'array' : typeof value,
      reason: 'wrong_type',
    });
  }
  return parseMoney(readOwn(value, 'amount'), readOwn(value, 'currency'));
}
