import { describe, expect, it } from 'vitest';
import { isOrdokitError, validateTotals, type ValidateTotalsOptions } from '../../src/index.js';
import {
  at,
  eur,
  exclusiveOrder,
  inclusiveOrder,
  onlyMismatch,
  totalsIssues,
  type Json,
} from './_fixtures.js';

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

  it('works in a currency with 0 decimals (JPY)', () => {
    const yen = JSON.parse(JSON.stringify(exclusiveOrder()).replaceAll('"EUR"', '"JPY"')) as Json;
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

  it('works in a currency with 3 decimals (KWD)', () => {
    const kwd = (amount: string) => ({ amount, currency: 'KWD' });
    const order = JSON.parse(JSON.stringify(exclusiveOrder()).replaceAll('"EUR"', '"KWD"')) as Json;
    // L1 2 × 1.234 = 2.468 at 20 % → 0.4936 → 0.494; L2 30.000, tax 6.000; shipping 5.000 with
    // shipping tax 1.000; tax 0.494 + 6 + 1 = 7.494; 32.468 + 5 + 7.494 − 2 = 42.962.
    Object.assign(at(order, 'lines', 0), { unitPrice: kwd('1.234'), lineTotal: kwd('2.468') });
    Object.assign(at(order, 'lines', 1), { lineTotal: kwd('30.000'), tax: kwd('6.000') });
    Object.assign(at(order, 'totals'), {
      products: kwd('32.468'),
      shipping: kwd('5.000'),
      shippingTax: kwd('1.000'),
      tax: kwd('7.494'),
      discount: kwd('2.000'),
      grandTotal: kwd('42.962'),
      paid: kwd('42.962'),
    });
    expect(validateTotals(order)).toMatchObject({
      ok: true,
      value: { tax: kwd('7.494'), grandTotal: kwd('42.962') },
    });
    at(order, 'totals').tax = kwd('7.495');
    expect(onlyMismatch(order)).toMatchObject({ component: 'tax', difference: kwd('0.001') });
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
      received: { kind: 'number', value: -1 },
    });
    expect(codeOf(() => validateTotals(exclusiveOrder(), { toleranceMinorUnits: 0.5 }))).toEqual({
      code: 'order/option_invalid',
      option: 'toleranceMinorUnits',
      received: { kind: 'number', value: 0.5 },
    });
    expect(
      codeOf(() => validateTotals(exclusiveOrder(), { toleranceMinorUnits: Number.NaN })),
    ).toEqual({
      code: 'order/option_invalid',
      option: 'toleranceMinorUnits',
      received: { kind: 'nan' },
    });
    const badMode = { rounding: 'bankers' } as unknown as ValidateTotalsOptions;
    expect(codeOf(() => validateTotals(exclusiveOrder(), badMode))).toEqual(
      expect.objectContaining({ code: 'money/rounding_mode_invalid' }),
    );
  });
});

describe('validateTotals: input that is not a valid order', () => {
  it('returns the schema issues, and never throws', () => {
    expect(totalsIssues(null)).toEqual([
      {
        code: 'order/schema_invalid',
        path: [],
        expected: { kind: 'type', type: 'object' },
        received: { kind: 'null' },
      },
    ]);
    const order = exclusiveOrder();
    at(order, 'totals').shipping = { amount: '5.00', currency: 'USD' };
    expect(totalsIssues(order)).toEqual([
      {
        code: 'order/currency_mismatch',
        path: ['totals', 'shipping'],
        expected: 'EUR',
        actual: 'USD',
      },
    ]);
  });
});
