import {
  addMoney,
  isNegativeMoney,
  negateMoney,
  sumMoney,
  zeroMoney,
  type Money,
} from '../../money/index.js';
import type { Buyer } from '../../order/index.js';
import { err, type Result } from '../../result/index.js';
import type { ChannelPayloadIssue } from '../errors.js';
import { channableProfile } from '../profiles/channable.js';
import { guardObjectMapper, type PayloadObject } from '../_internal/guardObjectMapper.js';
import { keepValidBuyerFields } from '../_internal/keepValidBuyerFields.js';
import type { JsonRecord, PayloadReader } from '../_internal/payloadReader.js';
import { readCandidateOrder } from '../_internal/readCandidateOrder.js';
import { readChannableAddress, type ChannableAddress } from '../_internal/readChannableAddress.js';
import { readChannableProducts } from '../_internal/readChannableProducts.js';
import { readCurrencyCode } from '../_internal/readCurrencyCode.js';
import { writeChannelRef } from '../_internal/writeChannelRef.js';
import { writeOrderTotals } from '../_internal/writeOrderTotals.js';
import type { ChannelOrderReading, WithheldOrderPart } from './mappedOrder.js';

/** What {@link fromChannableOrder} needs besides the payload. */
export interface FromChannableOrderContext {
  /** The seller the order belongs to. */
  readonly tenantId: string;
  /**
   * `channelRef.channel`, `'channable'` (the profile's code) by default. Orders are
   * deduplicated on (tenant, channel, `channel_id`).
   */
  readonly channel?: string;
}

/**
 * The `status_shipped` at which the order waits for a confirmation (the profile's
 * `needs_acceptance`), and the `status_paid` at which it is not paid yet (the profile's note:
 * payment pending): the statuses at which the marketplace may withhold the address.
 */
const withholdingShipmentStatus = 'awaiting_confirmation';
const withholdingPaymentStatus = 'not_paid';

/** The status, in `status_shipped` or `status_paid`, of a cancelled order. */
const cancelledStatus = 'cancelled';

/** An amount as a positive one (a discount may come with a sign). */
function positive(amount: Money | undefined): Money | undefined {
  if (amount === undefined) return undefined;
  return isNegativeMoney(amount) ? negateMoney(amount) : amount;
}

/** The words given, joined by one space; undefined when none is. */
function join(...parts: (string | undefined)[]): string | undefined {
  const joined = parts.filter((part) => part !== undefined).join(' ');
  return joined === '' ? undefined : joined;
}

/** The buyer: `data.customer`, completed by the billing then the shipping address. */
function readBuyer(
  reader: PayloadReader,
  data: JsonRecord,
  contacts: readonly (ChannableAddress | undefined)[],
): Buyer {
  const customer = reader.record(data, 'customer', 'data.customer', false);
  const field = (key: string) =>
    customer === undefined
      ? undefined
      : reader.text(customer, key, `data.customer.${key}`, {
          numbers: key === 'customer_channel_id',
        });
  const name = join(field('first_name'), field('middle_name'), field('last_name'));
  const candidate = {
    name: (name ?? contacts.find((c) => c?.name)?.name)?.slice(0, 200),
    email: field('email') ?? contacts.find((c) => c?.email)?.email,
    phone: (field('phone') ?? field('mobile') ?? contacts.find((c) => c?.phone)?.phone)?.slice(
      0,
      40,
    ),
    customerRef: field('customer_channel_id'),
    vatNumber: contacts[0]?.vatNumber,
  };
  const isBusiness = customer !== undefined && reader.flag(customer, 'business_order') === true;
  return keepValidBuyerFields(candidate, isBusiness ? { isBusiness } : {});
}

