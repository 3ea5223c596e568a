import { addMoney, sumMoney, zeroMoney } from '../../money/index.js';
import type { Buyer } from '../../order/index.js';
import { err, type Result } from '../../result/index.js';
import type { ChannelPayloadIssue } from '../errors.js';
import { guardObjectMapper, type PayloadObject } from '../_internal/guardObjectMapper.js';
import { keepValidBuyerFields } from '../_internal/keepValidBuyerFields.js';
import type { JsonRecord, PayloadReader } from '../_internal/payloadReader.js';
import { readCandidateOrder } from '../_internal/readCandidateOrder.js';
import { readCurrencyCode } from '../_internal/readCurrencyCode.js';
import { readMiraklAddress, type MiraklAddress } from '../_internal/readMiraklAddress.js';
import { readMiraklLines } from '../_internal/readMiraklLines.js';
import { writeChannelRef } from '../_internal/writeChannelRef.js';
import { writeOrderTotals } from '../_internal/writeOrderTotals.js';
import type { ChannelOrderReading, WithheldOrderPart } from './mappedOrder.js';

/** Whether a Mirakl order's prices include tax (Mirakl's `order_tax_mode`). */
export type MiraklTaxMode = 'TAX_INCLUDED' | 'TAX_EXCLUDED';

/** What {@link fromMiraklOrder} needs besides the payload. */
export interface FromMiraklOrderContext {
  /** The seller the order belongs to. */
  readonly tenantId: string;
  /**
   * `channelRef.channel`, `'mirakl'` by default. Orders are deduplicated on (tenant, channel,
   * `order_id`): a seller on several Mirakl operators gives each its own channel code.
   */
  readonly channel?: string;
  /** The operator the instance belongs to (`channelRef.marketplace`): `'conforama'`, `'darty'`. */
  readonly marketplace?: string;
  /**
   * The tax mode when the order has no `order_tax_mode`: the operator's platform setting
   * (PC01 `features.order_tax_mode`). Default `'TAX_INCLUDED'`.
   */
  readonly taxMode?: MiraklTaxMode;
}

/**
 * The order states before `SHIPPING`, at which Mirakl documents the customer's addresses as
 * null ("null before shipping, or acceptance, depending on platform setting").
 */
const withholdingStates: ReadonlySet<string> = new Set([
  'STAGING',
  'WAITING_ACCEPTANCE',
  'WAITING_DEBIT',
  'WAITING_DEBIT_PAYMENT',
]);

function readTaxMode(
  reader: PayloadReader,
  payload: JsonRecord,
  fallback: MiraklTaxMode | undefined,
): MiraklTaxMode | undefined {
  const mode = reader.text(payload, 'order_tax_mode', 'order_tax_mode');
  if (mode === undefined) return fallback === 'TAX_EXCLUDED' ? fallback : 'TAX_INCLUDED';
  if (mode === 'TAX_INCLUDED' || mode === 'TAX_EXCLUDED') return mode;
  reader.report('order_tax_mode', 'TAX_INCLUDED or TAX_EXCLUDED', mode);
  return undefined;
}

/** The buyer: the customer's names and id, the notification e-mail, a phone of an address. */
function readBuyer(
  reader: PayloadReader,
  payload: JsonRecord,
  customer: JsonRecord | undefined,
  contacts: readonly (MiraklAddress | undefined)[],
): Buyer {
  const field = (key: string) =>
    customer === undefined
      ? undefined
      : reader.text(customer, key, `customer.${key}`, { numbers: key === 'customer_id' });
  const names = [field('firstname'), field('lastname')].filter((part) => part !== undefined);
  const candidate = {
    name: names.length === 0 ? contacts.find((c) => c?.name)?.name : names.join(' ').slice(0, 200),
    email: reader.text(payload, 'customer_notification_email', 'customer_notification_email'),
    phone: contacts.find((c) => c?.phone)?.phone?.slice(0, 40),
    customerRef: field('customer_id'),
  };
  return keepValidBuyerFields(candidate);
}

