import { describe, expect, it } from 'vitest';
import { at, eur, exclusiveOrder, inclusiveOrder, totalsIssues, type Json } from './_fixtures.js';

function changed(order: Json, path: (string | number)[], amount: string): Json {
  const key = path.at(-1) as string;
  at(order, ...path.slice(0, -1))[key] = eur(amount);
  return order;
}

// Hand-computed figures of the fixtures are in _fixtures.ts (exclusive: products 50, shipping
// 5, shipping tax 1, tax 11, discount 2, grand total 64; inclusive: products 35, shipping 6,
// tax 6, no discount, grand total 41).
describe('validateTotals names the wrong amount', () => {
  it('shipping or discount: both appear only in the grand total, shipping is reported first', () => {
    const shipping = totalsIssues(changed(exclusiveOrder(), ['totals', 'shipping'], '6.00'));
    const discount = totalsIssues(changed(exclusiveOrder(), ['totals', 'discount'], '1.00'));
    const expected = {
      code: 'order/totals_mismatch',
      component: 'shipping',
      check: 'grand_total',
      pricesIncludeTax: false,
      expected: eur('65.00'),
      actual: eur('64.00'),
      difference: eur('-1.00'),
      candidates: ['shipping', 'discount'],
    };
    expect(shipping).toEqual([expected]);
    expect(discount).toEqual([expected]);
  });

  it('prefers the amount that is negative, and a repair that is not', () => {
    // Discount 0.00 → −0.01: 35 + 6 − (−0.01) = 41.01 against 41.00.
    expect(totalsIssues(changed(inclusiveOrder(), ['totals', 'discount'], '-0.01'))).toEqual([
      {
        code: 'order/totals_mismatch',
        component: 'discount',
        check: 'grand_total',
        pricesIncludeTax: true,
        expected: eur('41.01'),
        actual: eur('41.00'),
        difference: eur('-0.01'),
        candidates: ['discount', 'shipping'],
      },
    ]);
  });

  it('products: the products and grand-total equations both fail', () => {
    expect(totalsIssues(changed(exclusiveOrder(), ['totals', 'products'], '50.01'))).toEqual([
      expect.objectContaining({
        component: 'products',
        check: 'products',
        expected: eur('50.00'),
        actual: eur('50.01'),
        difference: eur('0.01'),
      }),
    ]);
  });

  it('tax, prices excluding tax: the tax and grand-total equations both fail', () => {
    const [issue, ...rest] = totalsIssues(changed(exclusiveOrder(), ['totals', 'tax'], '11.01'));
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ component: 'tax', check: 'tax', expected: eur('11.00') });
    expect(issue).not.toHaveProperty('candidates');
  });

  it('tax, prices including tax: only the tax equation fails; shipping tax is a candidate', () => {
    expect(totalsIssues(changed(inclusiveOrder(), ['totals', 'tax'], '6.01'))).toEqual([
      expect.objectContaining({
        component: 'tax',
        check: 'tax',
        candidates: ['tax', 'shipping_tax'],
      }),
    ]);
  });

  it('grand total and paid', () => {
    expect(totalsIssues(changed(exclusiveOrder(), ['totals', 'grandTotal'], '64.01'))).toEqual([
      expect.objectContaining({
        component: 'grand_total',
        check: 'grand_total',
        actual: eur('64.01'),
      }),
    ]);
    expect(totalsIssues(changed(exclusiveOrder(), ['totals', 'paid'], '63.99'))).toEqual([
      expect.objectContaining({
        component: 'paid',
        check: 'paid',
        expected: eur('64.00'),
        actual: eur('63.99'),
        difference: eur('-0.01'),
      }),
    ]);
  });

  it('a grand total paid as stated is corroborated: the error is before it', () => {
    // Grand total and paid both 64.01: paid = grand total holds, so the grand total is not
    // blamed; shipping or discount alone explain the grand-total equation.
    const order = changed(exclusiveOrder(), ['totals', 'grandTotal'], '64.01');
    changed(order, ['totals', 'paid'], '64.01');
    expect(totalsIssues(order)).toEqual([
      expect.objectContaining({ component: 'shipping', candidates: ['shipping', 'discount'] }),
    ]);
  });

  it('a line unit price: 2 × 10.01 = 20.02 against a line total of 20.00', () => {
    expect(totalsIssues(changed(exclusiveOrder(), ['lines', 0, 'unitPrice'], '10.01'))).toEqual([
      {
        code: 'order/totals_mismatch',
        component: 'line',
        lineId: 'L1',
        lineField: 'unitPrice',
        check: 'line_total',
        pricesIncludeTax: false,
        expected: eur('20.02'),
        actual: eur('20.00'),
        difference: eur('-0.02'),
      },
    ]);
  });

  it('a line total: its own equation and the products fail', () => {
    expect(totalsIssues(changed(exclusiveOrder(), ['lines', 0, 'lineTotal'], '20.01'))).toEqual([
      expect.objectContaining({
        component: 'line',
        lineId: 'L1',
        lineField: 'lineTotal',
        check: 'line_total',
        expected: eur('20.00'),
        actual: eur('20.01'),
      }),
    ]);
  });

  it('a line tax with no rate: any line tax or the shipping tax would explain it', () => {
    const [issue] = totalsIssues(changed(exclusiveOrder(), ['lines', 1, 'tax'], '6.01'));
    expect(issue).toMatchObject({ check: 'tax', expected: eur('11.01'), actual: eur('11.00') });
    expect(issue).toHaveProperty('candidates', expect.arrayContaining(['line', 'shipping_tax']));
  });

  it('a line tax with a rate, rounded per line: the line is named', () => {
    const order = exclusiveOrder();
    at(order, 'lines', 1).taxRate = '0.2'; // 30.00 × 20 % = 6.00
    changed(order, ['lines', 1, 'tax'], '6.01');
    expect(totalsIssues(order)).toEqual([
      expect.objectContaining({
        component: 'line',
        lineId: 'L2',
        lineField: 'tax',
        check: 'line_tax',
        expected: eur('6.00'),
        actual: eur('6.01'),
      }),
    ]);
  });

  it('leaves lineId out when several lines would explain it', () => {
    // L1 12.00 → 12.01 makes products 35.02; L2's total (11.00 → 10.98) would explain it too,
    // and neither changes the rounded taxes.
    const [issue, ...rest] = totalsIssues(
      changed(inclusiveOrder(), ['lines', 0, 'unitPrice'], '12.01'),
    );
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ component: 'line', check: 'products', candidates: ['line'] });
    expect(issue).not.toHaveProperty('lineId');
  });

  it('reports two wrong amounts as two issues', () => {
    const order = changed(exclusiveOrder(), ['totals', 'shipping'], '6.00');
    changed(order, ['lines', 0, 'unitPrice'], '10.01');
    expect(totalsIssues(order)).toEqual([
      expect.objectContaining({ component: 'shipping', check: 'grand_total' }),
      expect.objectContaining({ component: 'line', lineId: 'L1', lineField: 'unitPrice' }),
    ]);
  });

  it('explains several wrong amounts one at a time, each fully', () => {
    // Products 50.01 (lines make 50.00) and grand total 63.98 (= paid): no single amount
    // explains both. Products is not blamed for the grand total: repaired to fit it (49.98),
    // its own equation would still fail. Shipping (or discount) explains the grand total, then
    // L2's total, the only line amount not pinned by another equation, explains the products.
    const order = changed(exclusiveOrder(), ['totals', 'products'], '50.01');
    changed(order, ['totals', 'grandTotal'], '63.98');
    changed(order, ['totals', 'paid'], '63.98');
    expect(totalsIssues(order)).toEqual([
      expect.objectContaining({
        component: 'shipping',
        check: 'grand_total',
        candidates: ['shipping', 'discount'],
      }),
      expect.objectContaining({ component: 'line', lineId: 'L2', check: 'products' }),
    ]);
  });

  it('explains at most 20 amounts, then reports the remaining equations on their own', () => {
    const order = exclusiveOrder();
    const lines = Array.from({ length: 25 }, (_, i) => ({
      lineId: `L${String(i + 1)}`,
      sku: 'MUG-RED',
      title: 'Red mug',
      quantities: { ...(at(order, 'lines', 0).quantities as object) },
      unitPrice: eur('10.01'), // 2 × 10.01 = 20.02, but every line total says 20.00
      lineTotal: eur('20.00'),
      tax: eur('4.00'),
    }));
    order.lines = lines;
    // products 25 × 20 = 500; tax 25 × 4 + 1 = 101; grand total 500 + 5 + 101 − 2 = 604.
    Object.assign(at(order, 'totals'), {
      products: eur('500.00'),
      tax: eur('101.00'),
      grandTotal: eur('604.00'),
      paid: eur('604.00'),
    });
    const issues = totalsIssues(order);
    expect(issues).toHaveLength(25);
    const fields = issues.map((i) =>
      i.code === 'order/totals_mismatch' ? i.lineField : undefined,
    );
    expect(fields.filter((f) => f === 'unitPrice')).toHaveLength(20);
    expect(fields.slice(20)).toEqual(Array<string>(5).fill('lineTotal'));
    expect(
      new Set(issues.map((i) => (i.code === 'order/totals_mismatch' ? i.lineId : ''))),
    ).toHaveProperty('size', 25);
  });
});
