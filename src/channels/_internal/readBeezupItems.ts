import {
  addMoney,
  equalsMoney,
  isZeroMoney,
  multiplyMoney,
  zeroMoney,
  type CurrencyCode,
  type Money,
} from '../../money/index.js';
import type { OrderLine } from '../../order/index.js';
import { buildChannelLine, exactUnitPrice } from './channelLine.js';
import { isRecord, type JsonRecord, type PayloadReader } from './payloadReader.js';
import { readBeezupTaxes } from './readBeezupTaxes.js';

/** One item of `orderItems[]` as read, before its tax is known. */
interface BeezupItem {
  readonly lineId: string;
  readonly sku: string;
  readonly title: string;
  readonly quantity: number;
  readonly lineTotal: Money;
  readonly unitPrice: Money | undefined;
  readonly itemTax: Money | undefined;
  readonly shipping: Money;
}

/** What the `orderItems[]` of a BeezUP order give. */
export interface BeezupItems {
  readonly lines: OrderLine[];
  /** Each line's amount without shipping, for the order's products total. */
  readonly amounts: Money[];
  /** Each item's `orderItem_Shipping_Price` (absent or `null` count as 0). */
  readonly shippingPrices: Money[];
  /** The order's tax: `order_TotalTax`, else Σ line taxes + shipping tax. */
  readonly tax: Money;
}

/** What {@link readBeezupItems} needs besides the items. */
export interface BeezupItemsContext {
  readonly currency: CurrencyCode;
  /** The order is cancelled on BeezUP: every line is. */
  readonly cancelled: boolean;
  readonly totalTax: Money | undefined;
  readonly shippingTax: Money | undefined;
}

/**
 * The line total and unit price from `orderItem_ItemPrice` (one unit) and
 * `orderItem_TotalPrice` (the line). When both are given and `TotalPrice` is `ItemPrice ×
 * quantity`, or that plus the item's shipping, the line total is `ItemPrice × quantity`;
 * when they disagree otherwise (`ItemPrice` already the line's price, or before a promotion),
 * `TotalPrice` wins and there is no unit price.
 */
function readPrices(
  itemPrice: Money | undefined,
  totalPrice: Money | undefined,
  quantity: number,
  shipping: Money,
): { readonly lineTotal: Money; readonly unitPrice: Money | undefined } | undefined {
  if (itemPrice === undefined) {
    return totalPrice === undefined
      ? undefined
      : { lineTotal: totalPrice, unitPrice: exactUnitPrice(totalPrice, quantity) };
  }
  const product = multiplyMoney(itemPrice, quantity);
  if (totalPrice === undefined || equalsMoney(totalPrice, product))
    return { lineTotal: product, unitPrice: itemPrice };
  if (!isZeroMoney(shipping) && equalsMoney(totalPrice, addMoney(product, shipping)))
    return { lineTotal: product, unitPrice: itemPrice };
  return { lineTotal: totalPrice, unitPrice: undefined };
}

function readItem(
  reader: PayloadReader,
  item: JsonRecord,
  path: string,
  currency: CurrencyCode,
): BeezupItem | undefined {
  const text = (key: string, required = false) =>
    reader.text(item, key, `${path}.${key}`, { required, numbers: true });
  const lineId = text('beezUPOrderItemId', true);
  const sku =
    text('orderItem_MerchantProductId') ??
    text('orderItem_MerchantImportedProductId') ??
    text('orderItem_MarketPlaceProductId');
  if (sku === undefined)
    reader.report(`${path}.orderItem_MerchantProductId`, 'product reference', undefined);
  const title = reader.text(item, 'orderItem_Title', `${path}.orderItem_Title`) ?? sku;
  const quantity = reader.quantity(item, 'orderItem_Quantity', `${path}.orderItem_Quantity`);
  const amount = (key: string) =>
    reader.money(item, key, `${path}.${key}`, currency, { optional: true });
  const itemPrice = amount('orderItem_ItemPrice');
  const totalPrice = amount('orderItem_TotalPrice');
  const itemTax = amount('orderItem_ItemTax');
  const shipping = reader.money(
    item,
    'orderItem_Shipping_Price',
    `${path}.orderItem_Shipping_Price`,
    currency,
    { fallback: zeroMoney(currency) },
  );
  const priced = ['orderItem_ItemPrice', 'orderItem_TotalPrice'].some((key) => {
    const value = reader.get(item, key);
    return value !== undefined && value !== null;
  });
  if (!priced) reader.report(`${path}.orderItem_ItemPrice`, 'decimal amount', undefined);
  if (lineId === undefined || sku === undefined || title === undefined) return undefined;
  if (quantity === undefined || shipping === undefined) return undefined;
  const prices = readPrices(itemPrice, totalPrice, quantity, shipping);
  if (prices === undefined) return undefined;
  return { lineId, sku, title, quantity, ...prices, itemTax, shipping };
}

/**
 * Reads `orderItems[]`: `beezUPOrderItemId`, the SKU (`orderItem_MerchantProductId`, else
 * `orderItem_MerchantImportedProductId`, else `orderItem_MarketPlaceProductId`), the title, the
 * quantity, the prices (unit price and line total, see `readPrices`), the tax
 * (`readBeezupTaxes`) and each item's shipping price. Lines carry no status on BeezUP: with
 * `cancelled` (the order is), every line is cancelled.
 *
 * @param reader - collects the issues
 * @param items - the `orderItems` array
 * @param context - the currency, the order's cancellation and its stated taxes
 * @returns the lines, the amounts of each and the order's tax
 */
export function readBeezupItems(
  reader: PayloadReader,
  items: readonly unknown[],
  context: BeezupItemsContext,
): BeezupItems {
  const { currency, cancelled } = context;
  if (items.length === 0) reader.report('orderItems', 'at least one item', items, 'empty array');
  const read: BeezupItem[] = [];
  for (const [index, item] of items.entries()) {
    const path = `orderItems[${String(index)}]`;
    if (!isRecord(item)) reader.report(path, 'object', item);
    else {
      const found = readItem(reader, item, path, currency);
      if (found !== undefined) read.push(found);
    }
  }
  const { lineTaxes, tax } = readBeezupTaxes(read, context.totalTax, context.shippingTax, currency);
  const lines = read.map((item, index) =>
    buildChannelLine({ ...item, cancelled, tax: lineTaxes[index] }),
  );
  return {
    lines,
    amounts: read.map((item) => item.lineTotal),
    shippingPrices: read.map((item) => item.shipping),
    tax,
  };
}
