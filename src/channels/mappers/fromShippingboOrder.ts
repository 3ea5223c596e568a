import {
  addMoney,
  isCurrencyCode,
  isNegativeMoney,
  negateMoney,
  zeroMoney,
  type CurrencyCode,
  type Money,
} from '../../money/index.js';
import { err, ok, type Result } from '../../result/index.js';
import type { ChannelPayloadIssue } from '../errors.js';
import { shippingboProfile } from '../profiles/shippingbo.js';
import { guardObjectMapper, type PayloadObject } from '../_internal/guardObjectMapper.js';
import { isRecord, type JsonRecord, type PayloadReader } from '../_internal/payloadReader.js';
import { readCandidateOrder } from '../_internal/readCandidateOrder.js';
import { readContactsBuyer } from '../_internal/readContactsBuyer.js';
import {
  isShippingboAddressWithheld,
  readShippingboAddress,
} from '../_internal/readShippingboAddress.js';
import { readShippingboItems } from '../_internal/readShippingboItems.js';
import {
  readShippingboMoney,
  type ShippingboMoneyOptions,
} from '../_internal/readShippingboMoney.js';
import { readStatusMeaning } from '../_internal/readStatusMeaning.js';
import { writeChannelRef } from '../_internal/writeChannelRef.js';
import { writeOrderTotals } from '../_internal/writeOrderTotals.js';
import type { ChannelOrderReading, WithheldOrderPart } from './mappedOrder.js';

/** What {@link fromShippingboOrder} needs besides the payload. */
export interface FromShippingboOrderContext {
  /** The seller the order belongs to. */
  readonly tenantId: string;
  /**
   * The host's `channelRef.marketplace` code by ShippingBo `origin` (verbatim: `'Amazon FR'`),
   * before the default, the origin as a lower-case slug (`amazon_fr`).
   */
  readonly marketplaces?: Readonly<Record<string, string>>;
}

const channel = shippingboProfile.code;

/** A marketplace name as a slug: `'Amazon FR'` → `amazon_fr`; undefined when nothing is left. */
function slugOf(name: string): string | undefined {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '_')
    .slice(0, 64)
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
  return slug === '' ? undefined : slug;
}

/** `channelRef.marketplace`: the context's code for `origin`, else its slug; else `source`'s. */
function readMarketplace(
  reader: PayloadReader,
  order: JsonRecord,
  at: (key: string) => string,
  context: FromShippingboOrderContext,
): string | undefined {
  const origin = reader.text(order, 'origin', at('origin'));
  const source = reader.text(order, 'source', at('source'));
  const name = origin ?? source;
  if (name === undefined) return undefined;
  const codes = context.marketplaces;
  if (codes !== undefined && Object.hasOwn(codes, name)) return codes[name];
  return slugOf(name);
}

/** The order's currency: `total_price_currency`, else the first item's price currency. */
function readCurrency(
  reader: PayloadReader,
  order: JsonRecord,
  items: readonly unknown[],
  at: (key: string) => string,
): CurrencyCode | undefined {
  const orderPath = at('total_price_currency');
  const itemPath = `${at('order_items')}[0].price_tax_included_currency`;
  const before = reader.issues.length;
  const own = reader.text(order, 'total_price_currency', orderPath);
  const first = items[0];
  const item =
    own === undefined && isRecord(first)
      ? reader.text(first, 'price_tax_included_currency', itemPath)
      : undefined;
  const code = (own ?? item)?.toUpperCase();
  if (code === undefined) {
    if (reader.issues.length === before)
      reader.report(orderPath, 'ISO 4217 currency code', undefined);
    return undefined;
  }
  if (isCurrencyCode(code)) return code;
  reader.report(own === undefined ? itemPath : orderPath, 'ISO 4217 currency code', code);
  return undefined;
}

