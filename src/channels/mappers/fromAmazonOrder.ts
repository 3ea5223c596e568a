import { zeroMoney, type CurrencyCode } from '../../money/index.js';
import { parseOrder } from '../../order/index.js';
import { err, ok, type Result } from '../../result/index.js';
import type { ChannelPayloadIssue } from '../errors.js';
import { amazonSpApiProfile } from '../profiles/amazonSpApi.js';
import { guardObjectMapper, type PayloadObject } from '../_internal/guardObjectMapper.js';
import { isRecord, type JsonRecord, type PayloadReader } from '../_internal/payloadReader.js';
import {
  hasAmazonBuyer,
  isAmazonAddressWithheld,
  readAmazonAddress,
  readAmazonBuyer,
} from '../_internal/readAmazonAddress.js';
import { readAmazonItems } from '../_internal/readAmazonItems.js';
import {
  amazonPricesIncludeTax,
  readAmazonMarketplace,
} from '../_internal/readAmazonMarketplace.js';
import { readAmazonMoney } from '../_internal/readAmazonMoney.js';
import { readCurrencyCode } from '../_internal/readCurrencyCode.js';
import { readPendingOrder } from '../_internal/readPendingOrder.js';
import { readStatusMeaning } from '../_internal/readStatusMeaning.js';
import { writeOrderTotals } from '../_internal/writeOrderTotals.js';
import type { ChannelOrderReading, WithheldOrderPart } from './mappedOrder.js';

/** What {@link fromAmazonOrder} needs besides the payload. */
export interface FromAmazonOrderContext {
  /** The seller the order belongs to. */
  readonly tenantId: string;
  /**
   * The host's `channelRef.marketplace` code by `MarketplaceId` (lower-case slugs), before
   * ordokit's own table (`A13V1IB3VIYZZH` → `amazon_fr`).
   */
  readonly marketplaces?: Readonly<Record<string, string>>;
  /**
   * Whether `ItemPrice`, `ShippingPrice` and the discounts include tax. Default: by
   * marketplace, `false` on amazon.com and amazon.ca (sales tax added at checkout), else `true`.
   */
  readonly pricesIncludeTax?: boolean;
}

const channel = amazonSpApiProfile.code;

/** The order's currency: `OrderTotal`'s, else the first item's `ItemPrice`'s. */
function readCurrency(
  reader: PayloadReader,
  order: JsonRecord,
  items: readonly unknown[],
): CurrencyCode | undefined {
  const total = reader.get(order, 'OrderTotal');
  const first = items[0];
  const price = isRecord(first) ? reader.get(first, 'ItemPrice') : undefined;
  const [source, path] = isRecord(total)
    ? [total, 'order.OrderTotal.CurrencyCode']
    : [isRecord(price) ? price : {}, 'items[0].ItemPrice.CurrencyCode'];
  return readCurrencyCode(reader, source, 'CurrencyCode', path);
}

/** `FulfillmentChannel`: `AFN` (Amazon ships) is true, `MFN` (the seller ships) false. */
function readFulfilment(reader: PayloadReader, order: JsonRecord): boolean | undefined {
  const path = 'order.FulfillmentChannel';
  const value = reader.text(order, 'FulfillmentChannel', path);
  if (value === undefined || value === 'MFN') return value === undefined ? undefined : false;
  if (value === 'AFN') return true;
  reader.report(path, 'AFN or MFN', value);
  return undefined;
}

