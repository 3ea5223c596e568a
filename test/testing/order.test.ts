import { fc, test } from '@fast-check/vitest';
import { isDeepStrictEqual } from 'node:util';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { getCurrency, parseOrder, validateTotals, type Order } from '../../src/index.js';
import { arbitraryOrder } from '../../src/testing/index.js';

const dec = (m: { amount: string } | undefined): Decimal => new Decimal(m?.amount ?? '0');

describe('arbitraryOrder', () => {
  test.prop([arbitraryOrder()], { numRuns: 1000 })('draws valid canonical orders', (order) => {
    const parsed = parseOrder(order);
    // node's deep equality is much faster than vitest's; toEqual only runs to show a diff.
    if (!(parsed.ok && isDeepStrictEqual(parsed.value, order))) {
      expect(parsed).toEqual({ ok: true, value: order });
    }
  });

  test.prop([arbitraryOrder()], { numRuns: 1000 })(
    'draws totals that add up (recomputed here, without validateTotals)',
    (order) => {
      const t = order.totals;
      const lineSum = order.lines.reduce(
        (sum, l) =>
          sum.plus(
            l.lineTotal === undefined
              ? dec(l.unitPrice).times(l.quantities.ordered)
              : dec(l.lineTotal),
          ),
        new Decimal(0),
      );
      expect(dec(t.products).eq(lineSum)).toBe(true);
      const beforeTax = dec(t.products).plus(dec(t.shipping)).minus(dec(t.discount));
      const grand = t.pricesIncludeTax ? beforeTax : beforeTax.plus(dec(t.tax));
      expect(dec(t.grandTotal).eq(grand)).toBe(true);
      expect(t.paid).toEqual(t.grandTotal);
      for (const l of order.lines) {
        if (l.unitPrice !== undefined && l.lineTotal !== undefined) {
          expect(dec(l.unitPrice).times(l.quantities.ordered).eq(dec(l.lineTotal))).toBe(true);
        }
        expect(l.tax !== undefined || l.taxRate !== undefined).toBe(true);
      }
      // With tax amounts on every line, the tax is their sum plus the shipping tax.
      if (order.lines.every((l) => l.tax !== undefined)) {
        const taxes = order.lines.reduce((sum, l) => sum.plus(dec(l.tax)), dec(t.shippingTax));
        expect(dec(t.tax).eq(taxes)).toBe(true);
      }
    },
  );

  test.prop([arbitraryOrder()], { numRuns: 1000 })(
    'draws consistent quantities, amounts at the minor unit and parcels of shipped units',
    (order: Order) => {
      const digits = getCurrency(order.currency)?.minorUnits;
      for (const l of order.lines) {
        const q = l.quantities;
        expect(q.ordered).toBeGreaterThan(0);
        expect(q.cancelled + q.allocated).toBeLessThanOrEqual(q.ordered);
        expect(q.shipped).toBeLessThanOrEqual(q.allocated);
        expect(q.delivered).toBeLessThanOrEqual(q.shipped);
        expect(q.returned).toBeLessThanOrEqual(q.delivered);
        expect(q.refunded).toBeLessThanOrEqual(q.cancelled + q.returned);
        for (const m of [l.unitPrice, l.lineTotal, l.tax, l.discount]) {
          if (m !== undefined) expect(m.amount.split('.')[1]?.length ?? 0).toBe(digits);
        }
      }
      for (const parcel of order.parcels ?? []) {
        for (const pl of parcel.lines) {
          expect(order.lines.find((l) => l.lineId === pl.lineId)?.quantities.shipped).toBe(
            pl.quantity,
          );
        }
      }
    },
  );

  it('respects its options', () => {
    const options = {
      currency: 'KWD',
      lines: { min: 3, max: 4 },
      pricesIncludeTax: true,
      taxRounding: 'order',
    } as const;
    for (const order of fc.sample(arbitraryOrder(options), { numRuns: 200, seed: 7 })) {
      expect(order.currency).toBe('KWD');
      expect(order.lines.length).toBeGreaterThanOrEqual(3);
      expect(order.lines.length).toBeLessThanOrEqual(4);
      expect(order.totals).toMatchObject({ pricesIncludeTax: true, taxRounding: 'order' });
      expect(validateTotals(order).ok).toBe(true);
    }
  });

  it('reaches every price form, tax form and both tax modes', () => {
    const orders = fc.sample(arbitraryOrder(), { numRuns: 500, seed: 11 });
    const lines = orders.flatMap((o) => o.lines);
    expect(lines.some((l) => l.unitPrice !== undefined && l.lineTotal === undefined)).toBe(true);
    expect(lines.some((l) => l.unitPrice === undefined && l.lineTotal !== undefined)).toBe(true);
    expect(lines.some((l) => l.tax !== undefined && l.taxRate === undefined)).toBe(true);
    expect(lines.some((l) => l.tax === undefined && l.taxRate !== undefined)).toBe(true);
    expect(lines.some((l) => l.discount !== undefined && l.components !== undefined)).toBe(true);
    expect(
      new Set(orders.map((o) => `${String(o.totals.pricesIncludeTax)}/${o.totals.taxRounding}`))
        .size,
    ).toBe(4);
    expect(orders.some((o) => o.totals.shippingTax !== undefined && o.parcels !== undefined)).toBe(
      true,
    );
  });

  it('throws a RangeError on impossible line counts', () => {
    expect(() => arbitraryOrder({ lines: { min: 0, max: 3 } })).toThrow(RangeError);
    expect(() => arbitraryOrder({ lines: { min: 4, max: 3 } })).toThrow(RangeError);
    expect(() => arbitraryOrder({ lines: { min: 1, max: 1001 } })).toThrow(RangeError);
  });
});
