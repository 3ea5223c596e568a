import { sumMoney, zeroMoney } from '../../money/index.js';
import { err, type Result } from '../../result/index.js';
import type { ChannelPayloadIssue } from '../errors.js';
import { beezupProfile } from '../profiles/beezup.js';
import { guardObjectMapper, type PayloadObject } from '../_internal/guardObjectMapper.js';
import type { JsonRecord, PayloadReader } from '../_internal/payloadReader.js';
import {
  hasBeezupBillingAddress,
  hasBeezupBuyer,
  isBeezupAddressBlank,
  readBeezupAddress,
  readBeezupBuyer,
} from '../_internal/readBeezupAddress.js';
import { readBeezupItems } from '../_internal/readBeezupItems.js';
import { readCandidateOrder } from '../_internal/readCandidateOrder.js';
import { readCurrencyCode } from '../_internal/readCurrencyCode.js';
import { readStatusMeaning } from '../_internal/readStatusMeaning.js';
import { writeOrderTotals } from '../_internal/writeOrderTotals.js';
import type { ChannelOrderReading, WithheldOrderPart } from './mappedOrder.js';

/** What {@link fromBeezupOrder} needs besides the payload. */
export interface FromBeezupOrderContext {
  /** The seller the order belongs to. */
  readonly tenantId: string;
  /**
   * `channelRef.channel`, `'beezup'` (the profile's code) by default. Orders are deduplicated
   * on (tenant, channel, `order_MarketplaceOrderId`): give each marketplace its own channel
   * code when two of them may use the same order reference.
   */
  readonly channel?: string;
  /** Whether prices include tax. Default `true` (an assumption: BeezUP does not say). */
  readonly pricesIncludeTax?: boolean;
}

/** `order_PurchaseUtcDate`; a date and time without offset is UTC by the field's name. */
function readPlacedAt(reader: PayloadReader, payload: JsonRecord): string | undefined {
  const key = 'order_PurchaseUtcDate';
  const date = reader.text(payload, key, key, { required: true });
  if (date === undefined) return undefined;
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?$/.test(date) ? `${date}Z` : date;
}

function mapBeezupOrder(
  { reader, json, text }: PayloadObject,
  context: FromBeezupOrderContext,
  channel: string,
): Result<ChannelOrderReading, readonly ChannelPayloadIssue[]> {
  const orderRef = text('order_MarketplaceOrderId', true);
  const technicalCode = text('marketplaceTechnicalCode', true);
  const channelStatus = text('order_Status_BeezUPOrderStatus', true);
  const placedAt = readPlacedAt(reader, json);
  const currency = readCurrencyCode(reader, json, 'order_CurrencyCode', 'order_CurrencyCode');
  const items = reader.array(json, 'orderItems', 'orderItems', true);
  if (currency === undefined || items === undefined) return err(reader.issues);
  const money = (key: string) => reader.money(json, key, key, currency, { optional: true });
  const totalPrice = reader.money(json, 'order_TotalPrice', 'order_TotalPrice', currency);
  const shippingPrice = money('order_Shipping_Price');
  const shippingTax = money('order_Shipping_ShippingTax');
  const meaning = readStatusMeaning(beezupProfile, channelStatus);
  const found = readBeezupItems(reader, items, {
    currency,
    cancelled: meaning?.stage === 'cancelled',
    totalTax: money('order_TotalTax'),
    shippingTax,
  });
  // BeezUP relays marketplaces that hide the address until the seller accepts the order.
  const withheld =
    meaning?.flags.includes('needs_acceptance') === true && isBeezupAddressBlank(reader, json);
  const blank = !withheld && isBeezupAddressBlank(reader, json);
  if (blank) reader.report('order_Shipping_AddressLine1', 'shipping address', undefined);
  const shipping = withheld || blank ? undefined : readBeezupAddress(reader, json, 'shipping');
  const billing = hasBeezupBillingAddress(reader, json)
    ? readBeezupAddress(reader, json, 'buyer')
    : undefined;
  const buyer = readBeezupBuyer(reader, json, billing, shipping);
  const comment = reader.text(json, 'order_Comment', 'order_Comment');
  if (reader.issues.length > 0) return err(reader.issues);
  if (orderRef === undefined || technicalCode === undefined || channelStatus === undefined)
    return err(reader.issues);
  if (placedAt === undefined || totalPrice === undefined) return err(reader.issues);
  const zero = zeroMoney(currency);
  const candidate = {
    orderId: orderRef,
    tenantId: context.tenantId,
    channelRef: { channel, channelOrderRef: orderRef, marketplace: technicalCode.toLowerCase() },
    placedAt,
    currency,
    buyer,
    ...(billing === undefined ? {} : { billingAddress: billing.address }),
    lines: found.lines,
    totals: writeOrderTotals({
      pricesIncludeTax: context.pricesIncludeTax ?? true,
      products: sumMoney(found.amounts, currency),
      shipping: shippingPrice ?? sumMoney(found.shippingPrices, currency),
      shippingTax,
      tax: found.tax,
      discount: zero,
      grandTotal: totalPrice,
    }),
    ...(comment === undefined ? {} : { notes: [comment.slice(0, 2000)] }),
  };
  const parts: WithheldOrderPart[] = hasBeezupBuyer(reader, json)
    ? ['shippingAddress']
    : ['shippingAddress', 'buyer'];
  return readCandidateOrder(candidate, {
    channelStatus,
    lineStatuses: {},
    shippingAddress: shipping?.address,
    withheld: withheld ? parts : undefined,
  });
}