function mapAmazonOrder(
  { reader, json }: PayloadObject,
  context: FromAmazonOrderContext,
): Result<ChannelOrderReading, readonly ChannelPayloadIssue[]> {
  const order = reader.record(json, 'order', 'order', true);
  const items = reader.array(json, 'items', 'items', true);
  if (order === undefined || items === undefined) return err(reader.issues);
  const text = (key: string) => reader.text(order, key, `order.${key}`, { required: true });
  const orderRef = text('AmazonOrderId');
  const channelStatus = text('OrderStatus');
  const placedAt = text('PurchaseDate');
  const marketplaceId = reader.text(order, 'MarketplaceId', 'order.MarketplaceId');
  const fulfilledByMarketplace = readFulfilment(reader, order);
  const currency = readCurrency(reader, order, items);
  if (currency === undefined) return err(reader.issues);
  const meaning = readStatusMeaning(amazonSpApiProfile, channelStatus);
  const cancelled = meaning?.stage === 'cancelled';
  const found = readAmazonItems(reader, items, currency, cancelled);
  const addressSource = reader.record(order, 'ShippingAddress', 'order.ShippingAddress', false);
  const paymentPending = meaning?.flags.includes('payment_pending') === true;
  const fulfilment = fulfilledByMarketplace === undefined ? {} : { fulfilledByMarketplace };
  const marketplace =
    marketplaceId === undefined
      ? {}
      : { marketplace: readAmazonMarketplace(marketplaceId, context.marketplaces) };
  if (paymentPending && isAmazonAddressWithheld(reader, addressSource)) {
    if (reader.issues.length > 0) return err(reader.issues);
    if (orderRef === undefined || channelStatus === undefined || placedAt === undefined)
      return err(reader.issues);
    const withheld: WithheldOrderPart[] = ['shippingAddress'];
    if (!hasAmazonBuyer(reader, order)) withheld.push('buyer');
    const zero = zeroMoney(currency);
    const checked = readPendingOrder(
      {
        orderId: orderRef,
        tenantId: context.tenantId,
        channelRef: { channel, channelOrderRef: orderRef, ...marketplace },
        placedAt,
        currency,
        buyer: {},
        lines: found.lines,
        // Amazon states no OrderTotal while payment is pending; a pending reading has no totals.
        totals: writeOrderTotals({
          pricesIncludeTax: true,
          products: zero,
          shipping: zero,
          tax: zero,
          discount: zero,
          grandTotal: zero,
        }),
      },
      channelStatus,
      {},
      withheld,
    );
    return checked.ok ? ok({ ...checked.value, ...fulfilment }) : checked;
  }
  if (addressSource === undefined)
    reader.report('order.ShippingAddress', 'shipping address', undefined);
  const address =
    addressSource === undefined
      ? undefined
      : readAmazonAddress(reader, addressSource, 'order.ShippingAddress');
  const buyer = readAmazonBuyer(reader, order, address?.name);
  const total = readAmazonMoney(reader, order, 'OrderTotal', 'order.OrderTotal', currency, true);
  if (reader.issues.length > 0) return err(reader.issues);
  if (orderRef === undefined || channelStatus === undefined || placedAt === undefined)
    return err(reader.issues);
  if (address === undefined || total === undefined) return err(reader.issues);
  const parsed = parseOrder({
    orderId: orderRef,
    tenantId: context.tenantId,
    channelRef: { channel, channelOrderRef: orderRef, ...marketplace },
    placedAt,
    currency,
    buyer,
    shippingAddress: address,
    lines: found.lines,
    totals: writeOrderTotals({
      pricesIncludeTax: context.pricesIncludeTax ?? amazonPricesIncludeTax(marketplaceId),
      products: found.products,
      shipping: found.shipping,
      shippingTax: found.shippingTax,
      tax: found.tax,
      discount: found.discount,
      grandTotal: total,
    }),
    ...(reader.flag(order, 'IsPrime') === true ? { tags: ['prime'] } : {}),
  });
  if (!parsed.ok) return parsed;
  return ok({ kind: 'order', order: parsed.value, channelStatus, lineStatuses: {}, ...fulfilment });
}

