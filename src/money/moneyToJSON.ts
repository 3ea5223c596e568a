import { minorUnitsOf } from './currencies.js';
import type { MoneyJson } from './schema.js';
import type { Money } from './types.js';
import { toPlainString } from './_internal/decimal.js';

/**
 * Serialises Money to its JSON form: the amount as plain decimal text (never exponent
 * notation), padded to the currency's minor units and keeping every further significant
 * decimal; nothing is rounded.
 *
 * @param m - the amount
 * @returns `{ amount, currency }`, valid against `MoneyJsonSchema` when the amount is within
 *   `moneyLimits`
 * @example
 * ```ts
 * moneyToJSON(money('12.5', 'EUR')); // { amount: '12.50', currency: 'EUR' }
 * moneyToJSON(money('0.125', 'EUR')); // { amount: '0.125', currency: 'EUR' }
 * moneyToJSON(money('1250', 'JPY')); // { amount: '1250', currency: 'JPY' }
 * ```
 */
export function moneyToJSON(m: Money): MoneyJson {
  return { amount: toPlainString(m.amount, minorUnitsOf(m.currency)), currency: m.currency };
}
