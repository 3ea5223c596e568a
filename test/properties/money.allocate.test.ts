import { fc, test } from '@fast-check/vitest';
import { Decimal } from 'decimal.js';
import { describe, expect } from 'vitest';
import { allocateMoney, getCurrency, money, type DecimalInput } from '../../src/index.js';
import { arbitraryCurrencyCode } from '../../src/testing/index.js';

// An independent, very precise decimal for checking (not ordokit's own arithmetic).
const Big = Decimal.clone({ precision: 2000, toExpNeg: -9e15, toExpPos: 9e15 });

// Any total within the input bounds, with 0 to 20 decimals (not only the minor unit).
const anyTotal = fc
  .record({
    currency: arbitraryCurrencyCode(),
    units: fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
    scale: fc.integer({ min: 0, max: 20 }),
  })
  .map(({ currency, units, scale }) => ({
    currency,
    amount: new Big(`${units.toString()}e-${String(scale)}`),
  }))
  .filter(({ amount }) => amount.abs().lt('1e15'));

// A valid weight: integers, ratios as text, finite doubles of any size, Decimals; never negative.
const anyWeight: fc.Arbitrary<DecimalInput> = fc.oneof(
  fc.nat({ max: 1000 }),
  fc.constant(0),
  fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }),
  fc
    .tuple(fc.nat(), fc.integer({ min: 0, max: 12 }))
    .map(([n, scale]) => new Big(`${String(n)}e-${String(scale)}`).toFixed()),
  fc.constantFrom<DecimalInput>(1e300, 5e-324, new Decimal('1e-300'), '0.0000001'),
);

const toBig = (weight: DecimalInput): Decimal => new Big(String(weight));

const anyWeights = fc
  .array(anyWeight, { minLength: 1, maxLength: 12 })
  .filter((weights) => weights.some((w) => !toBig(w).isZero()));

const anyDigits = fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined });

describe('allocateMoney laws', () => {
  test.prop([anyTotal, anyWeights, anyDigits], { numRuns: 1000 })(
    'the parts sum exactly to the total, for any total and any valid weights',
    ({ currency, amount }, weights, fractionDigits) => {
      const options = fractionDigits === undefined ? {} : { fractionDigits };
      const parts = allocateMoney(money(amount.toFixed(), currency), weights, options);
      expect(parts).toHaveLength(weights.length);
      const sum = parts.reduce((acc, part) => acc.plus(new Big(part.amount)), new Big(0));
      expect(sum.toFixed()).toBe(amount.toFixed());
      for (const part of parts) expect(part.currency).toBe(currency);
    },
  );

  test.prop([anyTotal, anyWeights, anyDigits], { numRuns: 1000 })(
    'every part is a whole number of units, except the sub-unit rest on the first largest weight',
    ({ currency, amount }, weights, fractionDigits) => {
      const digits = fractionDigits ?? getCurrency(currency)?.minorUnits ?? 2;
      const options = fractionDigits === undefined ? {} : { fractionDigits };
      const parts = allocateMoney(money(amount.toFixed(), currency), weights, options);
      const big = weights.map(toBig);
      const largest = big.findIndex((w) => w.eq(Big.max(...big)));
      const rest = amount.minus(amount.toDecimalPlaces(digits, Decimal.ROUND_DOWN));
      parts.forEach((part, index) => {
        const value = new Big(part.amount);
        const whole = index === largest ? value.minus(rest) : value;
        expect(whole.decimalPlaces()).toBeLessThanOrEqual(digits);
      });
    },
  );

  test.prop([anyTotal, anyWeights, anyDigits], { numRuns: 1000 })(
    'each part is within two units of its exact share, has the sign of the total, and zero weights get zero',
    ({ currency, amount }, weights, fractionDigits) => {
      const digits = fractionDigits ?? getCurrency(currency)?.minorUnits ?? 2;
      const options = fractionDigits === undefined ? {} : { fractionDigits };
      const parts = allocateMoney(money(amount.toFixed(), currency), weights, options);
      const big = weights.map(toBig);
      const total = big.reduce((acc, w) => acc.plus(w), new Big(0));
      const unit = new Big(10).pow(-digits);
      parts.forEach((part, index) => {
        const value = new Big(part.amount);
        const weight = big[index] ?? new Big(0);
        const share = amount.times(weight).div(total);
        expect(value.minus(share).abs().lt(unit.times(2))).toBe(true);
        if (weight.isZero()) expect(value.isZero()).toBe(true);
        if (!value.isZero()) expect(value.isNegative()).toBe(amount.isNegative());
      });
    },
  );
});