/**
 * Maps an Amazon SP-API order (Orders v0: the `Order` of `getOrder` and the `OrderItems` of
 * `getOrderItems`) to the canonical order, or to a pending order while Amazon withholds the
 * address. Never throws, whatever the input.
 *
 * - `orderId` and `channelRef.channelOrderRef` are `AmazonOrderId`; `channelRef.channel` is
 *   `amazon_sp_api` (the profile `oms.syncChannelStatus` reads `OrderStatus` with);
 *   `marketplace` is the context's code for `MarketplaceId`, else ordokit's table of Amazon's
 *   marketplace ids (`A13V1IB3VIYZZH` → `amazon_fr`, `A1F83G8C2ARO7P` → `amazon_uk`), else the
 *   id in lower case; absent without `MarketplaceId`.
 * - One line per item: `lineId` is `OrderItemId`, `sku` is `SellerSKU` (else `ASIN`), `title`
 *   is `Title` (else the SKU), `quantities.ordered` is `QuantityOrdered` (at least 1).
 *   `ItemPrice` is the price of the whole quantity: it is `lineTotal`, and `unitPrice` is
 *   `ItemPrice / QuantityOrdered` only when exact in minor units. `ItemTax` is the line's
 *   `tax`, `PromotionDiscount` its `discount`. Amounts are decimal strings in `{ CurrencyCode,
 *   Amount }`, read exactly; each must be in the order's currency (`OrderTotal`'s, else the
 *   first item's). Lines have no status on Amazon: `lineStatuses` is empty.
 * - At `Canceled` and `Unfulfillable` (the profile's cancelled stage) every line is cancelled
 *   (`quantities.cancelled` = `ordered`). Other quantities are in the initial form:
 *   `QuantityShipped` is not read (shipments come from `oms.syncChannelStatus` and tracking).
 * - Totals: `products` = Σ `ItemPrice`, `shipping` = Σ `ShippingPrice` + Σ `CODFee`, `tax` =
 *   Σ `ItemTax` + Σ `ShippingTax`, `shippingTax` = Σ `ShippingTax` (when given), `discount` =
 *   Σ `PromotionDiscount` + Σ `ShippingDiscount` + Σ `CODFeeDiscount` (as positive amounts),
 *   `grandTotal` = `paid` = `OrderTotal`; `taxRounding: 'line'`; `pricesIncludeTax` from the
 *   context, else `false` on amazon.com and amazon.ca and `true` elsewhere (inferred). When the
 *   sums do not add up to `OrderTotal`, `validateTotals` (and the engine at capture) says so.
 * - The shipping address is `ShippingAddress` (Amazon gives no billing address); `Name`, a
 *   street line, `City` and `CountryCode` are required: without a Restricted Data Token Amazon
 *   sends only city, postal code and country, and the mapper reports the missing fields.
 * - `Pending` and `PendingAvailability` (payment not authorised) without an address give
 *   `kind: 'pending'` with `withheld: ['shippingAddress']` (and `'buyer'` without
 *   `BuyerInfo.BuyerEmail`); `OrderTotal` is not needed then. A missing address at any other
 *   status is an issue.
 * - `FulfillmentChannel` `AFN` gives `fulfilledByMarketplace: true` (Amazon ships the order:
 *   the host must not), `MFN` gives `false`. The buyer is `BuyerInfo.BuyerName` (else the
 *   recipient), `BuyerInfo.BuyerEmail` when valid and `IsBusinessOrder`; `IsPrime` adds the tag
 *   `prime`.
 *
 * @param json - `{ order, items }`: the `Order` object and its `OrderItems` array, as parsed
 *   JSON (untrusted)
 * @param context - the tenant, and optionally marketplace codes and tax inclusion
 * @returns the reading (`kind: 'order'` or `'pending'`), or the payload's
 *   `channel/payload_invalid` issues, or, when the payload reads but the order it makes is not
 *   valid, the `order/*` issues of `parseOrder`
 * @example
 * ```ts
 * const read = fromAmazonOrder({ order, items }, { tenantId: 'shop-1' });
 * if (read.ok && read.value.kind === 'order' && read.value.fulfilledByMarketplace !== true) {
 *   await oms.ingest('amazon_sp_api', read.value.order);
 * }
 * ```
 */
export function fromAmazonOrder(
  json: unknown,
  context: FromAmazonOrderContext,
): Result<ChannelOrderReading, readonly ChannelPayloadIssue[]> {
  return guardObjectMapper(
    channel,
    json,
    (payload) => mapAmazonOrder(payload, context),
    'object with order and items',
  );
}
