import {
  isZeroMoney,
  multiplyMoney,
  zeroMoney,
  type CurrencyCode,
  type Money,
} from '../../money/index.js';
import type { OrderLine } from '../../order/index.js';
import { buildChannelLine } from './channelLine.js';
import { cellPath, type IzifluxCells } from './readIzifluxCells.js';

/** The columns of a line in an Iziflux row (0-based). */
export const izifluxColumns = {
  orderId: 0,
  sku: 1,
  marketplaceRef: 2,
  title: 3,
  placedAt: 4,
  paymentLabel: 6,
  email: 18,
  marketplace: 31,
  quantity: 32,
  unitPrice: 33,
  tax: 34,
  shipping: 35,
  shippingTax: 36,
  currency: 39,
} as const;

/** What {@link readIzifluxLines} found in the rows. */
interface IzifluxLines {
  readonly lines: OrderLine[];
  /** Each line's amount for its quantity. */
  readonly amounts: Money[];
  readonly taxes: Money[];
  readonly shippings: Money[];
  readonly shippingTaxes: Money[];
  /** Whether the file states taxes: prices then exclude them (else prices include them). */
  readonly taxed: boolean;
  /** `line_imported` or `line_imported_fba`, by `lineId`. */
  readonly lineStatuses: Record<string, string>;
  /** How many lines are fulfilled by Amazon (payment label containing `FBA`). */
  readonly fbaLines: number;
}

/**
 * Reads every row as one line: `lineId` the marketplace product reference (column 2), `sku`
 * the merchant reference (column 1, verbatim), title (3), quantity (32), unit price (33), line
 * tax (34), shipping (35) and shipping tax (36). The order's rows all carry its id (column 0).
 *
 * Tax mode, per order: when some row states a product or shipping tax, every price excludes
 * tax and a row that states none is reported; when no row does, prices include tax and the
 * lines carry no tax (the file does not give it).
 *
 * @param cells - the rows of one order
 * @param currency - the order's currency
 * @returns the lines and amounts read (issues go to the reader)
 */
export function readIzifluxLines(cells: IzifluxCells, currency: CurrencyCode): IzifluxLines {
  const c = izifluxColumns;
  const zero = zeroMoney(currency);
  const orderId = cells.text(0, c.orderId);
  const found: IzifluxLines = {
    lines: [],
    amounts: [],
    taxes: [],
    shippings: [],
    shippingTaxes: [],
    taxed: false,
    lineStatuses: {},
    fbaLines: 0,
  };
  const taxes = cells.rows.map((_row, r) => ({
    product: cells.money(r, c.tax, currency, zero),
    shipping: cells.money(r, c.shippingTax, currency, zero),
  }));
  const stated = (tax: Money | undefined) => tax !== undefined && !isZeroMoney(tax);
  const taxed = taxes.some((tax) => stated(tax.product) || stated(tax.shipping));
  let fbaLines = 0;
  cells.rows.forEach((_row, r) => {
    const id = cells.text(r, c.orderId, true);
    if (r > 0 && id !== undefined && orderId !== undefined && id !== orderId)
      cells.reader.report(cellPath(r, c.orderId), `order id ${orderId.slice(0, 20)}`, id);
    const tax = taxes[r];
    if (taxed && tax !== undefined && !stated(tax.product) && !stated(tax.shipping))
      cells.reader.report(cellPath(r, c.tax), 'product tax, as the other rows state', '', 'blank');
    const lineId = cells.text(r, c.marketplaceRef, true);
    const sku = cells.text(r, c.sku, true);
    const title = cells.text(r, c.title, true);
    const quantity = cells.quantity(r, c.quantity);
    const unitPrice = cells.money(r, c.unitPrice, currency);
    const shipping = cells.money(r, c.shipping, currency, zero);
    const fba = /fba/i.test(cells.text(r, c.paymentLabel) ?? '');
    if (fba) fbaLines += 1;
    if (lineId === undefined || sku === undefined || title === undefined) return;
    if (quantity === undefined || unitPrice === undefined || shipping === undefined) return;
    if (tax?.product === undefined || tax.shipping === undefined) return;
    // Column 33 is the price of one unit: the line's amount is it times the quantity.
    const lineTotal = multiplyMoney(unitPrice, quantity);
    found.lines.push(
      buildChannelLine({
        lineId,
        sku,
        title,
        quantity,
        cancelled: false,
        lineTotal,
        unitPrice,
        ...(taxed ? { tax: tax.product } : {}),
      }),
    );
    found.amounts.push(lineTotal);
    found.taxes.push(tax.product);
    found.shippings.push(shipping);
    found.shippingTaxes.push(tax.shipping);
    found.lineStatuses[lineId] = fba ? 'line_imported_fba' : 'line_imported';
  });
  return { ...found, taxed, fbaLines };
}
