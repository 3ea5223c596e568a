import { OrdokitError } from '../../result/index.js';
import type { CurrencyCode } from '../currencies.js';
import type { MoneyCurrencyMismatch } from '../errors.js';

/** Throws `money/currency_mismatch` when `actual` differs from `expected`. */
export function assertSameCurrency(
  expected: CurrencyCode,
  actual: CurrencyCode,
  operation: string,
): void {
  if (expected !== actual) {
    const detail: MoneyCurrencyMismatch = {
      code: 'money/currency_mismatch',
      expected,
      actual,
      operation,
    };
    throw new OrdokitError(
      detail,
      `${operation}: cannot combine ${actual} with ${expected}; convert to one currency first`,
    );
  }
}
