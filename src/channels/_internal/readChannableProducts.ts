import {
  isNegativeMoney,
  multiplyMoney,
  negateMoney,
  zeroMoney,
  type CurrencyCode,
  type Money,
} from '../../money/index.js';
import type { OrderLine } from '../../order/index.js';
import { buildChannelLine } from './channelLine.js';
import { isRecord, type JsonRecord, type PayloadReader } from './payloadReader.js';

/** The item status (`fulfillments[].status`) whose units are cancelled. */
const cancelledItemStatus = 'cancelled';

/** What the `data.products[]` and `fulfillments[]` of a Channable order give. */
export interface ChannableLines {
  readonly lines: OrderLine[];
  /** Each line's `price × quantity`, for the order's products total. */
  readonly amounts: Money[];
  /** Each line's `shipping` (absent or `null` count as 0). */
  readonly shippings: Money[];
  /** The `shipping_tax` of the lines that give one. */
  readonly shippingTaxes: Money[];
  /** Each line's `price_tax × quantity`; undefined when the line gives no `price_tax`. */
  readonly taxes: (Money | undefined)[];
  /** The `discount` of the lines that give one, as positive amounts. */
  readonly discounts: Money[];
  readonly lineStatuses: Record<string, string>;
}

/** One product read, before the fulfillments say what is cancelled. */
interface ProductRead {
  readonly lineId: string;
  readonly productId: string;
  readonly line: OrderLine;
  cancelled: number;
  readonly statuses: string[];
}

/** A positive amount: a negative discount is the same discount written with a sign. */
function positive(amount: Money | undefined): Money | undefined {
  if (amount === undefined) return undefined;
  return isNegativeMoney(amount) ? negateMoney(amount) : amount;
}

function readProduct(
  reader: PayloadReader,
  product: JsonRecord,
  path: string,
  currency: CurrencyCode,
  found: ChannableLines,
): ProductRead | undefined {
  const text = (key: string, required = false) =>
    reader.text(product, key, `${path}.${key}`, { required, numbers: true });
  const money = (key: string) =>
    reader.money(product, key, `${path}.${key}`, currency, { optional: true });
  const productId = text('id', true);
  const itemId = text('channable_order_item_id');
  const title = reader.text(product, 'title', `${path}.title`) ?? productId;
  const quantity = reader.quantity(product, 'quantity', `${path}.quantity`);
  const unitPrice = reader.money(product, 'price', `${path}.price`, currency);
  const unitTax = money('price_tax');
  const shipping = reader.money(product, 'shipping', `${path}.shipping`, currency, {
    fallback: zeroMoney(currency),
  });
  const shippingTax = money('shipping_tax');
  const discount = positive(money('discount'));
  if (productId === undefined || title === undefined || quantity === undefined) return undefined;
  if (unitPrice === undefined || shipping === undefined) return undefined;
  // `price` is the price of one unit: the line's amount is price × quantity.
  const lineTotal = multiplyMoney(unitPrice, quantity);
  const tax = unitTax === undefined ? undefined : multiplyMoney(unitTax, quantity);
  const lineId = itemId ?? productId;
  const line = buildChannelLine({
    lineId,
    sku: productId,
    title,
    quantity,
    cancelled: false,
    lineTotal,
    unitPrice,
    tax,
    discount,
  });
  found.amounts.push(lineTotal);
  found.shippings.push(shipping);
  if (shippingTax !== undefined) found.shippingTaxes.push(shippingTax);
  found.taxes.push(tax);
  if (discount !== undefined) found.discounts.push(discount);
  return { lineId, productId, line, cancelled: 0, statuses: [] };
}

/** The product a fulfillment's `item_id` names: its order item id, else its product id. */
function findProduct(products: readonly ProductRead[], itemId: string): ProductRead | undefined {
  const byLine = products.find((product) => product.lineId === itemId);
  if (byLine !== undefined) return byLine;
  const byProduct = products.filter((product) => product.productId === itemId);
  return byProduct.length === 1 ? byProduct[0] : undefined;
}

