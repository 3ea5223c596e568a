import { fc, test } from '@fast-check/vitest';
import { Decimal } from 'decimal.js';
import { describe, expect } from 'vitest';
import {
  getCurrency,
  validateTotals,
  type Order,
  type RoundingMode,
  type TotalsComponent,
} from '../../src/index.js';
import { arbitraryOrder } from '../../src/testing/index.js';

const modes: readonly RoundingMode[] = [
  'half_even',
  'half_up',
  'half_down',
  'up',
  'down',
  'ceil',
  'floor',
];

/** An amount of the order to move, and the component `validateTotals` must name for it. */
interface Target {
  readonly path: readonly (string | number)[];
  readonly component: TotalsComponent;
  readonly lineId?: string;
}

const totalsTargets: readonly Target[] = (
  [
    ['products', 'products'],
    ['shipping', 'shipping'],
    ['tax', 'tax'],
    ['discount', 'discount'],
    ['grandTotal', 'grand_total'],
    ['paid', 'paid'],
  ] as const
).map(([field, component]) => ({ path: ['totals', field], component }));

/**
 * Every amount an equation reads: the totals, the shipping tax when given, and each line's unit
 * price, line total and tax. (A line's discount only moves its tax base, which rounding may
 * absorb: it is not a target.)
 */
function targetsOf(order: Order): Target[] {
  const shippingTax: Target[] =
    order.totals.shippingTax === undefined
      ? []
      : [{ path: ['totals', 'shippingTax'], component: 'shipping_tax' }];
  const lineTargets = order.lines.flatMap((line, index) =>
    (['unitPrice', 'lineTotal', 'tax'] as const)
      .filter((field) => line[field] !== undefined)
      .map((field): Target => ({
        path: ['lines', index, field],
        component: 'line',
        lineId: line.lineId,
      })),
  );
  return [...lineTargets, ...totalsTargets, ...shippingTax];
}

/** A copy of the order with the amount at `path` moved by `units` minor units. */
function moved(order: Order, path: readonly (string | number)[], units: number): unknown {
  const copy = structuredClone(order) as unknown as Record<string | number, unknown>;
  let node = copy;
  for (const key of path) node = node[key] as Record<string | number, unknown>;
  const digits = getCurrency(order.currency)?.minorUnits ?? 2;
  node.amount = new Decimal(node.amount as string)
    .plus(new Decimal(units).times(new Decimal(10).pow(-digits)))
    .toFixed(digits);
  return copy;
}

const orderWithTarget = arbitraryOrder().chain((order) =>
  fc.tuple(fc.constant(order), fc.constantFrom(...targetsOf(order)), fc.constantFrom(1, -1)),
);

describe('validateTotals properties', () => {
  test.prop([arbitraryOrder()], { numRuns: 1000 })(
    'every generated consistent order passes',
    (order) => {
      expect(validateTotals(order)).toMatchObject({ ok: true });
    },
  );

  test.prop(
    [
      fc
        .constantFrom(...modes)
        .chain((mode) => fc.tuple(fc.constant(mode), arbitraryOrder({ rounding: mode }))),
    ],
    { numRuns: 1000 },
  )('passes with the rounding mode the taxes were computed with', ([mode, order]) => {
    expect(validateTotals(order, { rounding: mode })).toMatchObject({ ok: true });
  });

  test.prop([orderWithTarget], { numRuns: 1000 })(
    'moving any single amount by one minor unit is reported with the right component',
    ([order, target, units]) => {
      const result = validateTotals(moved(order, target.path, units));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error).toHaveLength(1);
      const [issue] = result.error;
      if (issue?.code !== 'order/totals_mismatch')
        throw new Error(`unexpected ${String(issue?.code)}`);
      expect([issue.component, ...(issue.candidates ?? [])]).toContain(target.component);
      // A line is named only when it alone explains the failures: then it is the moved one.
      if (issue.component === 'line' && issue.lineId !== undefined) {
        expect(issue.lineId).toBe(target.lineId);
      }
    },
  );

  test.prop(
    [
      arbitraryOrder().chain((order) =>
        fc.tuple(fc.constant(order), fc.constantFrom(...totalsTargets), fc.constantFrom(1, -1)),
      ),
    ],
    { numRuns: 1000 },
  )('a total one minor unit off passes with toleranceMinorUnits 1', ([order, target, units]) => {
    expect(
      validateTotals(moved(order, target.path, units), { toleranceMinorUnits: 1 }),
    ).toMatchObject({
      ok: true,
    });
  });
});
