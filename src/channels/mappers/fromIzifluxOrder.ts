import { addMoney, sumMoney, zeroMoney, type CurrencyCode } from '../../money/index.js';
import { parseOrder } from '../../order/index.js';
import { err, ok, type Result } from '../../result/index.js';
import type { ChannelPayloadIssue } from '../errors.js';
import { guardMapper } from '../_internal/guardMapper.js';
import { PayloadReader } from '../_internal/payloadReader.js';
import { readContactsBuyer } from '../_internal/readContactsBuyer.js';
import {
  billingColumns,
  deliveryColumns,
  isBlankAddress,
  readIzifluxAddress,
} from '../_internal/readIzifluxAddress.js';
import { IzifluxCells, type IzifluxRow } from '../_internal/readIzifluxCells.js';
import { readIzifluxDate } from '../_internal/readIzifluxDate.js';
import { izifluxColumns, readIzifluxLines } from '../_internal/readIzifluxLines.js';
import { writeChannelRef } from '../_internal/writeChannelRef.js';
import { writeOrderTotals } from '../_internal/writeOrderTotals.js';
import type { ChannelOrderReading } from './mappedOrder.js';

/** What {@link fromIzifluxOrder} needs besides the rows. */
export interface FromIzifluxOrderContext {
  /** The seller the order belongs to. */
  readonly tenantId: string;
  /** `channelRef.channel`, `'iziflux'` by default. */
  readonly channel?: string;
  /** The currency when column 39 is blank (the module falls back to the shop's). */
  readonly currency?: CurrencyCode;
  /** The alpha-2 code a country cell `-` stands for: the shop's own country. */
  readonly defaultCountry?: string;
  /** The IANA zone of order dates written without offset. Default `'Europe/Paris'`. */
  readonly timeZone?: string;
}

/** The rows as a plain list of plain lists, or an issue at the root. */
function readRows(reader: PayloadReader, json: unknown): IzifluxRow[] | undefined {
  if (!Array.isArray(json)) {
    reader.report('', 'rows of the order file (a list of lists of cells)', json);
    return undefined;
  }
  const rows = Array.from(json as unknown[]);
  if (rows.length === 0) reader.report('', 'at least one row', json);
  const copies = rows.map((row, r) => {
    if (Array.isArray(row)) return Array.from(row as unknown[]);
    reader.report(`[${String(r)}]`, 'row (a list of cells)', row);
    return undefined;
  });
  const plain = copies.filter((row) => row !== undefined);
  return plain.length === rows.length && rows.length > 0 ? plain : undefined;
}