function readFulfillment(
  reader: PayloadReader,
  fulfillment: JsonRecord,
  path: string,
  products: readonly ProductRead[],
): void {
  const itemId = reader.text(fulfillment, 'item_id', `${path}.item_id`, {
    required: true,
    numbers: true,
  });
  const quantity = reader.quantity(fulfillment, 'quantity', `${path}.quantity`);
  const status = reader.text(fulfillment, 'status', `${path}.status`, { required: true });
  if (itemId === undefined || quantity === undefined || status === undefined) return;
  const product = findProduct(products, itemId);
  if (product === undefined) {
    reader.report(`${path}.item_id`, 'the id of a product of the order', itemId);
    return;
  }
  if (!product.statuses.includes(status)) product.statuses.push(status);
  if (status !== cancelledItemStatus) return;
  const ordered = product.line.quantities.ordered;
  if (product.cancelled + quantity > ordered) {
    reader.report(`${path}.quantity`, `at most the ${String(ordered)} units ordered`, quantity);
    return;
  }
  product.cancelled += quantity;
}

/** `record[key] = value` as a data property, even for a key such as `__proto__`. */
function define(record: Record<string, string>, key: string, value: string): void {
  Object.defineProperty(record, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/**
 * Reads `data.products[]` and `fulfillments[]`. Each product is one line: `lineId` is
 * `channable_order_item_id` (the id Channable's ship and cancel actions take), else `id`;
 * `sku` is `id`; `price` is the unit price, so `lineTotal` = `price × quantity` and `tax` =
 * `price_tax × quantity`; `discount` is the line's discount as a positive amount. Each
 * fulfillment names its product by `item_id` (the order item id, else a product id met once);
 * the units of `cancelled` fulfillments are the line's cancelled units (all of them when the
 * order itself is cancelled), and the line's status is its fulfillments' distinct statuses,
 * joined by `, ` (a line without fulfillment has none).
 *
 * @param reader - collects the issues
 * @param products - the `data.products` array
 * @param fulfillments - the `fulfillments` array (empty when absent)
 * @param currency - the order's currency
 * @param orderCancelled - whether the whole order is cancelled
 * @returns the lines and the amounts of each
 */
export function readChannableProducts(
  reader: PayloadReader,
  products: readonly unknown[],
  fulfillments: readonly unknown[],
  currency: CurrencyCode,
  orderCancelled: boolean,
): ChannableLines {
  const found: ChannableLines = {
    lines: [],
    amounts: [],
    shippings: [],
    shippingTaxes: [],
    taxes: [],
    discounts: [],
    lineStatuses: {},
  };
  if (products.length === 0)
    reader.report('data.products', 'at least one product', products, 'empty array');
  const read: ProductRead[] = [];
  for (const [index, product] of products.entries()) {
    const path = `data.products[${String(index)}]`;
    if (!isRecord(product)) reader.report(path, 'object', product);
    else {
      const line = readProduct(reader, product, path, currency, found);
      if (line !== undefined) read.push(line);
    }
  }
  // A product that did not read is reported already; its fulfillments would only repeat it.
  const complete = read.length === products.length;
  for (const [index, fulfillment] of (complete ? fulfillments : []).entries()) {
    const path = `fulfillments[${String(index)}]`;
    if (isRecord(fulfillment)) readFulfillment(reader, fulfillment, path, read);
    else reader.report(path, 'object', fulfillment);
  }
  for (const product of read) {
    const { line } = product;
    const cancelled = orderCancelled ? line.quantities.ordered : product.cancelled;
    found.lines.push({ ...line, quantities: { ...line.quantities, cancelled } });
    if (product.statuses.length > 0)
      define(found.lineStatuses, product.lineId, product.statuses.join(', '));
  }
  return found;
}
