import { describe, expect, it } from 'vitest';
import {
  isOrdokitError,
  validateTotals,
  type OrderIssue,
  type OrderTotalsMismatch,
} from '../../src/index.js';
import { at, eur, exclusiveOrder, fresh, inclusiveOrder, type Json } from './_fixtures.js';

function issuesOf(order: unknown, options?: Parameters<typeof validateTotals>[1]): OrderIssue[] {
  const result = validateTotals(order, options);
  return result.ok ? [] : [...result.error];
}

function onlyMismatch(order: unknown, options?: Parameters<typeof validateTotals>[1]) {
  const issues = issuesOf(order, options);
  expect(issues).toHaveLength(1);
  const [issue] = issues;
  expect(issue?.code).toBe('order/totals_mismatch');
  return issue as OrderTotalsMismatch;
}

/** 3 lines of 0.99 EUR at 20 %, tax-exclusive, no shipping nor discount. */
function threeSmallLines(taxRounding: 'line' | 'order', tax: string): Json {
  const order = exclusiveOrder();
  order.lines = ['A', 'B', 'C'].map((id) => ({
    lineId: id,
    sku: `SKU-${id}`,
    title: 'Sticker',
    quantities: fresh(1),
    unitPrice: eur('0.99'),
    taxRate: '0.2',
  }));
  const grandTotal = (297 + Number(tax.replace('.', ''))) / 100;
  order.totals = {
    pricesIncludeTax: false,
    taxRounding,
    products: eur('2.97'),
    shipping: eur('0.00'),
    tax: eur(tax),
    discount: eur('0.00'),
    grandTotal: eur(grandTotal.toFixed(2)),
    paid: eur(grandTotal.toFixed(2)),
  };
  return order;
}

describe('validateTotals: orders that add up', () => {
  it('accepts a tax-exclusive order and reports the computed figures', () => {
    expect(validateTotals(exclusiveOrder())).toEqual({
      ok: true,
      value: {
        currency: 'EUR',
        products: eur('50.00'),
        tax: eur('11.00'),
        grandTotal: eur('64.00'),
        checks: ['line_total', 'products', 'tax', 'grand_total', 'paid'],
      },
    });
  });

  it('accepts a tax-inclusive order: tax is checked against the lines but not added', () => {
    expect(validateTotals(inclusiveOrder())).toEqual({
      ok: true,
      value: {
        currency: 'EUR',
        products: eur('35.00'),
        tax: eur('6.00'),
        grandTotal: eur('41.00'),
        checks: ['products', 'tax', 'grand_total', 'paid'],
      },
    });
  });

  it('rounds per line: 3 × 0.99 at 20 % is 3 × 0.20 = 0.60', () => {
    expect(validateTotals(threeSmallLines('line', '0.60')).ok).toBe(true);
    const issue = onlyMismatch(threeSmallLines('line', '0.59'));
    expect(issue).toMatchObject({ check: 'tax', expected: eur('0.60'), actual: eur('0.59') });
  });

  it('rounds per order, once per rate: 2.97 × 20 % = 0.594 → 0.59', () => {
    expect(validateTotals(threeSmallLines('order', '0.59')).ok).toBe(true);
    const issue = onlyMismatch(threeSmallLines('order', '0.60'));
    // The grand total corroborates 0.60 and no line gives a tax amount: the tax equation
    // alone fails, and no single amount explains it.
    expect(issue).toEqual({
      code: 'order/totals_mismatch',
      component: 'tax',
      check: 'tax',
      pricesIncludeTax: false,
      expected: eur('0.59'),
      actual: eur('0.60'),
      difference: eur('0.01'),
    });
  });

  it('rounds once per rate, not once for all rates', () => {
    // 0.99 at 20 % (0.198) and 0.99 at 5.5 % (0.05445): per rate 0.20 + 0.05 = 0.25, where a
    // single rounding of 0.25245 would also give 0.25; with 3 lines at 20 % and 3 at 5.5 %:
    // per rate round(0.594) + round(0.16335) = 0.59 + 0.16 = 0.75; all at once 0.75735 → 0.76.
    const order = threeSmallLines('order', '0.75');
    const lines = order.lines as Json[];
    order.lines = [
      ...lines,
      ...lines.map((l) => ({ ...l, lineId: `${String(l.lineId)}2`, taxRate: '0.055' })),
    ];
    order.totals = {
      ...(order.totals as Json),
      products: eur('5.94'),
      grandTotal: eur('6.69'),
      paid: eur('6.69'),
    };
    expect(validateTotals(order).ok).toBe(true);
  });

  it('treats rates spelled differently as one rate', () => {
    const order = threeSmallLines('order', '0.59');
    at(order, 'lines', 1).taxRate = '0.20';
    at(order, 'lines', 2).taxRate = '0.200';
    expect(validateTotals(order).ok).toBe(true);
  });

  it('takes the tax base after the line discount', () => {
    const order = exclusiveOrder();
    // L1: 20.00 − 5.00 = 15.00 at 20 % → 3.00; tax 3 + 6 + 1 = 10; discount 2 + 5 = 7;
    // grand total 50 + 5 + 10 − 7 = 58.
    at(order, 'lines', 0).discount = eur('5.00');
    Object.assign(at(order, 'totals'), {
      tax: eur('10.00'),
      discount: eur('7.00'),
      grandTotal: eur('58.00'),
      paid: eur('58.00'),
    });
    expect(validateTotals(order).ok).toBe(true);
  });

  it('rounds unit price × quantity to minor units (a 3.3333 unit price)', () => {
    const order = exclusiveOrder();
    // 3 × 3.3333 = 9.9999 → 10.00; tax 2.00; products 40; tax 2 + 6 + 1 = 9; 40 + 5 + 9 − 2 = 52.
    Object.assign(at(order, 'lines', 0), {
      quantities: fresh(3),
      unitPrice: eur('3.3333'),
      lineTotal: eur('10.00'),
    });
    Object.assign(at(order, 'totals'), {
      products: eur('40.00'),
      tax: eur('9.00'),
      grandTotal: eur('52.00'),
      paid: eur('52.00'),
    });
    expect(validateTotals(order).ok).toBe(true);
  });

  it('skips the tax equation when a line has neither a tax amount nor a rate', () => {
    const order = exclusiveOrder();
    delete at(order, 'lines', 1).tax;
    const result = validateTotals(order);
    expect(result.ok && result.value.checks).toEqual([
      'line_total',
      'products',
      'grand_total',
      'paid',
    ]);
    expect(result.ok && result.value.tax).toEqual(eur('11.00'));
  });

  it('works in currencies with 0 and 3 decimals', () => {
    const order = exclusiveOrder();
    const yen = JSON.parse(JSON.stringify(order).replaceAll('"EUR"', '"JPY"')) as Json;
    // L1 2 × 1000 = 2000 at 10 % → 200; L2 3000, tax 300; ship 500 (+50); tax 550;
    // 5000 + 500 + 550 − 0 = 6050.
    Object.assign(at(yen, 'lines', 0), {
      unitPrice: { amount: '1000', currency: 'JPY' },
      lineTotal: { amount: '2000', currency: 'JPY' },
      taxRate: '0.1',
    });
    Object.assign(at(yen, 'lines', 1), {
      lineTotal: { amount: '3000', currency: 'JPY' },
      tax: { amount: '300', currency: 'JPY' },
    });
    const jpy = (amount: string) => ({ amount, currency: 'JPY' });
    Object.assign(at(yen, 'totals'), {
      products: jpy('5000'),
      shipping: jpy('500'),
      shippingTax: jpy('50'),
      tax: jpy('550'),
      discount: jpy('0'),
      grandTotal: jpy('6050'),
      paid: jpy('6050'),
    });
    expect(validateTotals(yen)).toMatchObject({ ok: true, value: { grandTotal: jpy('6050') } });
    at(yen, 'totals').paid = jpy('6049');
    expect(onlyMismatch(yen)).toMatchObject({ component: 'paid', difference: jpy('-1') });
  });
});