/**
 * Maps a BeezUP order (one order of `POST /user/marketplaces/orders/list/full`, or of the
 * single-order `GET`, API v2: flat, prefixed field names) to the canonical order, with its
 * `order_Status_BeezUPOrderStatus`; or, while the marketplace withholds the shipping address,
 * to a pending order. Never throws, whatever the input.
 *
 * - `orderId` and `channelRef.channelOrderRef` are `order_MarketplaceOrderId` (the engine
 *   assigns its own id at capture); `channelRef` is `{ channel, channelOrderRef, marketplace }`
 *   with `channel` from the context (`'beezup'` by default) and `marketplace` the
 *   `marketplaceTechnicalCode` in lower case (`CDiscount` → `cdiscount`). `beezUPOrderId`,
 *   `accountId` and `etag`, which BeezUP's change operations need, are not kept: a change needs
 *   the current ETag, so the connector reads the order again anyway.
 * - `placedAt` is `order_PurchaseUtcDate` (a date-time without offset is read as UTC, as the
 *   name says), `currency` is `order_CurrencyCode`.
 * - Lines, one per `orderItems[]` item: `lineId` is `beezUPOrderItemId`, `sku`
 *   `orderItem_MerchantProductId` (else `orderItem_MerchantImportedProductId`, else
 *   `orderItem_MarketPlaceProductId`), `title` `orderItem_Title` (else the SKU).
 *   `orderItem_ItemPrice` is the price of one unit and `orderItem_TotalPrice` that of the line:
 *   `lineTotal` is `ItemPrice × quantity` when `TotalPrice` is that, or that plus the item's
 *   `orderItem_Shipping_Price`, or absent; when they disagree otherwise (`ItemPrice` already the
 *   line's price), `lineTotal` is `TotalPrice` and there is no `unitPrice`; with only
 *   `TotalPrice`, `unitPrice` is `TotalPrice / quantity` when exact. `orderItem_OrderItemType`
 *   is not read.
 * - Line tax: `orderItem_ItemTax × quantity` (one unit's tax, like `ItemPrice`), unless
 *   `order_TotalTax` shows that `ItemTax` is the line's; left out when neither reading gives
 *   `order_TotalTax`.
 * - Statuses: BeezUP lines carry none (`lineStatuses` is empty). At `Canceled` and `Aborted`
 *   (the profile's cancelled stage) every line is cancelled (`quantities.cancelled`).
 * - Totals: `products` = Σ `lineTotal`, `shipping` = `order_Shipping_Price` (else Σ
 *   `orderItem_Shipping_Price`), `shippingTax` = `order_Shipping_ShippingTax` when given,
 *   `tax` = `order_TotalTax` (else Σ line taxes + shipping tax), `discount` 0 (BeezUP gives
 *   none), `grandTotal` and `paid` = `order_TotalPrice` (the amount the buyer paid);
 *   `pricesIncludeTax` from the context, `true` by default; `taxRounding: 'line'`.
 *   `order_TotalCommission` is the marketplace's, not the buyer's: not read.
 * - Addresses: `order_Shipping_…` is the shipping address (`AddressName`, `CompanyName`,
 *   `AddressLine1`…`3`, `AddressPostalCode`, `AddressCity`, `AddressStateOrRegion` →
 *   `region`, `MobilePhone` else `Phone`, `Email`); `order_Buyer_…` (`Name` for the name) is
 *   the billing address when it gives a street line, postal code or city. The country is
 *   `AddressCountryIsoCodeAlpha2` in upper case (`UK` → `GB`); another form is an issue.
 * - Withheld: at `New` (the profile's needs-acceptance status) a shipping address without
 *   name, company or street line gives `kind: 'pending'` with `withheld: ['shippingAddress']`
 *   (plus `'buyer'` without `order_Buyer_Name` and `order_Buyer_Email`); at any other status it
 *   is an issue on `order_Shipping_AddressLine1`.
 * - Buyer: `order_Buyer_Name`, `order_Buyer_Email`, a buyer phone (mobile first),
 *   `order_Buyer_Identifier` as `customerRef`; the shipping contacts stand in for missing ones.
 *   `order_Comment` becomes a note.
 *
 * @param json - one BeezUP order as parsed JSON (untrusted)
 * @param context - the tenant, and optionally the channel code and the tax inclusion
 * @returns the mapped or pending order, or the payload's `channel/payload_invalid` issues, or,
 *   when the payload reads but the order it makes is not valid, the `order/*` issues of
 *   `parseOrder`
 * @example
 * ```ts
 * const reading = fromBeezupOrder(order, { tenantId: 'shop-1' });
 * if (!reading.ok) for (const issue of reading.error) console.log(formatError(issue, 'fr'));
 * else if (reading.value.kind === 'pending') {
 *   // Accept the order on BeezUP, then read it again once the address is released.
 * } else {
 *   const ingested = await oms.ingest('beezup', reading.value.order);
 *   if (ingested.ok) {
 *     const { tenantId, orderId } = ingested.value.state;
 *     await oms.syncChannelStatus({ tenantId, orderId }, 'beezup', reading.value.channelStatus);
 *   }
 * }
 * ```
 */
export function fromBeezupOrder(
  json: unknown,
  context: FromBeezupOrderContext,
): Result<ChannelOrderReading, readonly ChannelPayloadIssue[]> {
  const channel = context.channel ?? beezupProfile.code;
  return guardObjectMapper(channel, json, (payload) => mapBeezupOrder(payload, context, channel));
}
