import {
  addMoney,
  equalsMoney,
  multiplyMoney,
  sumMoney,
  zeroMoney,
  type CurrencyCode,
  type Money,
} from '../../money/index.js';

/** What the tax reading needs of one item. */
export interface BeezupItemTax {
  readonly quantity: number;
  /** `orderItem_ItemTax`, undefined when the item gives none. */
  readonly itemTax: Money | undefined;
}

/** Each line's tax (undefined when not known) and the order's tax. */
export interface BeezupTaxes {
  readonly lineTaxes: readonly (Money | undefined)[];
  readonly tax: Money;
}

/**
 * Reads `orderItem_ItemTax`, which BeezUP does not say is for one unit or for the line. Like
 * `orderItem_ItemPrice`, it is read for one unit (the line's tax is `ItemTax × quantity`)
 * unless `order_TotalTax` says otherwise:
 *
 * - with `order_TotalTax`: the per-unit reading when Σ `ItemTax × quantity` + shipping tax
 *   gives it, else the per-line reading when Σ `ItemTax` + shipping tax gives it, else no line
 *   tax (the lines cannot be trusted; the order's tax is `order_TotalTax`);
 * - without it: the per-unit reading, and the order's tax is Σ line taxes + shipping tax.
 *
 * @param items - each item's quantity and `ItemTax`
 * @param totalTax - `order_TotalTax`, when given
 * @param shippingTax - `order_Shipping_ShippingTax`, when given
 * @param currency - the order's currency
 * @returns the line taxes and the order's tax
 */
export function readBeezupTaxes(
  items: readonly BeezupItemTax[],
  totalTax: Money | undefined,
  shippingTax: Money | undefined,
  currency: CurrencyCode,
): BeezupTaxes {
  const shipping = shippingTax ?? zeroMoney(currency);
  const perUnit = items.map(({ itemTax, quantity }) =>
    itemTax === undefined ? undefined : multiplyMoney(itemTax, quantity),
  );
  const known = (taxes: readonly (Money | undefined)[]) => taxes.filter((tax) => tax !== undefined);
  const total = (taxes: readonly (Money | undefined)[]) =>
    addMoney(sumMoney(known(taxes), currency), shipping);
  if (totalTax === undefined) return { lineTaxes: perUnit, tax: total(perUnit) };
  const perLine = items.map(({ itemTax }) => itemTax);
  const complete = items.every(({ itemTax }) => itemTax !== undefined);
  if (complete && equalsMoney(total(perUnit), totalTax))
    return { lineTaxes: perUnit, tax: totalTax };
  if (complete && equalsMoney(total(perLine), totalTax))
    return { lineTaxes: perLine, tax: totalTax };
  return { lineTaxes: items.map(() => undefined), tax: totalTax };
}