describe('validateTotals: options', () => {
  it('accepts differences within toleranceMinorUnits, on each equation', () => {
    const order = exclusiveOrder();
    at(order, 'totals').grandTotal = eur('64.01');
    expect(validateTotals(order).ok).toBe(false);
    expect(validateTotals(order, { toleranceMinorUnits: 1 }).ok).toBe(true);
    at(order, 'totals').grandTotal = eur('64.02');
    expect(onlyMismatch(order, { toleranceMinorUnits: 1 })).toMatchObject({
      component: 'grand_total',
      difference: eur('0.02'),
    });
  });

  it('rounds computed taxes with the rounding mode given', () => {
    // 2.50 at 5 % = 0.125: half_even → 0.12, half_up → 0.13.
    const order = threeSmallLines('line', '0.12');
    order.lines = [
      {
        lineId: 'A',
        sku: 'A',
        title: 'A',
        quantities: fresh(1),
        lineTotal: eur('2.50'),
        taxRate: '0.05',
      },
    ];
    const totals = (tax: string, grand: string) => ({
      ...(order.totals as Json),
      products: eur('2.50'),
      tax: eur(tax),
      grandTotal: eur(grand),
      paid: eur(grand),
    });
    order.totals = totals('0.12', '2.62');
    expect(validateTotals(order).ok).toBe(true);
    expect(validateTotals(order, { rounding: 'half_up' }).ok).toBe(false);
    order.totals = totals('0.13', '2.63');
    expect(validateTotals(order, { rounding: 'half_up' }).ok).toBe(true);
  });

  it('throws on options that break the types (programmer errors)', () => {
    const codeOf = (fn: () => unknown): unknown => {
      try {
        fn();
      } catch (e) {
        return isOrdokitError(e) ? e.detail : e;
      }
      return undefined;
    };
    expect(codeOf(() => validateTotals(exclusiveOrder(), { toleranceMinorUnits: -1 }))).toEqual({
      code: 'order/option_invalid',
      option: 'toleranceMinorUnits',
      received: 'number -1',
    });
    expect(codeOf(() => validateTotals(exclusiveOrder(), { toleranceMinorUnits: 0.5 }))).toEqual(
      expect.objectContaining({ code: 'order/option_invalid' }),
    );
    const badMode = { rounding: 'bankers' } as unknown as Parameters<typeof validateTotals>[1];
    expect(codeOf(() => validateTotals(exclusiveOrder(), badMode))).toEqual(
      expect.objectContaining({ code: 'money/rounding_mode_invalid' }),
    );
  });
});

describe('validateTotals: input that is not a valid order', () => {
  it('returns the schema issues, and never throws', () => {
    expect(issuesOf(null)).toEqual([
      { code: 'order/schema_invalid', path: [], expected: 'object', received: 'null' },
    ]);
    const order = exclusiveOrder();
    at(order, 'totals').shipping = { amount: '5.00', currency: 'USD' };
    expect(issuesOf(order)).toEqual([
      {
        code: 'order/currency_mismatch',
        path: ['totals', 'shipping'],
        expected: 'EUR',
        actual: 'USD',
      },
    ]);
  });
});
