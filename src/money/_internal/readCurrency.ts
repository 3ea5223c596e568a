import { err, ok, OrdokitError, type Result } from '../../result/index.js';
import { isCurrencyCode, type CurrencyCode } from '../currencies.js';
import type { MoneyCurrencyUnknown, MoneyError } from '../errors.js';
import { describeInput } from './describeInput.js';

/** Reads a currency code from untrusted input. Never throws. */
export function readCurrency(value: unknown): Result<CurrencyCode, MoneyCurrencyUnknown> {
  return isCurrencyCode(value)
    ? ok(value)
    : err({ code: 'money/currency_unknown', currency: describeInput(value) });
}

/** Unwraps a result for programmer-facing functions: throws its error as an OrdokitError. */
export function unwrapOrThrow<T>(result: Result<T, MoneyError>, context: string): T {
  if (result.ok) return result.value;
  throw new OrdokitError(result.error, `${context}: ${result.error.code}`);
}
