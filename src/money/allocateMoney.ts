import type { Decimal } from 'decimal.js';
import { OrdokitError } from '../result/index.js';
import { minorUnitsOf, type CurrencyCode } from './currencies.js';
import type { AllocationInvalidReason, MoneyAllocationInvalid } from './errors.js';
import type { DecimalInput, Money } from './types.js';
import { createMoney } from './_internal/createMoney.js';
import { addExact, D, multiplyExact, toD } from './_internal/decimal.js';
import { readDecimal } from './_internal/readDecimal.js';
import { checkFractionDigits } from './_internal/rounding.js';

/** Options of {@link allocateMoney}. */
export interface AllocateMoneyOptions {
  /** Decimals of the unit to split in (default: the currency's ISO minor units). */
  readonly fractionDigits?: number;
}

/** Weights whose digits span more than this many decimal places are refused. */
const MAX_WEIGHT_SPAN = 1000;

function refuse(reason: AllocationInvalidReason, index?: number): never {
  const detail: MoneyAllocationInvalid =
    index === undefined
      ? { code: 'money/allocation_invalid', reason }
      : { code: 'money/allocation_invalid', reason, index };
  throw new OrdokitError(detail, `allocateMoney: ${reason}`);
}

/**
 * The index of the first value with the greatest key. A loop, not `Math.max(...list)`:
 * spreading a list of 10^5 or more weights overflows the call stack.
 */
function indexOfGreatest(values: readonly Decimal[], key: (value: Decimal) => number): number {
  let best = 0;
  let bestKey = -Infinity;
  values.forEach((value, index) => {
    const current = key(value);
    if (current > bestKey) {
      best = index;
      bestKey = current;
    }
  });
  return best;
}

/** Reads and checks the weights; returns them as integers scaled to a common exponent. */
function scaleWeights(weights: readonly DecimalInput[]): bigint[] {
  if (weights.length === 0) refuse('no_weights');
  const values = weights.map((weight, index): Decimal => {
    const read = readDecimal(weight);
    if (!read.ok)
      refuse(read.error.reason === 'not_finite' ? 'weight_not_finite' : 'weight_invalid', index);
    if (read.value.isNegative() && !read.value.isZero()) refuse('weight_negative', index);
    return read.value;
  });
  const highest = indexOfGreatest(values, (value) => (value.isZero() ? -Infinity : value.e));
  const largest = values[highest];
  if (largest === undefined || largest.isZero()) refuse('all_weights_zero');
  const widest = indexOfGreatest(values, (value) => value.decimalPlaces());
  const scale = values[widest]?.decimalPlaces() ?? 0;
  const top = largest.e;
  // Blame the weight that stretches the span most: the largest one, or the one with most decimals.
  if (top + scale > MAX_WEIGHT_SPAN) refuse('weight_out_of_range', top >= scale ? highest : widest);
  const factor = new D(10).pow(scale);
  return values.map((value) => BigInt(multiplyExact(value, factor).toFixed(0)));
}

/**
 * Splits an amount by weights so that the parts always sum back to the total exactly.
 *
 * The total is split in units of the currency's minor unit (or `options.fractionDigits`) by
 * the largest-remainder method: each part gets the floor of its exact share, then the units
 * left over go one by one to the parts with the largest remainders, the earlier index first
 * on a tie. A zero weight gets zero. A negative total is split like its absolute value, then
 * negated. If the total has more decimals than the unit (0.125 EUR), the part below the unit
 * (0.005) is added to the part of the first largest weight, so the sum is still exact and
 * every other part is a whole number of units.
 *
 * @param total - the amount to split
 * @param weights - one non-negative weight per part (ratios, quantities, percentages…); at
 *   least one must be above zero
 * @param options - `fractionDigits`: the unit to split in
 * @returns one Money per weight, in order, in the total's currency
 * @throws OrdokitError `money/allocation_invalid` (reason `no_weights`, `weight_invalid`,
 *   `weight_not_finite`, `weight_negative`, `weight_out_of_range` or `all_weights_zero`, with
 *   the `index` of the weight at fault) and `money/fraction_digits_invalid`
 * @example
 * ```ts
 * allocateMoney(money('100.00', 'EUR'), [1, 1, 1]).map((m) => m.amount.toFixed(2));
 * // ['33.34', '33.33', '33.33']
 * ```
 */
export function allocateMoney<C extends CurrencyCode>(
  total: Money<C>,
  weights: readonly DecimalInput[],
  options: AllocateMoneyOptions = {},
): Money<C>[] {
  const digits = checkFractionDigits(options.fractionDigits ?? minorUnitsOf(total.currency));
  const scaled = scaleWeights(weights);
  const amount = toD(total.amount);
  const whole = amount.toDecimalPlaces(digits, D.ROUND_DOWN);
  const rest = addExact(amount, whole.negated());
  const negative = amount.isNegative();
  const units = BigInt(whole.abs().toFixed(digits).replace('.', ''));

  const weightSum = scaled.reduce((sum, weight) => sum + weight, 0n);
  const parts = scaled.map((weight) => (units * weight) / weightSum);
  const remainders = scaled.map((weight) => (units * weight) % weightSum);
  let left = units - parts.reduce((sum, part) => sum + part, 0n);
  const order = remainders
    .map((remainder, index) => ({ remainder, index }))
    .sort((x, y) =>
      x.remainder === y.remainder ? x.index - y.index : x.remainder > y.remainder ? -1 : 1,
    );
  for (const { index } of order) {
    if (left === 0n) break;
    parts[index] = (parts[index] ?? 0n) + 1n;
    left -= 1n;
  }

  const largest = scaled.reduce(
    (best, weight, index) => (weight > (scaled[best] ?? 0n) ? index : best),
    0,
  );
  return parts.map((part, index) => {
    const value = new D(`${negative ? '-' : ''}${part.toString()}e-${String(digits)}`);
    return createMoney(index === largest ? addExact(value, rest) : value, total.currency);
  });
}
