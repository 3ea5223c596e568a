import { err, type Result } from '../result/index.js';
import { minorUnitsOf } from './currencies.js';
import type { MoneyError, MoneyMinorUnitsInvalid } from './errors.js';
import { moneyLimits } from './limits.js';
import type { Money } from './types.js';
import { createMoney } from './_internal/createMoney.js';
import { D } from './_internal/decimal.js';
import { describeInput } from './_internal/describeInput.js';
import { checkRange } from './_internal/readDecimal.js';
import { readCurrency } from './_internal/readCurrency.js';

const integerText = /^-?\d+$/;

function readUnits(units: unknown): Result<string, MoneyMinorUnitsInvalid> {
  const fail = (reason: MoneyMinorUnitsInvalid['reason']): Result<never, MoneyMinorUnitsInvalid> =>
    err({ code: 'money/minor_units_invalid', input: describeInput(units), reason });
  if (typeof units === 'bigint') return { ok: true, value: units.toString() };
  if (typeof units === 'number') {
    if (!Number.isInteger(units)) return fail('not_an_integer');
    if (!Number.isSafeInteger(units)) return fail('unsafe_integer');
    return { ok: true, value: String(Object.is(units, -0) ? 0 : units) };
  }
  if (typeof units === 'string') {
    const text = units.trim();
    if (text.length > moneyLimits.maxLength) return fail('too_long');
    return integerText.test(text) ? { ok: true, value: text } : fail('not_an_integer');
  }
  return fail('wrong_type');
}

/**
 * Builds Money from an integer count of the currency's minor units, as payment APIs send them
 * (1250 EUR cents → 12.50 EUR; 1250 JPY → 1250 JPY; 1250 KWD fils → 1.250 KWD).
 *
 * Numbers must be safe integers (use a bigint or a string beyond 2^53 − 1). Never throws.
 *
 * @param units - the count: a safe integer, a bigint or integer text (`'-1250'`)
 * @param currency - the ISO 4217 code, from untrusted data
 * @returns the Money, or `money/currency_unknown`, `money/minor_units_invalid` or
 *   `money/amount_out_of_range` (|amount| ≥ 10^15)
 * @example
 * ```ts
 * const m = moneyFromMinorUnits(1250, 'EUR');
 * if (m.ok) m.value.amount.toString(); // '12.5'
 * ```
 */
export function moneyFromMinorUnits(
  units: number | bigint | string,
  currency: unknown,
): Result<Money, MoneyError> {
  const code = readCurrency(currency);
  if (!code.ok) return code;
  const text = readUnits(units);
  if (!text.ok) return text;
  const amount = new D(`${text.value}e-${String(minorUnitsOf(code.value))}`);
  const checked = checkRange(amount, units);
  if (!checked.ok) return err(checked.error);
  return { ok: true, value: createMoney(checked.value, code.value) };
}