function mapMiraklOrder(
  { reader, json, text }: PayloadObject,
  context: FromMiraklOrderContext,
  channel: string,
): Result<ChannelOrderReading, readonly ChannelPayloadIssue[]> {
  const orderRef = text('order_id', true);
  const channelStatus = text('order_state');
  const placedAt = text('created_date');
  const currency = readCurrencyCode(reader, json, 'currency_iso_code', 'currency_iso_code');
  const taxMode = readTaxMode(reader, json, context.taxMode);
  const orderLines = reader.array(json, 'order_lines', 'order_lines', true);
  if (currency === undefined || orderLines === undefined) return err(reader.issues);
  const found = readMiraklLines(reader, orderLines, currency);
  const shipping = reader.money(json, 'shipping_price', 'shipping_price', currency, {
    fallback: sumMoney(found.shippingPrices, currency),
  });
  const totalPrice = reader.money(json, 'total_price', 'total_price', currency);
  const customer = reader.record(json, 'customer', 'customer', false);
  const withholding = channelStatus !== undefined && withholdingStates.has(channelStatus);
  const hidden = customer === undefined || reader.blank(customer, 'shipping_address');
  const withheld = withholding && hidden;
  const address = (key: string) => {
    const path = `customer.${key}`;
    const source =
      customer === undefined || reader.blank(customer, key)
        ? undefined
        : reader.record(customer, key, path, false, 'address');
    return source === undefined ? undefined : readMiraklAddress(reader, source, path);
  };
  const delivery = withheld ? undefined : address('shipping_address');
  // Not withheld at this state: a missing address is an issue (an ill-typed one is reported).
  const noCustomer = customer === undefined && reader.blank(json, 'customer');
  if (!withheld && (noCustomer || (customer !== undefined && hidden))) {
    const value = customer === undefined ? undefined : reader.get(customer, 'shipping_address');
    reader.report('customer.shipping_address', 'shipping address', value);
  }
  const billing = address('billing_address');
  const buyer = readBuyer(reader, json, customer, [billing, delivery]);
  if (reader.issues.length > 0) return err(reader.issues);
  if (orderRef === undefined || channelStatus === undefined || placedAt === undefined)
    return err(reader.issues);
  if (taxMode === undefined || shipping === undefined || totalPrice === undefined)
    return err(reader.issues);
  const zero = zeroMoney(currency);
  const shippingTax = sumMoney(found.shippingTaxes, currency);
  const lineTaxes = found.taxes.filter((tax) => tax !== undefined);
  const tax = addMoney(sumMoney(lineTaxes, currency), shippingTax);
  const pricesIncludeTax = taxMode === 'TAX_INCLUDED';
  // Tax-excluded prices: `total_price` is without tax, the buyer pays it plus the taxes.
  const grandTotal = pricesIncludeTax ? totalPrice : addMoney(totalPrice, tax);
  const candidate = {
    orderId: orderRef,
    tenantId: context.tenantId,
    channelRef: writeChannelRef(channel, orderRef, context.marketplace),
    placedAt,
    currency,
    buyer,
    ...(billing === undefined ? {} : { billingAddress: billing.address }),
    lines: found.lines,
    totals: writeOrderTotals({
      pricesIncludeTax,
      products: sumMoney(found.amounts, currency),
      shipping,
      shippingTax,
      tax,
      discount: zero,
      grandTotal,
    }),
  };
  const parts: WithheldOrderPart[] =
    customer === undefined ? ['shippingAddress', 'buyer'] : ['shippingAddress'];
  return readCandidateOrder(candidate, {
    channelStatus,
    lineStatuses: found.lineStatuses,
    shippingAddress: delivery?.address,
    withheld: withheld ? parts : undefined,
  });
}

