import { fc, test } from '@fast-check/vitest';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { Order, RoundingMode } from '../../../src/index.js';
import { getCurrency } from '../../../src/index.js';
import { checkTotals, checkTotalsWithDecimals } from '../../../src/order/_internal/checkTotals.js';
import {
  checkTotalsInMinorUnits,
  divideRounded,
  formatMinorUnits,
  toMinorUnits,
} from '../../../src/order/_internal/totalsInMinorUnits.js';
import { arbitraryOrder } from '../../../src/testing/index.js';

const modes: readonly RoundingMode[] = [
  'half_even',
  'half_up',
  'half_down',
  'up',
  'down',
  'ceil',
  'floor',
];

const decimalMode: Readonly<Record<RoundingMode, Decimal.Rounding>> = {
  half_even: Decimal.ROUND_HALF_EVEN,
  half_up: Decimal.ROUND_HALF_UP,
  half_down: Decimal.ROUND_HALF_DOWN,
  up: Decimal.ROUND_UP,
  down: Decimal.ROUND_DOWN,
  ceil: Decimal.ROUND_CEIL,
  floor: Decimal.ROUND_FLOOR,
};

type AmountPath = readonly (string | number)[];

/** Every amount of the order, as paths to its `{ amount, currency }` object. */
function amountPaths(order: Order): AmountPath[] {
  const lines = order.lines.flatMap((line, index) =>
    (['unitPrice', 'lineTotal', 'tax', 'discount'] as const)
      .filter((field) => line[field] !== undefined)
      .map((field) => ['lines', index, field]),
  );
  const totals = (
    ['products', 'shipping', 'shippingTax', 'tax', 'discount', 'grandTotal', 'paid'] as const
  )
    .filter((field) => order.totals[field] !== undefined)
    .map((field) => ['totals', field]);
  return [...lines, ...totals];
}

/** A copy of the order with the amount at `path` replaced by `amount`. */
function withAmount(order: Order, path: AmountPath, amount: string): Order {
  const copy = structuredClone(order) as unknown as Record<string | number, unknown>;
  let node = copy;
  for (const key of path) node = node[key] as Record<string | number, unknown>;
  node['amount'] = amount;
  return copy as unknown as Order;
}

/** An order, its amounts nudged: by minor units, by sub-minor decimals, or to huge values. */
const nudgedOrder = fc
  .record({
    currency: fc.constantFrom('EUR', 'JPY', 'KWD', 'CHF'),
    pricesIncludeTax: fc.boolean(),
    taxRounding: fc.constantFrom('line', 'order'),
    rounding: fc.constantFrom(...modes),
  })
  .chain((options) => arbitraryOrder(options))
  .chain((order) =>
    fc.tuple(
      fc.constant(order),
      fc.array(
        fc.tuple(
          fc.constantFrom(...amountPaths(order)),
          fc.oneof(
            fc.integer({ min: -3, max: 3 }).map((units) => ({ kind: 'units', units }) as const),
            fc
              .constantFrom('0.0001', '0.5', '0.000')
              .map((d) => ({ kind: 'decimals', d }) as const),
            fc.constantFrom('9999999999999.99', '-0.00').map((a) => ({ kind: 'set', a }) as const),
          ),
        ),
        { maxLength: 2 },
      ),
    ),
  )
  .map(([order, changes]) => {
    const digits = getCurrency(order.currency)?.minorUnits ?? 2;
    let result = order;
    for (const [path, change] of changes) {
      let node: unknown = result;
      for (const key of path) node = (node as Record<string | number, unknown>)[key];
      const current = (node as { amount: string }).amount;
      const next =
        change.kind === 'units'
          ? new Decimal(current)
              .plus(new Decimal(change.units).times(10 ** -digits))
              .toFixed(digits)
          : change.kind === 'decimals'
            ? `${current.includes('.') ? current : `${current}.`}${change.d.slice(2)}`
            : change.a;
      result = withAmount(result, path, next);
    }
    return result;
  });

describe('checkTotals in minor units', () => {
  test.prop([nudgedOrder, fc.constantFrom(...modes), fc.integer({ min: 0, max: 2 })], {
    numRuns: 2000,
  })('decides and reports exactly as the decimal path', (order, rounding, toleranceUnits) => {
    const settings = { rounding, toleranceUnits };
    expect(checkTotals(order, settings)).toEqual(checkTotalsWithDecimals(order, settings));
  });

  test.prop([arbitraryOrder()], { numRuns: 300 })(
    'answers for every consistent order whose amounts fit',
    (order) => {
      const digits = getCurrency(order.currency)?.minorUnits ?? 2;
      const report = checkTotalsInMinorUnits(order, {
        minorUnits: digits,
        rounding: 'half_even',
        toleranceUnits: 0,
      });
      expect(report).toBeDefined();
    },
  );

  test.prop(
    [
      fc.integer({ min: -(2 ** 52), max: 2 ** 52 }),
      fc.integer({ min: 1, max: 2_000_000 }),
      fc.constantFrom(...modes),
    ],
    { numRuns: 3000 },
  )('divideRounded rounds as decimal.js', (numerator, denominator, mode) => {
    const expected = new Decimal(numerator)
      .div(denominator)
      .toDecimalPlaces(0, decimalMode[mode])
      .toNumber();
    expect(divideRounded(numerator, denominator, mode)).toBe(expected + 0);
  });

  it('rounds exact ties by the mode, and never gives −0', () => {
    const ties = modes.map((mode) => [
      divideRounded(5, 2, mode),
      divideRounded(-5, 2, mode),
      divideRounded(-1, 3, mode),
    ]);
    expect(ties).toEqual([
      [2, -2, 0],
      [3, -3, 0],
      [2, -2, 0],
      [3, -3, -1],
      [2, -2, 0],
      [3, -2, 0],
      [2, -3, -1],
    ]);
    expect(Object.is(divideRounded(-1, 3, 'half_even'), 0)).toBe(true);
  });

  it('reads and writes amounts in minor units', () => {
    expect(toMinorUnits('12.5', 2)).toBe(1250);
    expect(toMinorUnits('-0.05', 2)).toBe(-5);
    expect(toMinorUnits('1.500', 2)).toBe(150);
    expect(toMinorUnits('-0.00', 2)).toBe(0);
    expect(toMinorUnits('1.005', 2)).toBeNaN();
    expect(toMinorUnits('1234567890123456', 0)).toBeNaN();
    expect(formatMinorUnits(1250, 2)).toBe('12.50');
    expect(formatMinorUnits(-5, 2)).toBe('-0.05');
    expect(formatMinorUnits(7, 0)).toBe('7');
    expect(formatMinorUnits(0, 3)).toBe('0.000');
  });
});
