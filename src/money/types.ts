import type { Decimal } from 'decimal.js';
import type { CurrencyCode } from './currencies.js';

/**
 * An amount of money in one currency. Immutable: operations return new values.
 *
 * `amount` is exact (decimal.js), never a binary float; it may carry more decimals than the
 * currency's minor unit until you round it with `roundMoney`.
 */
export interface Money<C extends CurrencyCode = CurrencyCode> {
  readonly amount: Decimal;
  readonly currency: C;
}

/** A decimal value given in code: a plain decimal string, a finite number or a Decimal. */
export type DecimalInput = string | number | Decimal;

/**
 * How to round to a number of decimals.
 *
 * | mode | rule | 2.345 → | −2.345 → |
 * |---|---|---|---|
 * | `half_even` | nearest, ties to the even digit (banker's) | 2.34 | −2.34 |
 * | `half_up` | nearest, ties away from zero | 2.35 | −2.35 |
 * | `half_down` | nearest, ties toward zero | 2.34 | −2.34 |
 * | `up` | away from zero | 2.35 | −2.35 |
 * | `down` | toward zero (truncate) | 2.34 | −2.34 |
 * | `ceil` | toward +∞ | 2.35 | −2.34 |
 * | `floor` | toward −∞ | 2.34 | −2.35 |
 */
export type RoundingMode = 'half_even' | 'half_up' | 'half_down' | 'up' | 'down' | 'ceil' | 'floor';
