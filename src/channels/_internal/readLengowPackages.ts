import { type CurrencyCode, type Money } from '../../money/index.js';
import type { OrderLine } from '../../order/index.js';
import { readLengowAddress, type LengowAddress } from './readLengowAddress.js';
import { isRecord, type JsonRecord, type PayloadReader } from './payloadReader.js';
import { buildChannelLine, exactUnitPrice } from './channelLine.js';

/** Line statuses (`marketplace_status`, compared in lower case) that mean the line is cancelled. */
const cancelledLineStatuses: ReadonlySet<string> = new Set(['canceled', 'cancelled', 'refused']);

/** What the packages of a Lengow order give. */
export interface LengowPackages {
  readonly lines: OrderLine[];
  /** Each line's amount, for the order's products total. */
  readonly amounts: Money[];
  /** Each line's tax, undefined when the line gives none. */
  readonly taxes: (Money | undefined)[];
  readonly lineStatuses: Record<string, string>;
  /** The first package's delivery address. */
  readonly delivery?: LengowAddress;
}

function readLine(
  reader: PayloadReader,
  line: JsonRecord,
  path: string,
  currency: CurrencyCode,
  found: LengowPackages,
): void {
  const lineId = reader.text(
    line,
    'marketplace_order_line_id',
    `${path}.marketplace_order_line_id`,
    {
      required: true,
      numbers: true,
    },
  );
  const product = reader.record(line, 'merchant_product_id', `${path}.merchant_product_id`, false);
  const sku =
    (product === undefined
      ? undefined
      : reader.text(product, 'id', `${path}.merchant_product_id.id`, { numbers: true })) ??
    reader.text(line, 'marketplace_product_id', `${path}.marketplace_product_id`, {
      numbers: true,
    });
  if (sku === undefined)
    reader.report(`${path}.merchant_product_id.id`, 'product reference', undefined);
  const title = reader.text(line, 'title', `${path}.title`) ?? sku;
  const quantity = reader.quantity(line, 'quantity', `${path}.quantity`);
  const amount = reader.money(line, 'amount', `${path}.amount`, currency);
  const tax = reader.money(line, 'tax', `${path}.tax`, currency, { optional: true });
  const status = reader.text(line, 'marketplace_status', `${path}.marketplace_status`);
  if (lineId === undefined || sku === undefined || title === undefined) return;
  if (quantity === undefined || amount === undefined) return;
  const cancelled = status !== undefined && cancelledLineStatuses.has(status.toLowerCase());
  const unitPrice = exactUnitPrice(amount, quantity);
  found.lines.push(
    buildChannelLine({
      lineId,
      sku,
      title,
      quantity,
      cancelled,
      lineTotal: amount,
      unitPrice,
      tax,
    }),
  );
  found.amounts.push(amount);
  found.taxes.push(tax);
  if (status !== undefined) found.lineStatuses[lineId] = status;
}

/** Whether two mapped addresses have the same fields and values. */
function sameAddress(a: LengowAddress, b: LengowAddress): boolean {
  const left = Object.entries(a.address);
  const right: Readonly<Record<string, unknown>> = b.address;
  return (
    left.length === Object.keys(right).length &&
    left.every(([key, value]) => Object.hasOwn(right, key) && right[key] === value)
  );
}

/**
 * Reads `packages[]`: the lines of every package's `cart[]`, and the first package's
 * `delivery` as the shipping address. A later package with another delivery address is an
 * issue (one order has one shipping address); one without a delivery ships with the first.
 * With `withheld` (the marketplace hides the address), deliveries are not read.
 */
export function readLengowPackages(
  reader: PayloadReader,
  packages: readonly unknown[],
  currency: CurrencyCode,
  withheld = false,
): LengowPackages {
  const found: { -readonly [K in keyof LengowPackages]: LengowPackages[K] } = {
    lines: [],
    amounts: [],
    taxes: [],
    lineStatuses: {},
  };
  if (packages.length === 0)
    reader.report('packages', 'at least one package', packages, 'empty array');
  for (const [index, pkg] of packages.entries()) {
    const path = `packages[${String(index)}]`;
    if (!isRecord(pkg)) {
      reader.report(path, 'object', pkg);
      continue;
    }
    const delivery = withheld
      ? undefined
      : reader.record(pkg, 'delivery', `${path}.delivery`, index === 0, 'delivery address');
    if (delivery !== undefined) {
      const read = readLengowAddress(reader, delivery, `${path}.delivery`);
      if (found.delivery === undefined) found.delivery = read;
      else if (!sameAddress(found.delivery, read)) {
        reader.report(
          `${path}.delivery`,
          'the address of packages[0].delivery',
          read,
          'another address',
        );
      }
    }
    const cart = reader.array(pkg, 'cart', `${path}.cart`, true) ?? [];
    for (const [position, line] of cart.entries()) {
      const linePath = `${path}.cart[${String(position)}]`;
      if (isRecord(line)) readLine(reader, line, linePath, currency, found);
      else reader.report(linePath, 'object', line);
    }
  }
  return found;
}
