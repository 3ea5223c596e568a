import {
  addMoney,
  isCurrencyCode,
  sumMoney,
  zeroMoney,
  type CurrencyCode,
  type Money,
} from '../../money/index.js';
import { err, type Result } from '../../result/index.js';
import type { ChannelPayloadIssue } from '../errors.js';
import { shoppingFeedProfile } from '../profiles/shoppingFeed.js';
import { guardObjectMapper, type PayloadObject } from '../_internal/guardObjectMapper.js';
import type { JsonRecord, PayloadReader } from '../_internal/payloadReader.js';
import { readCandidateOrder } from '../_internal/readCandidateOrder.js';
import { readContactsBuyer } from '../_internal/readContactsBuyer.js';
import {
  isShoppingFeedAddressBlank,
  readShoppingFeedAddressField,
} from '../_internal/readShoppingFeedAddress.js';
import { readShoppingFeedItems } from '../_internal/readShoppingFeedItems.js';
import { readStatusMeaning } from '../_internal/readStatusMeaning.js';
import { writeChannelRef } from '../_internal/writeChannelRef.js';
import { writeOrderTotals } from '../_internal/writeOrderTotals.js';
import type { ChannelOrderReading, WithheldOrderPart } from './mappedOrder.js';

/** What {@link fromShoppingFeedOrder} needs besides the payload. */
export interface FromShoppingFeedOrderContext {
  /** The seller the order belongs to. */
  readonly tenantId: string;
  /**
   * The currency when `payment.currency` is missing: the store's currency. Without either,
   * the missing currency is an issue.
   */
  readonly currency?: CurrencyCode;
}

const channel = shoppingFeedProfile.code;

function readCurrency(
  reader: PayloadReader,
  payment: JsonRecord,
  fallback: CurrencyCode | undefined,
): CurrencyCode | undefined {
  const path = 'payment.currency';
  const code = reader.text(payment, 'currency', path, { required: fallback === undefined });
  if (code === undefined) return fallback;
  const upper = code.toUpperCase();
  if (isCurrencyCode(upper)) return upper;
  reader.report(path, 'ISO 4217 currency code', code);
  return undefined;
}

/** `_embedded.channel.name` as a slug (`Cdiscount` → `cdiscount`, `La Redoute` → `la_redoute`). */
function readMarketplace(reader: PayloadReader, payload: JsonRecord): string | undefined {
  const embedded = reader.record(payload, '_embedded', '_embedded', false);
  const source =
    embedded === undefined
      ? undefined
      : reader.record(embedded, 'channel', '_embedded.channel', false);
  const name =
    source === undefined ? undefined : reader.text(source, 'name', '_embedded.channel.name');
  const slug = name
    ?.toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '_')
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '')
    .slice(0, 64)
    .replace(/[^a-z0-9]+$/, '');
  return slug === undefined || slug === '' ? undefined : slug;
}

/** `itemsReferencesAliases`; `[]` (how PHP writes an empty object) counts as none. */
function readAliases(reader: PayloadReader, payload: JsonRecord): JsonRecord | undefined {
  const key = 'itemsReferencesAliases';
  const value = reader.get(payload, key);
  if (Array.isArray(value) && value.length === 0) return undefined;
  return reader.record(payload, key, key, false);
}

function mapShoppingFeedOrder(
  { reader, json, text }: PayloadObject,
  context: FromShoppingFeedOrderContext,
): Result<ChannelOrderReading, readonly ChannelPayloadIssue[]> {
  const orderRef = text('id', true);
  const channelStatus = text('status');
  const placedAt = text('createdAt');
  const payment = reader.record(json, 'payment', 'payment', true);
  const items = reader.array(json, 'items', 'items', true);
  if (payment === undefined || items === undefined) return err(reader.issues);
  const currency = readCurrency(reader, payment, context.currency);
  if (currency === undefined) return err(reader.issues);
  const meaning = readStatusMeaning(shoppingFeedProfile, channelStatus);
  const found = readShoppingFeedItems(reader, items, {
    currency,
    aliases: readAliases(reader, json),
    allCancelled: meaning?.stage === 'cancelled' || meaning?.stage === 'refused',
  });
  const zero = zeroMoney(currency);
  // A missing amount takes its fallback; without one (the parts are invalid) it is left out.
  const amount = (key: string, fallback: Money | undefined) =>
    reader.money(
      payment,
      key,
      `payment.${key}`,
      currency,
      fallback ? { fallback } : { optional: true },
    );
  const products = amount('productAmount', sumMoney(found.amounts, currency));
  const shipping = amount('shippingAmount', zero);
  const total = amount(
    'totalAmount',
    products && shipping ? addMoney(products, shipping) : undefined,
  );
  const needsAcceptance = meaning?.flags.includes('needs_acceptance') === true;
  const blank = isShoppingFeedAddressBlank(reader, json, 'shippingAddress');
  // Missing, null or empty before acceptance: the marketplace withholds it for now.
  const withheld = needsAcceptance && blank;
  if (blank && !withheld)
    reader.report('shippingAddress', 'shipping address', reader.get(json, 'shippingAddress'));
  const delivery = blank
    ? undefined
    : readShoppingFeedAddressField(reader, json, 'shippingAddress');
  const billing = readShoppingFeedAddressField(reader, json, 'billingAddress');
  const marketplace = readMarketplace(reader, json);
  if (reader.issues.length > 0) return err(reader.issues);
  if (orderRef === undefined || channelStatus === undefined || placedAt === undefined)
    return err(reader.issues);
  if (products === undefined || shipping === undefined || total === undefined)
    return err(reader.issues);
  const candidate = {
    orderId: orderRef,
    tenantId: context.tenantId,
    channelRef: writeChannelRef(channel, orderRef, marketplace),
    placedAt,
    currency,
    // Name, e-mail and phone of the billing address, else of the shipping one.
    buyer: readContactsBuyer([billing, delivery]),
    ...(billing === undefined ? {} : { billingAddress: billing.address }),
    lines: found.lines,
    totals: writeOrderTotals({
      pricesIncludeTax: true,
      products,
      shipping,
      tax: sumMoney(found.taxes, currency),
      discount: zero,
      grandTotal: total,
    }),
    ...(delivery?.other === undefined ? {} : { notes: [delivery.other.slice(0, 2000)] }),
    ...(reader.flag(json, 'isTest') === true ? { tags: ['test'] } : {}),
  };
  // Without a billing address either, nothing tells who the buyer is.
  const parts: WithheldOrderPart[] =
    billing === undefined ? ['shippingAddress', 'buyer'] : ['shippingAddress'];
  return readCandidateOrder(candidate, {
    channelStatus,
    lineStatuses: found.lineStatuses,
    shippingAddress: delivery?.address,
    withheld: withheld ? parts : undefined,
  });
}