function mapChannableOrder(
  { reader, json, text }: PayloadObject,
  context: FromChannableOrderContext,
  channel: string,
): Result<ChannelOrderReading, readonly ChannelPayloadIssue[]> {
  const orderRef = text('channel_id', true);
  const channelStatus = text('status_shipped');
  const placedAt = text('created');
  const paymentStatus = reader.text(json, 'status_paid', 'status_paid');
  const marketplace = reader.text(json, 'channel_name', 'channel_name')?.toLowerCase();
  const obfuscated = reader.flag(json, 'obfuscated') === true;
  const data = reader.record(json, 'data', 'data', true);
  const fulfillments = reader.array(json, 'fulfillments', 'fulfillments', false) ?? [];
  if (data === undefined) return err(reader.issues);
  const price = reader.record(data, 'price', 'data.price', true);
  const products = reader.array(data, 'products', 'data.products', true);
  if (price === undefined || products === undefined) return err(reader.issues);
  const currency = readCurrencyCode(reader, price, 'currency', 'data.price.currency');
  if (currency === undefined) return err(reader.issues);
  const cancelled = channelStatus === cancelledStatus || paymentStatus === cancelledStatus;
  const found = readChannableProducts(reader, products, fulfillments, currency, cancelled);
  const zero = zeroMoney(currency);
  const money = (key: string, fallback?: Money) =>
    reader.money(price, key, `data.price.${key}`, currency, fallback ? { fallback } : {});
  const shipping = money('shipping', sumMoney(found.shippings, currency));
  const fee = money('transaction_fee', zero);
  const discount = positive(money('discount', sumMoney(found.discounts, currency)));
  const total = money('total');
  const withholding =
    channelStatus === withholdingShipmentStatus || paymentStatus === withholdingPaymentStatus;
  const hidden = obfuscated || reader.blank(data, 'shipping');
  const withheld = withholding && hidden;
  if (obfuscated && !withheld)
    reader.report('obfuscated', 'order with its personal data', true, 'true');
  const address = (key: string) => {
    const path = `data.${key}`;
    if (obfuscated || reader.blank(data, key)) return undefined;
    const source = reader.record(data, key, path, false, 'address');
    return source === undefined ? undefined : readChannableAddress(reader, source, path);
  };
  const delivery = withheld ? undefined : address('shipping');
  if (!withheld && !obfuscated && reader.blank(data, 'shipping'))
    reader.report('data.shipping', 'shipping address', reader.get(data, 'shipping'));
  const billing = address('billing');
  const buyer = obfuscated ? {} : readBuyer(reader, data, [billing, delivery]);
  const extra = reader.record(data, 'extra', 'data.extra', false);
  const testOrder = extra !== undefined && reader.flag(extra, 'is_test_order') === true;
  if (reader.issues.length > 0) return err(reader.issues);
  if (orderRef === undefined || channelStatus === undefined || placedAt === undefined)
    return err(reader.issues);
  if (shipping === undefined || fee === undefined || discount === undefined)
    return err(reader.issues);
  if (total === undefined) return err(reader.issues);
  const shippingTax =
    found.shippingTaxes.length === 0 ? undefined : sumMoney(found.shippingTaxes, currency);
  const lineTaxes = sumMoney(
    found.taxes.filter((tax) => tax !== undefined),
    currency,
  );
  const candidate = {
    orderId: orderRef,
    tenantId: context.tenantId,
    channelRef: writeChannelRef(channel, orderRef, marketplace),
    placedAt,
    currency,
    buyer,
    ...(billing === undefined ? {} : { billingAddress: billing.address }),
    lines: found.lines,
    totals: writeOrderTotals({
      pricesIncludeTax: true,
      products: sumMoney(found.amounts, currency),
      shipping: addMoney(shipping, fee),
      shippingTax,
      tax: shippingTax === undefined ? lineTaxes : addMoney(lineTaxes, shippingTax),
      discount,
      grandTotal: total,
    }),
    ...(testOrder ? { tags: ['test_order'] } : {}),
  };
  const known = buyer.name !== undefined || buyer.email !== undefined;
  const parts: WithheldOrderPart[] = known ? ['shippingAddress'] : ['shippingAddress', 'buyer'];
  return readCandidateOrder(candidate, {
    channelStatus,
    lineStatuses: found.lineStatuses,
    shippingAddress: delivery?.address,
    withheld: withheld ? parts : undefined,
  });
}