function mapShippingboOrder(
  { reader, json }: PayloadObject,
  context: FromShippingboOrderContext,
): Result<ChannelOrderReading, readonly ChannelPayloadIssue[]> {
  // `GET /orders/{id}` answers `{ order: {…} }`; the order itself is read too.
  const inner = reader.get(json, 'order');
  const wrapped = reader.get(json, 'order_items') === undefined && isRecord(inner);
  const order: JsonRecord = wrapped ? inner : json;
  const root = wrapped ? 'order' : '';
  const at = (key: string) => (wrapped ? `order.${key}` : key);
  const text = (key: string, numbers = false) =>
    reader.text(order, key, at(key), { required: true, numbers });
  const orderRef = text('id', true);
  const channelStatus = text('state');
  const placedAt = text('origin_created_at');
  const marketplace = readMarketplace(reader, order, at, context);
  const fulfilled = reader.flag(order, 'fulfilled_by_marketplace');
  const items = reader.array(order, 'order_items', at('order_items'), true);
  const currency = readCurrency(reader, order, items ?? [], at);
  if (currency === undefined || items === undefined) return err(reader.issues);
  const meaning = readStatusMeaning(shippingboProfile, channelStatus);
  const cancelled = meaning?.stage === 'cancelled';
  const found = readShippingboItems(reader, items, at('order_items'), currency, cancelled);
  const money = (base: string, options?: ShippingboMoneyOptions) =>
    readShippingboMoney(reader, order, base, root, currency, options);
  const zero = zeroMoney(currency);
  const total = money('total_price');
  const shipping = money('total_shipping_tax_included', { fallback: zero });
  const shippingTax = money('total_shipping_tax', { optional: true });
  const discount = money('total_discount_tax_included', { optional: true, signed: true });
  const totalTax = money('total_tax', { optional: true });
  // Only while payment is pending may the source not have the address yet (inferred).
  const paymentPending = meaning?.flags.includes('payment_pending') === true;
  const withheld = paymentPending && isShippingboAddressWithheld(reader, order, 'shipping_address');
  const address = (key: string) => {
    const source = reader.record(order, key, at(key), false, 'address');
    return source === undefined ? undefined : readShippingboAddress(reader, source, at(key));
  };
  const delivery = withheld ? undefined : address('shipping_address');
  const given = reader.get(order, 'shipping_address');
  if (!withheld && (given === undefined || given === null))
    reader.report(at('shipping_address'), 'shipping address', given);
  const billing = isShippingboAddressWithheld(reader, order, 'billing_address')
    ? undefined
    : address('billing_address');
  const tax = readTax(totalTax, found.tax, shippingTax);
  // An ill-typed `total_tax_cents` is reported already; an absent one only when items lack tax.
  const taxGiven = reader.get(order, 'total_tax_cents');
  if (tax === undefined && (taxGiven === undefined || taxGiven === null))
    reader.report(at('total_tax_cents'), 'whole number of cents', taxGiven);
  if (reader.issues.length > 0) return err(reader.issues);
  if (orderRef === undefined || channelStatus === undefined || placedAt === undefined)
    return err(reader.issues);
  if (total === undefined || shipping === undefined || tax === undefined) return err(reader.issues);
  const instructions = delivery?.instructions;
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
      products: found.products,
      shipping,
      shippingTax,
      tax,
      discount: discount === undefined ? zero : positive(discount),
      grandTotal: total,
    }),
    ...(instructions === undefined ? {} : { notes: [instructions.slice(0, 2000)] }),
  };
  const fulfilment = fulfilled === undefined ? {} : { fulfilledByMarketplace: fulfilled };
  const parts: WithheldOrderPart[] =
    billing === undefined ? ['shippingAddress', 'buyer'] : ['shippingAddress'];
  const reading = readCandidateOrder(candidate, {
    channelStatus,
    lineStatuses: {},
    shippingAddress: delivery?.address,
    withheld: withheld ? parts : undefined,
  });
  return reading.ok ? ok({ ...reading.value, ...fulfilment }) : reading;
}

/** A discount as a positive amount, whichever sign the source wrote it with. */
function positive(amount: Money): Money {
  return isNegativeMoney(amount) ? negateMoney(amount) : amount;
}

/** `total_tax_cents`, else Σ item `tax_cents` + the shipping tax when every item gives it. */
function readTax(
  totalTax: Money | undefined,
  itemTax: Money | undefined,
  shippingTax: Money | undefined,
): Money | undefined {
  if (totalTax !== undefined) return totalTax;
  if (itemTax === undefined) return undefined;
  return shippingTax === undefined ? itemTax : addMoney(itemTax, shippingTax);
}

