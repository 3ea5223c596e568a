import { err, type Result } from '../result/index.js';
import type { MoneyError } from './errors.js';
import type { Money } from './types.js';
import { createMoney } from './_internal/createMoney.js';
import { readAmount } from './_internal/readDecimal.js';
import { readCurrency } from './_internal/readCurrency.js';

/**
 * Reads an amount and a currency from untrusted data (a channel payload, a form, JSON).
 *
 * Accepts plain decimal strings (surrounding spaces are trimmed) and finite JSON numbers (read
 * from their shortest text, so `0.1` is exactly 0.1). Refuses exponent text (`'1e5'`),
 * `'Infinity'`, NaN, empty text, other types, |amount| ≥ 10^15, more than 20 decimals and
 * unknown currencies. The amount is kept as given, not rounded. Never throws.
 *
 * @param amount - the amount, as found in the data
 * @param currency - the currency code, as found in the data
 * @returns the Money, or `money/currency_unknown`, `money/amount_invalid` or
 *   `money/amount_out_of_range`
 * @example
 * ```ts
 * const parsed = parseMoney(' 12.50 ', 'EUR');
 * if (parsed.ok) parsed.value.amount.toString(); // '12.5'
 * parseMoney('1e5', 'EUR'); // { ok: false, error: { code: 'money/amount_invalid', reason: 'exponent_notation', … } }
 * ```
 */
export function parseMoney(amount: unknown, currency: unknown): Result<Money, MoneyError> {
  const code = readCurrency(currency);
  if (!code.ok) return code;
  const value = readAmount(amount);
  if (!value.ok) return err(value.error);
  return { ok: true, value: createMoney(value.value, code.value) };
}