/**
 * Maps a Channable order (one element of `orders[]` of `GET /v2/companies/{company_id}/
 * projects/{project_id}/orders`, a `ChannableAPIOrder`) to the canonical order, with its
 * `status_shipped` and each line's fulfilment statuses; or, while the marketplace withholds
 * the shipping address, to a pending order. Never throws, whatever the input.
 *
 * - `orderId` and `channelRef.channelOrderRef` are `channel_id`, the marketplace's order
 *   reference (the engine assigns its own id at capture). `channelRef` is `{ channel,
 *   channelOrderRef, marketplace }` with `channel` from the context (`'channable'` by default)
 *   and `marketplace` the `channel_name` in lower case (`bol`, `mirakl_conforama`); absent
 *   without one. Two marketplaces using the same order reference would collide: give them
 *   their own `channel` codes. Channable's own `id` is not kept.
 * - `placedAt` is `created`; `currency` is `data.price.currency`.
 * - Lines come from `data.products[]`: `lineId` is `channable_order_item_id` (the id of
 *   Channable's `order_item_ids`), else `id`; `sku` is `id`, `title` is `title` (else `id`).
 *   `price` is the price of ONE unit (`unitPrice`): `lineTotal` = `price × quantity`.
 *   `price_tax` is taken as the tax in that unit price (inferred): `tax` = `price_tax ×
 *   quantity`, absent without `price_tax`. `discount` is the line's discount, as a positive
 *   amount. Amounts are JSON numbers or decimal strings, read exactly.
 * - Line statuses come from `fulfillments[]`: a fulfillment names its product by `item_id`
 *   (the order item id, else a product `id` met once; another is an issue). The units of
 *   `cancelled` fulfillments are the line's `quantities.cancelled` (more than ordered is an
 *   issue); when `status_shipped` or `status_paid` is `cancelled` every unit is cancelled. A
 *   line's status is its fulfillments' distinct statuses joined by `, ` (`shipped, cancelled`);
 *   a line without fulfillment has none. Shipments and their tracking codes (several per
 *   order) are not read: quantities are in the initial form.
 * - Totals, tax included (the profile's assumption): `products` = Σ `price × quantity`,
 *   `shipping` = `data.price.shipping` (else Σ product `shipping`) + `transaction_fee` (charged
 *   to the buyer: `total` = products + shipping + fees), `shippingTax` = Σ product
 *   `shipping_tax` (absent when no product gives one), `tax` = Σ line taxes + `shippingTax`
 *   (0 when Channable gives no tax), `discount` = `data.price.discount` (else Σ product
 *   discounts), positive, `grandTotal` and `paid` = `data.price.total`; `taxRounding: 'line'`.
 *   `commission` (the marketplace's) is not the buyer's and is not read.
 * - Addresses: `data.shipping` and `data.billing`; `first_name`, `middle_name`, `last_name` →
 *   `name`; `address1`, else `street` + `house_number` + `house_number_ext` → `line1`;
 *   `address2` → `line2`, `address_supplement` → `line3`; `zip_code`, `city`, `region_code`
 *   (else `region`), `phone`, `email`; `country_code` in upper case (alpha-2 assumed; an EU
 *   alpha-3 code is converted, another value is an issue). `pickup_point_name` is not read.
 * - Withheld: at `status_shipped` `awaiting_confirmation` or `status_paid` `not_paid`, a
 *   missing, `null` or empty `data.shipping`, or an `obfuscated` order, gives `kind:
 *   'pending'` with `withheld: ['shippingAddress']` (plus `'buyer'` when no name or e-mail is
 *   known). At any other status a missing address is an issue on `data.shipping`, and an
 *   `obfuscated: true` order (personal data removed) an issue on `obfuscated`.
 * - Buyer: `data.customer` names, `email`, `phone` (else `mobile`), `customer_channel_id` as
 *   `customerRef`, `business_order` as `isBusiness`; missing parts come from the billing, then
 *   the shipping address; the billing `vat_number` as `vatNumber` (left out when malformed).
 *   `data.extra.is_test_order` adds the tag `test_order`.
 *
 * @param json - one Channable order as parsed JSON (untrusted)
 * @param context - the tenant, and optionally the channel code
 * @returns the mapped or pending order, or the payload's `channel/payload_invalid` issues, or,
 *   when the payload reads but the order it makes is not valid, the `order/*` issues of
 *   `parseOrder`
 * @example
 * ```ts
 * const read = fromChannableOrder(order, { tenantId: 'shop-1' });
 * if (read.ok && read.value.kind === 'order') {
 *   const ingested = await oms.ingest('channable', read.value.order);
 *   if (ingested.ok) {
 *     const { tenantId, orderId } = ingested.value.state;
 *     await oms.syncChannelStatus({ tenantId, orderId }, 'channable', read.value.channelStatus);
 *   }
 * }
 * ```
 */
export function fromChannableOrder(
  json: unknown,
  context: FromChannableOrderContext,
): Result<ChannelOrderReading, readonly ChannelPayloadIssue[]> {
  const channel = context.channel ?? channableProfile.code;
  return guardObjectMapper(channel, json, (payload) =>
    mapChannableOrder(payload, context, channel),
  );
}
