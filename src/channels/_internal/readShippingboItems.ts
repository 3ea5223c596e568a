import { addMoney, zeroMoney, type CurrencyCode, type Money } from '../../money/index.js';
import type { OrderLine } from '../../order/index.js';
import { buildChannelLine, exactUnitPrice } from './channelLine.js';
import { isRecord, type JsonRecord, type PayloadReader } from './payloadReader.js';
import { readShippingboMoney } from './readShippingboMoney.js';

/** What the `order_items[]` of a ShippingBo order give: the lines and their sums. */
export interface ShippingboItems {
  readonly lines: OrderLine[];
  /** Σ `price_tax_included_cents` (each the whole line). */
  products: Money;
  /** Σ `tax_cents`, undefined when some item does not give it. */
  tax: Money | undefined;
}

function readItem(
  reader: PayloadReader,
  item: JsonRecord,
  path: string,
  currency: CurrencyCode,
  cancelled: boolean,
  found: ShippingboItems,
): void {
  const text = (key: string) => reader.text(item, key, `${path}.${key}`, { numbers: true });
  // ShippingBo's own item id is what shipments name (`order_item_id`); `source_ref` is the
  // source's line id, unique within the order.
  const lineId = text('id') ?? text('source_ref');
  if (lineId === undefined) reader.report(`${path}.id`, 'text', undefined);
  const sku = text('product_ref') ?? text('product_source_ref') ?? text('product_ean');
  if (sku === undefined) reader.report(`${path}.product_ref`, 'product reference', undefined);
  const title = reader.text(item, 'title', `${path}.title`) ?? sku;
  const quantity = reader.quantity(item, 'quantity', `${path}.quantity`);
  const price = readShippingboMoney(reader, item, 'price_tax_included', path, currency);
  const tax = readShippingboMoney(reader, item, 'tax', path, currency, { optional: true });
  if (tax === undefined) found.tax = undefined;
  else if (found.tax !== undefined) found.tax = addMoney(found.tax, tax);
  if (lineId === undefined || sku === undefined || title === undefined) return;
  if (quantity === undefined || price === undefined) return;
  found.lines.push(
    buildChannelLine({
      lineId,
      sku,
      title,
      quantity,
      cancelled,
      lineTotal: price,
      unitPrice: exactUnitPrice(price, quantity),
      tax,
    }),
  );
  found.products = addMoney(found.products, price);
}

/**
 * Reads `order_items[]`: one line per item, `id` (else `source_ref`) as `lineId`,
 * `product_ref` (else `product_source_ref`, else `product_ean`) as `sku`, `title`, `quantity`,
 * `price_tax_included_cents` as the whole line's `lineTotal` (`unitPrice` only when the
 * division is exact), `tax_cents` as `tax`. With `cancelled`, every line's
 * `quantities.cancelled` is its quantity.
 *
 * @param reader - collects the issues
 * @param items - the `order_items` array
 * @param path - its path in the payload
 * @param currency - the order's currency
 * @param cancelled - whether the order is cancelled as a whole
 * @returns the lines and their sums
 */
export function readShippingboItems(
  reader: PayloadReader,
  items: readonly unknown[],
  path: string,
  currency: CurrencyCode,
  cancelled: boolean,
): ShippingboItems {
  const zero = zeroMoney(currency);
  const found: ShippingboItems = { lines: [], products: zero, tax: zero };
  if (items.length === 0) reader.report(path, 'at least one order item', items, 'empty array');
  for (const [index, item] of items.entries()) {
    const itemPath = `${path}[${String(index)}]`;
    if (isRecord(item)) readItem(reader, item, itemPath, currency, cancelled, found);
    else reader.report(itemPath, 'object', item);
  }
  return found;
}
