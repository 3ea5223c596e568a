import { moneyToJSON, type Money } from '../../money/index.js';

/** The totals of a mapped order, as amounts. */
export interface OrderTotalsAmounts {
  readonly pricesIncludeTax: boolean;
  readonly products: Money;
  readonly shipping: Money;
  /** Left out of the totals when undefined. */
  readonly shippingTax?: Money | undefined;
  readonly tax: Money;
  readonly discount: Money;
  /** Also what the buyer paid. */
  readonly grandTotal: Money;
}

/**
 * The `totals` of a mapped order as `parseOrder` reads them: amounts as JSON, tax rounded per
 * line, and `paid` equal to `grandTotal` (a channel order is paid in full).
 *
 * @param totals - the amounts
 * @returns the totals, ready for `parseOrder`
 */
export function writeOrderTotals(totals: OrderTotalsAmounts) {
  const { shippingTax } = totals;
  return {
    pricesIncludeTax: totals.pricesIncludeTax,
    taxRounding: 'line',
    products: moneyToJSON(totals.products),
    shipping: moneyToJSON(totals.shipping),
    ...(shippingTax === undefined ? {} : { shippingTax: moneyToJSON(shippingTax) }),
    tax: moneyToJSON(totals.tax),
    discount: moneyToJSON(totals.discount),
    grandTotal: moneyToJSON(totals.grandTotal),
    paid: moneyToJSON(totals.grandTotal),
  };
}
