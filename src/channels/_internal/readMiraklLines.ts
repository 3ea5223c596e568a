import { sumMoney, zeroMoney, type CurrencyCode, type Money } from '../../money/index.js';
import type { OrderLine } from '../../order/index.js';
import { isRecord, type JsonRecord, type PayloadReader } from './payloadReader.js';
import { buildChannelLine } from './channelLine.js';

/** Line states (`order_line_state`, compared in upper case) that mean the line is cancelled. */
const cancelledLineStates: ReadonlySet<string> = new Set(['REFUSED', 'CANCELED', 'CANCELLED']);

/** What the `order_lines[]` of a Mirakl order give. */
export interface MiraklLines {
  readonly lines: OrderLine[];
  /** Each line's `price` (its amount without shipping), for the order's products total. */
  readonly amounts: Money[];
  /** Each line's `shipping_price` (absent or `null` count as 0). */
  readonly shippingPrices: Money[];
  /** Each line's shipping taxes, summed. */
  readonly shippingTaxes: Money[];
  /** Each line's taxes, summed; undefined when the line gives no `taxes[]`. */
  readonly taxes: (Money | undefined)[];
  readonly lineStatuses: Record<string, string>;
}

/** Σ `amount` of a Mirakl tax list (`taxes[]`, `shipping_taxes[]`); undefined when absent. */
function readTaxes(
  reader: PayloadReader,
  parent: JsonRecord,
  key: string,
  path: string,
  currency: CurrencyCode,
): Money | undefined {
  const list = reader.array(parent, key, `${path}.${key}`, false);
  if (list === undefined) return undefined;
  const amounts: Money[] = [];
  for (const [index, tax] of list.entries()) {
    const taxPath = `${path}.${key}[${String(index)}]`;
    if (!isRecord(tax)) {
      reader.report(taxPath, 'object', tax);
      continue;
    }
    const amount = reader.money(tax, 'amount', `${taxPath}.amount`, currency);
    if (amount !== undefined) amounts.push(amount);
  }
  return sumMoney(amounts, currency);
}

function readLine(
  reader: PayloadReader,
  line: JsonRecord,
  path: string,
  currency: CurrencyCode,
  found: MiraklLines,
): void {
  const text = (key: string, required = false) =>
    reader.text(line, key, `${path}.${key}`, { required, numbers: true });
  const lineId = text('order_line_id', true);
  const sku = text('offer_sku') ?? text('product_shop_sku');
  if (sku === undefined) reader.report(`${path}.offer_sku`, 'product reference', undefined);
  const title = reader.text(line, 'product_title', `${path}.product_title`) ?? sku;
  const quantity = reader.quantity(line, 'quantity', `${path}.quantity`);
  const price = reader.money(line, 'price', `${path}.price`, currency);
  const unit = reader.money(line, 'price_unit', `${path}.price_unit`, currency, {
    optional: true,
  });
  const zero = zeroMoney(currency);
  const shipping = reader.money(line, 'shipping_price', `${path}.shipping_price`, currency, {
    fallback: zero,
  });
  const tax = readTaxes(reader, line, 'taxes', path, currency);
  const shippingTax = readTaxes(reader, line, 'shipping_taxes', path, currency) ?? zero;
  const state = reader.text(line, 'order_line_state', `${path}.order_line_state`);
  if (lineId === undefined || sku === undefined || title === undefined) return;
  if (quantity === undefined || price === undefined || shipping === undefined) return;
  const cancelled = state !== undefined && cancelledLineStates.has(state.toUpperCase());
  // `price` is the line's amount for its quantity; `price_unit` is kept only when it agrees.
  const unitPrice =
    unit !== undefined && unit.amount.times(quantity).eq(price.amount) ? unit : undefined;
  found.lines.push(
    buildChannelLine({ lineId, sku, title, quantity, cancelled, lineTotal: price, unitPrice, tax }),
  );
  found.amounts.push(price);
  found.shippingPrices.push(shipping);
  found.shippingTaxes.push(shippingTax);
  found.taxes.push(tax);
  if (state !== undefined) {
    // A data property even for a line id such as `__proto__`.
    Object.defineProperty(found.lineStatuses, lineId, {
      value: state,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
}

/**
 * Reads `order_lines[]`: each line's id, SKU (`offer_sku`, else `product_shop_sku`), title,
 * quantity, `price` (the line's amount, without shipping) as `lineTotal`, `price_unit` as
 * `unitPrice` when `price_unit × quantity = price`, Σ `taxes[].amount` as `tax`, and its
 * shipping price and taxes for the order's totals. A line `REFUSED` or `CANCELED` is cancelled.
 *
 * @param reader - collects the issues
 * @param lines - the `order_lines` array
 * @param currency - the order's currency
 * @returns the lines and the amounts of each
 */
export function readMiraklLines(
  reader: PayloadReader,
  lines: readonly unknown[],
  currency: CurrencyCode,
): MiraklLines {
  const found: MiraklLines = {
    lines: [],
    amounts: [],
    shippingPrices: [],
    shippingTaxes: [],
    taxes: [],
    lineStatuses: {},
  };
  if (lines.length === 0) reader.report('order_lines', 'at least one line', lines, 'empty array');
  for (const [index, line] of lines.entries()) {
    const path = `order_lines[${String(index)}]`;
    if (isRecord(line)) readLine(reader, line, path, currency, found);
    else reader.report(path, 'object', line);
  }
  return found;
}
