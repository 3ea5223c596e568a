import { describe, expect, it } from 'vitest';
import { validateTotals } from '../../src/index.js';
import {
  at,
  eur,
  exclusiveOrder,
  fresh,
  inclusiveOrder,
  onlyMismatch,
  type Json,
} from './_fixtures.js';

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

describe('validateTotals: rounding', () => {
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

  it('rounds each rate once on the summed bases, exactly, even at a tie', () => {
    // Tax-inclusive at 20 %: the tax is base / 6. 10 799.41 + 7 603.21 + 3 559.69 = 21 962.31,
    // whose sixth is 3 660.385 exactly: half-even gives 3 660.38, half-up 3 660.39. (Summing
    // each line's sixth, 1 799.901666…, instead would drift off the tie.)
    const order = inclusiveOrder();
    order.lines = ['10799.41', '7603.21', '3559.69'].map((amount, i) => ({
      lineId: `L${String(i + 1)}`,
      sku: 'TV-55',
      title: 'Television',
      quantities: fresh(1),
      lineTotal: eur(amount),
      taxRate: '0.2',
    }));
    const totals = (tax: string) => ({
      pricesIncludeTax: true,
      taxRounding: 'order',
      products: eur('21962.31'),
      shipping: eur('0.00'),
      tax: eur(tax),
      discount: eur('0.00'),
      grandTotal: eur('21962.31'),
      paid: eur('21962.31'),
    });
    order.totals = totals('3660.38');
    expect(validateTotals(order).ok).toBe(true);
    order.totals = totals('3660.39');
    expect(validateTotals(order, { rounding: 'half_up' }).ok).toBe(true);
    expect(onlyMismatch(order)).toMatchObject({ check: 'tax', expected: eur('3660.38') });
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
});