/**
 * Maps a Shopping Feed order (one element of `_embedded.order[]` of the Store Order API,
 * `GET /v1/store/{storeId}/order`) to the canonical order, with the order's `status` and each
 * item's own `status`; or, while the marketplace withholds the shipping address before the
 * store accepts the order, to a pending order. Never throws, whatever the input.
 *
 * - `orderId` and `channelRef.channelOrderRef` are `id` (Shopping Feed's id, the one its
 *   operations take; the marketplace's `reference` is not read); the engine ignores `orderId`
 *   and assigns its own id at capture. `channelRef.channel` is `shoppingfeed` (the profile's
 *   code), `marketplace` is `_embedded.channel.name` as a lower-case slug (`Cdiscount` →
 *   `cdiscount`), absent without it. `placedAt` is `createdAt`.
 * - Currency: `payment.currency` (any case), else the context's `currency`.
 * - One line per item of `items[]`: `id` → `lineId`, `reference` → `sku` (replaced by
 *   `itemsReferencesAliases[reference]` when the store renamed it), `name` → `title` (else the
 *   SKU), `quantity` (at least 1). `price` is the price of ONE unit: it is `unitPrice`, and
 *   `lineTotal` is exactly `price × quantity`. `taxAmount` is the item's tax for its quantity
 *   (Shopping Feed's own back office sums it over the items without multiplying): the line's
 *   `tax`. `commission` and `ecotaxAmount` are not read.
 * - An item whose `status` is `cancelled`, `canceled` or `refused` (any case) has
 *   `quantities.cancelled` = its quantity; at order status `cancelled` or `refused` every line
 *   is. Other quantities are in the initial form: shipped and refunded items are followed
 *   through `lineStatuses` and `oms.syncChannelStatus`.
 * - Totals, tax included (assumed: not documented): `products` = `payment.productAmount` (else
 *   Σ line totals), `shipping` = `payment.shippingAmount` (else 0), `grandTotal` = `paid` =
 *   `payment.totalAmount` (else products + shipping, as the official Magento module does), `tax`
 *   = Σ `taxAmount`, `discount` 0, no `shippingTax`, `taxRounding: 'line'`. Cancelled lines
 *   stay in the totals. Fees the marketplace puts in `additionalFields` are not read: when
 *   `totalAmount` counts them, `validateTotals` reports the difference.
 * - Addresses: `shippingAddress` and `billingAddress`; `firstName` + `lastName` → `name`,
 *   `company`, `street`/`street2` → `line1`/`line2`, `postalCode`, `city`, `province` →
 *   `region`, `country` (alpha-2, upper case; `UK` → `GB`, an alpha-3 code of an EU or
 *   supported country → alpha-2, anything else an issue), `mobilePhone` else `phone`, `email`.
 *   The shipping address's `other` becomes a note; `relayId` is not read.
 * - Withheld: at `waiting_store_acceptance` (the status where the profile says the store must
 *   accept), a missing, `null`, `[]` or blank `shippingAddress` gives `kind: 'pending'` with
 *   `withheld: ['shippingAddress']` (and `'buyer'` without a billing address); at any other
 *   status it is an issue on `shippingAddress`. That marketplaces withhold it there is inferred.
 * - Buyer: name, e-mail (when valid) and phone of the billing address, else of the shipping
 *   one. `isTest: true` adds the tag `test`.
 *
 * @param json - one Shopping Feed order as parsed JSON (untrusted)
 * @param context - the tenant, and optionally the store's currency
 * @returns the mapped or pending order, or the payload's `channel/payload_invalid` issues, or,
 *   when the payload reads but the order it makes is not valid, the `order/*` issues of
 *   `parseOrder`
 * @example
 * ```ts
 * const read = fromShoppingFeedOrder(order, { tenantId: 'shop-1' });
 * if (!read.ok) for (const issue of read.error) console.log(formatError(issue, 'fr'));
 * else if (read.value.kind === 'pending') {
 *   // Accept the order on Shopping Feed, then read it again once the address is released.
 * } else {
 *   const ingested = await oms.ingest('shoppingfeed', read.value.order);
 *   if (ingested.ok) {
 *     const { tenantId, orderId } = ingested.value.state;
 *     await oms.syncChannelStatus({ tenantId, orderId }, 'shoppingfeed', read.value.channelStatus);
 *   }
 * }
 * ```
 */
export function fromShoppingFeedOrder(
  json: unknown,
  context: FromShoppingFeedOrderContext,
): Result<ChannelOrderReading, readonly ChannelPayloadIssue[]> {
  return guardObjectMapper(channel, json, (payload) => mapShoppingFeedOrder(payload, context));
}
