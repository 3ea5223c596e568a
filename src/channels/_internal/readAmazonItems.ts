import {
  addMoney,
  isNegativeMoney,
  negateMoney,
  zeroMoney,
  type CurrencyCode,
  type Money,
} from '../../money/index.js';
import type { OrderLine } from '../../order/index.js';
import { readAmazonMoney } from './readAmazonMoney.js';
import { isRecord, type JsonRecord, type PayloadReader } from './payloadReader.js';
import { buildChannelLine, exactUnitPrice } from './channelLine.js';

/** What the `OrderItems` of an SP-API order give: the lines and the sums for the totals. */
export interface AmazonItems {
  readonly lines: OrderLine[];
  /** Σ `ItemPrice`. */
  products: Money;
  /** Σ `ShippingPrice` + Σ `CODFee`. */
  shipping: Money;
  /** Σ `ShippingTax`, undefined when no item gives it. */
  shippingTax: Money | undefined;
  /** Σ `ItemTax` + Σ `ShippingTax`. */
  tax: Money;
  /** Σ `PromotionDiscount` + Σ `ShippingDiscount` + Σ `CODFeeDiscount`. */
  discount: Money;
}

/** A discount as a positive amount, whichever sign the payload writes it with. */
function positive(amount: Money | undefined): Money | undefined {
  if (amount === undefined) return undefined;
  return isNegativeMoney(amount) ? negateMoney(amount) : amount;
}

function readItem(
  reader: PayloadReader,
  item: JsonRecord,
  path: string,
  currency: CurrencyCode,
  cancelled: boolean,
  found: AmazonItems,
): void {
  const money = (key: string, required = false) =>
    readAmazonMoney(reader, item, key, `${path}.${key}`, currency, required);
  const lineId = reader.text(item, 'OrderItemId', `${path}.OrderItemId`, {
    required: true,
    numbers: true,
  });
  const sku =
    reader.text(item, 'SellerSKU', `${path}.SellerSKU`, { numbers: true }) ??
    reader.text(item, 'ASIN', `${path}.ASIN`);
  if (sku === undefined) reader.report(`${path}.SellerSKU`, 'product reference', undefined);
  const title = reader.text(item, 'Title', `${path}.Title`) ?? sku;
  const quantity = reader.quantity(item, 'QuantityOrdered', `${path}.QuantityOrdered`);
  const itemPrice = money('ItemPrice', true);
  const itemTax = money('ItemTax');
  const promotion = positive(money('PromotionDiscount'));
  const shipping = money('ShippingPrice');
  const shippingTax = money('ShippingTax');
  const shippingDiscount = positive(money('ShippingDiscount'));
  const codFee = money('CODFee');
  const codFeeDiscount = positive(money('CODFeeDiscount'));
  if (lineId === undefined || sku === undefined || title === undefined) return;
  if (quantity === undefined || itemPrice === undefined) return;
  const unitPrice = exactUnitPrice(itemPrice, quantity);
  found.lines.push(
    buildChannelLine({
      lineId,
      sku,
      title,
      quantity,
      cancelled,
      lineTotal: itemPrice,
      unitPrice,
      tax: itemTax,
      discount: promotion,
    }),
  );
  const add = (sum: Money, ...amounts: (Money | undefined)[]) =>
    amounts.reduce<Money>(
      (total, amount) => (amount === undefined ? total : addMoney(total, amount)),
      sum,
    );
  found.products = add(found.products, itemPrice);
  found.shipping = add(found.shipping, shipping, codFee);
  if (shippingTax !== undefined)
    found.shippingTax = add(found.shippingTax ?? zeroMoney(currency), shippingTax);
  found.tax = add(found.tax, itemTax, shippingTax);
  found.discount = add(found.discount, promotion, shippingDiscount, codFeeDiscount);
}

/**
 * Reads the `OrderItems` of `getOrderItems` (`items[]`): one line per item, `OrderItemId` as
 * `lineId`, and the sums the order's totals are made of. With `cancelled`, every line's
 * `quantities.cancelled` is its quantity.
 */
export function readAmazonItems(
  reader: PayloadReader,
  items: readonly unknown[],
  currency: CurrencyCode,
  cancelled: boolean,
): AmazonItems {
  const zero = zeroMoney(currency);
  const found: AmazonItems = {
    lines: [],
    products: zero,
    shipping: zero,
    shippingTax: undefined,
    tax: zero,
    discount: zero,
  };
  if (items.length === 0) reader.report('items', 'at least one order item', items, 'empty array');
  for (const [index, item] of items.entries()) {
    const path = `items[${String(index)}]`;
    if (isRecord(item)) readItem(reader, item, path, currency, cancelled, found);
    else reader.report(path, 'object', item);
  }
  return found;
}