/** The marketplace's name (column 31) as a slug: `Rue du Commerce` → `rue-du-commerce`. */
function slugOf(name: string | undefined): string | undefined {
  const slug = (name ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return slug === '' ? undefined : slug;
}

function mapIzifluxOrder(
  json: unknown,
  context: FromIzifluxOrderContext,
  channel: string,
): Result<ChannelOrderReading, readonly ChannelPayloadIssue[]> {
  const reader = new PayloadReader(channel);
  const rows = readRows(reader, json);
  if (rows === undefined) return err(reader.issues);
  const cells = new IzifluxCells(reader, rows);
  const c = izifluxColumns;
  const orderRef = cells.text(0, c.orderId, true);
  const placedAt = readIzifluxDate(cells, 0, c.placedAt, context.timeZone ?? 'Europe/Paris');
  const currency = cells.currency(0, c.currency, context.currency);
  if (currency === undefined) return err(reader.issues);
  const found = readIzifluxLines(cells, currency);
  const addressContext = { defaultCountry: context.defaultCountry };
  const delivery = readIzifluxAddress(cells, deliveryColumns, addressContext);
  const billing = isBlankAddress(cells, billingColumns)
    ? undefined
    : readIzifluxAddress(cells, billingColumns, addressContext);
  // The billing name (else the delivery's), the e-mail when valid, a phone.
  const buyer = readContactsBuyer([billing, delivery], { email: cells.text(0, c.email) });
  const marketplace = slugOf(cells.text(0, c.marketplace));
  if (reader.issues.length > 0 || orderRef === undefined || placedAt === undefined)
    return err(reader.issues);
  const products = sumMoney(found.amounts, currency);
  const shipping = sumMoney(found.shippings, currency);
  const shippingTax = sumMoney(found.shippingTaxes, currency);
  const tax = found.taxed ? addMoney(sumMoney(found.taxes, currency), shippingTax) : undefined;
  const grandTotal = addMoney(addMoney(products, shipping), tax ?? zeroMoney(currency));
  const channelStatus =
    found.fbaLines === found.lines.length ? 'line_imported_fba' : 'line_imported';
  const parsed = parseOrder({
    orderId: orderRef,
    tenantId: context.tenantId,
    channelRef: writeChannelRef(channel, orderRef, marketplace),
    placedAt,
    currency,
    buyer,
    shippingAddress: delivery.address,
    ...(billing === undefined ? {} : { billingAddress: billing.address }),
    lines: found.lines,
    totals: writeOrderTotals({
      pricesIncludeTax: !found.taxed,
      products,
      shipping,
      shippingTax: found.taxed ? shippingTax : undefined,
      tax: tax ?? zeroMoney(currency),
      discount: zeroMoney(currency),
      grandTotal,
    }),
  });
  if (!parsed.ok) return parsed;
  // Amazon ships every line, or none; a mix is left to the line statuses.
  const fulfilled =
    found.fbaLines === 0 || found.fbaLines === found.lines.length
      ? { fulfilledByMarketplace: found.fbaLines > 0 }
      : {};
  return ok({
    kind: 'order',
    order: parsed.value,
    channelStatus,
    lineStatuses: found.lineStatuses,
    ...fulfilled,
  });
}

/**
 * Maps the rows of ONE Iziflux order to the canonical order, with ordokit's names for what
 * the file shows about each line (`line_imported`, `line_imported_fba`: Iziflux exchanges no
 * status). Never throws, whatever the input; never gives a pending order (the file has no
 * acceptance step and withholds nothing).
 *
 * Confidence is LOW: Iziflux publishes no specification. Everything here comes from a 2016
 * PrestaShop module by a third party (Profileo), the column names are inferred, and Iziflux's
 * current files may differ: ask Iziflux for its specification and check a real file first.
 *
 * The host fetches the hourly order file, splits it into lines and each line on `|` (the
 * module's separator), drops the header line, and groups the rows by column 0; this mapper
 * takes one group, as `readonly (readonly string[])[]`. Columns are 0-based.
 *
 * - `orderId` and `channelRef.channelOrderRef` are column 0, the same on every row (another
 *   is an issue); the engine assigns its own id at capture. `channelRef` is `{ channel,
 *   channelOrderRef, marketplace }`, `channel` from the context (`'iziflux'` by default) and
 *   `marketplace` the marketplace name (column 31) as a slug (`Rue du Commerce` →
 *   `rue-du-commerce`), left out when blank.
 * - Cells are trimmed; `NON-RENSEIGNE` is a blank cell, and so is a cell past the end of a
 *   row. A cell that is not text is an issue.
 * - `placedAt` is column 4 of the first row: ISO 8601 with an offset as it is, or
 *   `YYYY-MM-DD HH:MM[:SS]` placed in the context's `timeZone` (`'Europe/Paris'` by default);
 *   another form (`04/03/2026`, ambiguous) is an issue. `currency` is column 39, an ISO 4217
 *   numeric code (`978` → EUR) or letters, else the context's `currency`.
 * - One row is one line: `lineId` is the marketplace product reference (column 2, the
 *   module's duplicate key with column 0, so two rows with one reference are an
 *   `order/line_id_duplicate`), `sku` the merchant reference (column 1, verbatim, combination
 *   encodings `x#IZI#y` and `xIIIZIIIy` included), `title` column 3, `quantity` column 32 (a
 *   whole number ≥ 1). Column 33 is a UNIT price: `unitPrice` = column 33, `lineTotal` =
 *   column 33 × quantity. Amounts are text with a dot or a comma before the decimals, no
 *   thousands separator, no more decimals than the currency's minor units (`4.995` EUR is an
 *   issue, never rounded).
 * - Tax, per order: when some row states a product tax (column 34, the line's tax for its
 *   quantity) or a shipping tax (column 36), prices exclude tax (`pricesIncludeTax: false`),
 *   each line's `tax` is column 34, and a row stating neither is an issue. When no row does,
 *   prices include tax and the lines carry no tax (the module derived it from the shop's own
 *   rates): `tax` is then 0.00 and NOT the order's real tax; compute it from your catalogue.
 * - Totals: `products` = Σ line totals, `shipping` = Σ column 35 (shipping is per row),
 *   `shippingTax` = Σ column 36 (when taxed), `tax` = Σ column 34 + `shippingTax`, `discount`
 *   0, `grandTotal` = `paid` = products + shipping (+ tax when prices exclude it);
 *   `taxRounding: 'line'`. The commission (column 37) is the seller's cost and is not read.
 * - Addresses, from the first row: delivery = columns 19 (last name), 20 (first name), 21
 *   (company), 22–23 (street; columns 11–12 when both are blank, as the module does), 24
 *   (postcode), 25 (city), 27 (country), phone 28 else 17. Billing = columns 8, 9, 10, 11–12
 *   (else 22–23), 13, 14, 16, phone 17 else 28, left out when its own cells are all blank.
 *   A missing delivery address is an issue (`order/*` from `parseOrder`), never pending.
 * - Country: an ISO code when three characters or fewer (alpha-2 `FR` in any case, alpha-3
 *   `FRA` of the EU and the countries with address rules), else a name in English or French,
 *   accents and case ignored (`Royaume-Uni` → `GB`), for the same countries; `-` is the
 *   context's `defaultCountry`. Anything else is an issue.
 * - Buyer: the billing name (else the delivery's), the e-mail of column 18 when valid (Amazon
 *   relays are kept as given), the billing phone (else the delivery's).
 * - Statuses: a line whose payment label (column 6) contains `FBA` (any case) is
 *   `line_imported_fba`, others `line_imported`; the order is `line_imported_fba` when every
 *   line is, and `fulfilledByMarketplace` is true then, false when no line is, absent when
 *   mixed. No line is ever cancelled: cancellations never come through Iziflux.
 *
 * @param json - the rows of one order, as the host split them (untrusted)
 * @param context - the tenant, and optionally the channel code, the fallback currency, the
 *   shop's country for `-` and the time zone of local dates
 * @returns the mapped order, or the rows' `channel/payload_invalid` issues (paths
 *   `[row][column]`), or, when the rows read but the order they make is not valid, the
 *   `order/*` issues of `parseOrder`
 * @example
 * ```ts
 * const rows = fileText.split('\n').slice(1).filter((l) => l !== '').map((l) => l.split('|'));
 * const byOrder = Map.groupBy(rows, (row) => row[0] ?? '');
 * for (const orderRows of byOrder.values()) {
 *   const reading = fromIzifluxOrder(orderRows, { tenantId: 'shop-1', defaultCountry: 'FR' });
 *   if (!reading.ok) for (const issue of reading.error) console.log(formatError(issue, 'fr'));
 *   else if (reading.value.kind === 'order') await oms.ingest('iziflux', reading.value.order);
 * }
 * ```
 */
export function fromIzifluxOrder(
  json: unknown,
  context: FromIzifluxOrderContext,
): Result<ChannelOrderReading, readonly ChannelPayloadIssue[]> {
  const channel = context.channel ?? 'iziflux';
  return guardMapper(channel, () => mapIzifluxOrder(json, context, channel));
}