/**
 * Maps a Mirakl order (one element of `orders[]` of OR11, `GET /api/orders`, seller API) to
 * the canonical order, with the order's `order_state` and each line's `order_line_state`; or,
 * while Mirakl withholds the shipping address, to a pending order. Never throws, whatever the
 * input.
 *
 * - `orderId` and `channelRef.channelOrderRef` are `order_id`; the engine ignores `orderId` and
 *   assigns its own id at capture. `channelRef` is `{ channel, channelOrderRef, marketplace }`
 *   with `channel` from the context (`'mirakl'` by default) and `marketplace` the operator
 *   code from the context (Mirakl is one API for many operators, one instance each).
 * - `placedAt` is `created_date`, `currency` is `currency_iso_code`.
 * - Lines come from `order_lines[]`: `order_line_id`, `offer_sku` (else `product_shop_sku`),
 *   `product_title`, `quantity`. A line's `price` is its amount for the quantity, without
 *   shipping (`lineTotal`); `price_unit` becomes `unitPrice` only when `price_unit × quantity
 *   = price`. `tax` is Σ `taxes[].amount` (absent when the line gives no `taxes`). A line
 *   whose `order_line_state` is `REFUSED` or `CANCELED` has `quantities.cancelled` = its
 *   quantity; partial cancellations (`cancelations[]`) are not read.
 * - Tax mode: `pricesIncludeTax` is `order_tax_mode === 'TAX_INCLUDED'`; without
 *   `order_tax_mode`, the context's `taxMode` (the operator's PC01 setting), else
 *   `'TAX_INCLUDED'`.
 * - Totals: `products` = Σ line `price`, `shipping` = `shipping_price` (else Σ line
 *   `shipping_price`), `shippingTax` = Σ `shipping_taxes[].amount` of the lines, `tax` = Σ line
 *   taxes + `shippingTax`, `discount` 0 (prices are after promotions), `grandTotal` and `paid`
 *   = `total_price`, plus `tax` when prices exclude it; `taxRounding: 'line'`.
 * - Addresses: `customer.shipping_address` and `customer.billing_address`; `firstname` +
 *   `lastname` → `name`, `street_1`/`street_2`/`additional_info` → `line1`…`line3`,
 *   `zip_code`, `city`, `state` → `region`, `phone` (else `phone_secondary`), and the ISO
 *   alpha-3 `country_iso_code` (`FRA`) → alpha-2 (`FR`), for the EU and the countries with
 *   their own address rules; another code is an issue.
 * - Withheld: Mirakl documents the customer's addresses as null before `SHIPPING` (or before
 *   acceptance, per operator). At `STAGING`, `WAITING_ACCEPTANCE`, `WAITING_DEBIT` and
 *   `WAITING_DEBIT_PAYMENT`, a missing, `null` or empty `shipping_address` gives
 *   `kind: 'pending'` with `withheld: ['shippingAddress']` (and `'buyer'` when `customer` is
 *   missing too); at any other state it is an issue on `customer.shipping_address`.
 * - Buyer: `firstname` + `lastname` of `customer`, `customer_id` as `customerRef`, the
 *   (anonymised) `customer_notification_email`, the billing phone else the shipping one.
 *
 * @param json - one Mirakl order as parsed JSON (untrusted)
 * @param context - the tenant, and optionally the channel code, the operator and the tax mode
 * @returns the mapped or pending order, or the payload's `channel/payload_invalid` issues, or,
 *   when the payload reads but the order it makes is not valid, the `order/*` issues of
 *   `parseOrder`
 * @example
 * ```ts
 * const reading = fromMiraklOrder(order, { tenantId: 'shop-1', marketplace: 'conforama' });
 * if (!reading.ok) for (const issue of reading.error) console.log(formatError(issue, 'fr'));
 * else if (reading.value.kind === 'pending') {
 *   // Accept the lines on Mirakl (OR21), then read the order again once it is released.
 * } else {
 *   const ingested = await oms.ingest('mirakl', reading.value.order);
 *   if (ingested.ok) {
 *     const { tenantId, orderId } = ingested.value.state;
 *     await oms.syncChannelStatus({ tenantId, orderId }, 'mirakl', reading.value.channelStatus);
 *   }
 * }
 * ```
 */
export function fromMiraklOrder(
  json: unknown,
  context: FromMiraklOrderContext,
): Result<ChannelOrderReading, readonly ChannelPayloadIssue[]> {
  const channel = context.channel ?? 'mirakl';
  return guardObjectMapper(channel, json, (payload) => mapMiraklOrder(payload, context, channel));
}