/**
 * Maps a ShippingBo order (`GET /orders/{id}`: the `order` object, or the `{ order }` answer
 * itself) to the canonical order, with its `state`; or, while payment is pending and the
 * source has not given the address, to a pending order. Never throws, whatever the input.
 *
 * - `orderId` and `channelRef.channelOrderRef` are ShippingBo's `id` (what `PATCH
 *   /orders/{id}` and shipments name); the engine ignores `orderId` and assigns its own id.
 *   `channelRef.channel` is `shippingbo` (the profile `oms.syncChannelStatus` reads `state`
 *   with). ShippingBo is an OMS: `origin` names the marketplace the order was sold on;
 *   `marketplace` is the context's code for `origin`, else `origin` as a slug (`'Amazon FR'`
 *   → `amazon_fr`), else `source`'s; absent when neither is given.
 * - `placedAt` is `origin_created_at`; `currency` is `total_price_currency`, else the first
 *   item's `price_tax_included_currency`. Every `*_currency` given must be the same.
 * - Amounts are integer cents (`*_cents`, minor units of the currency: 1250 JPY is 1250 yen),
 *   read exactly; a fraction, a negative count or text other than digits is an issue.
 * - One line per `order_items[]` item: `lineId` is its `id` (else `source_ref`), `sku` is
 *   `product_ref` (else `product_source_ref`, else `product_ean`), `title` (else the SKU),
 *   `quantity` (at least 1). `price_tax_included_cents` is the whole line, not the unit price:
 *   it is `lineTotal`, and `unitPrice` is its division by the quantity only when exact in
 *   minor units. `tax_cents` is the line's `tax`.
 * - Items have no state: `lineStatuses` is empty. At `canceled` and `rejected` (the profile's
 *   cancelled stage) every line is cancelled; other quantities are in the initial form. The
 *   `shipments[]` (several packages, partial shipping) are not read: shipped quantities come
 *   from `oms.syncChannelStatus` and tracking, and never duplicate the lines.
 * - Totals, tax included: `products` = Σ `price_tax_included_cents`, `shipping` =
 *   `total_shipping_tax_included_cents` (absent: 0), `shippingTax` =
 *   `total_shipping_tax_cents` (when given), `tax` = `total_tax_cents` (else Σ item
 *   `tax_cents` + `shippingTax`), `discount` = `total_discount_tax_included_cents` as a
 *   positive amount (absent: 0), `grandTotal` = `paid` = `total_price_cents`;
 *   `taxRounding: 'line'`.
 * - Addresses: `shipping_address` and `billing_address` (a billing address without a name,
 *   company or street is left out); `fullname` (else `firstname` + `lastname`),
 *   `company_name`, `street1`…`street4` (the fourth joined to the third), `zip`, `city`,
 *   `state` → `region`, `phone2` (mobile) else `phone1`, `email`; `country` is alpha-2 (an
 *   alpha-3 code of an EU or supported country is converted). `instructions` of the shipping
 *   address becomes a note.
 * - Buyer: the name, e-mail and phone of the billing address, else of the shipping address.
 * - Pending (inferred: ShippingBo documents no withholding, but requires only `country` in an
 *   address): at `waiting_for_payment`, a missing, `null` or empty `shipping_address`, or one
 *   without a name, company or street, gives `kind: 'pending'` with `withheld:
 *   ['shippingAddress']` (and `'buyer'` without a billing address). At any other state a
 *   missing address is an issue on `shipping_address`.
 * - `fulfilled_by_marketplace` gives `fulfilledByMarketplace` on the reading.
 *
 * @param json - the ShippingBo order as parsed JSON (untrusted)
 * @param context - the tenant, and optionally marketplace codes by origin
 * @returns the reading (`kind: 'order'` or `'pending'`), or the payload's
 *   `channel/payload_invalid` issues, or, when the payload reads but the order it makes is not
 *   valid, the `order/*` issues of `parseOrder`
 * @example
 * ```ts
 * const read = fromShippingboOrder(JSON.parse(body), { tenantId: 'shop-1' });
 * if (read.ok && read.value.kind === 'order') {
 *   const ingested = await oms.ingest('shippingbo', read.value.order);
 *   if (ingested.ok) {
 *     const { tenantId, orderId } = ingested.value.state;
 *     await oms.syncChannelStatus({ tenantId, orderId }, 'shippingbo', read.value.channelStatus);
 *   }
 * }
 * ```
 */
export function fromShippingboOrder(
  json: unknown,
  context: FromShippingboOrderContext,
): Result<ChannelOrderReading, readonly ChannelPayloadIssue[]> {
  return guardObjectMapper(channel, json, (payload) => mapShippingboOrder(payload, context));
}
