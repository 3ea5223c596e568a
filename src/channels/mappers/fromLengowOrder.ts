import {
  addMoney,
  isNegativeMoney,
  subtractMoney,
  sumMoney,
  zeroMoney,
  type CurrencyCode,
  type Money,
} from '../../money/index.js';
import type { Buyer } from '../../order/index.js';
import { err, type Result } from '../../result/index.js';
import type { ChannelPayloadIssue } from '../errors.js';
import { guardObjectMapper, type PayloadObject } from '../_internal/guardObjectMapper.js';
import { keepValidBuyerFields } from '../_internal/keepValidBuyerFields.js';
import { isRecord, type JsonRecord, type PayloadReader } from '../_internal/payloadReader.js';
import { readCandidateOrder } from '../_internal/readCandidateOrder.js';
import { readCurrencyCode } from '../_internal/readCurrencyCode.js';
import { readLengowAddress, type LengowAddress } from '../_internal/readLengowAddress.js';
import { readLengowPackages } from '../_internal/readLengowPackages.js';
import { writeOrderTotals } from '../_internal/writeOrderTotals.js';
import type { ChannelOrderReading, WithheldOrderPart } from './mappedOrder.js';

/** What {@link fromLengowOrder} needs besides the payload. */
export interface FromLengowOrderContext {
  /** The seller the order belongs to. */
  readonly tenantId: string;
}

const channel = 'lengow';

/** The buyer, from the billing address (else the delivery's), its contacts and `order_types`. */
function readBuyer(
  reader: PayloadReader,
  payload: JsonRecord,
  contact: LengowAddress | undefined,
): Buyer {
  const types = reader.array(payload, 'order_types', 'order_types', false) ?? [];
  const isBusiness = types.some((t) => isRecord(t) && reader.get(t, 'type') === 'is_business');
  const candidate = {
    name: contact?.name?.slice(0, 200),
    email: contact?.email,
    phone: contact?.phone?.slice(0, 40),
    vatNumber: contact?.vatNumber,
  };
  return keepValidBuyerFields(candidate, isBusiness ? { isBusiness } : {});
}

function readCurrency(reader: PayloadReader, payload: JsonRecord): CurrencyCode | undefined {
  const currency = reader.record(payload, 'currency', 'currency', true);
  if (currency === undefined) return undefined;
  return readCurrencyCode(reader, currency, 'iso_a3', 'currency.iso_a3');
}

/**
 * The tax on shipping: Lengow states only the order's tax, so it is what `total_tax` leaves
 * after the lines' taxes, when every line gives its tax and the rest is not negative.
 */
function readShippingTax(
  totalTax: Money,
  lineTaxes: readonly (Money | undefined)[],
): Money | undefined {
  const known = lineTaxes.filter((tax) => tax !== undefined);
  if (known.length !== lineTaxes.length) return undefined;
  const rest = subtractMoney(totalTax, sumMoney(known, totalTax.currency));
  return isNegativeMoney(rest) ? undefined : rest;
}

/** The status at which some marketplaces behind Lengow hide the delivery address. */
const withholdingStatus = 'waiting_acceptance';

function mapLengowOrder(
  { reader, json, text }: PayloadObject,
  context: FromLengowOrderContext,
): Result<ChannelOrderReading, readonly ChannelPayloadIssue[]> {
  const orderRef = text('marketplace_order_id', true);
  const marketplace = text('marketplace');
  const channelStatus = text('lengow_status');
  const placedAt = text('marketplace_order_date');
  const currency = readCurrency(reader, json);
  const packages = reader.array(json, 'packages', 'packages', true);
  if (currency === undefined || packages === undefined) return err(reader.issues);
  const zero = zeroMoney(currency);
  const totalOrder = reader.money(json, 'total_order', 'total_order', currency);
  const totalTax = reader.money(json, 'total_tax', 'total_tax', currency, { fallback: zero });
  const shipping = reader.money(json, 'shipping', 'shipping', currency, { fallback: zero });
  const fee = reader.money(json, 'processing_fee', 'processing_fee', currency, { fallback: zero });
  const first = packages[0];
  // Missing, null or empty before acceptance: the marketplace withholds it for now.
  const withheld =
    channelStatus === withholdingStatus && isRecord(first) && reader.blank(first, 'delivery');
  const found = readLengowPackages(reader, packages, currency, withheld);
  const billingSource = reader.record(json, 'billing_address', 'billing_address', false);
  const billing =
    billingSource === undefined
      ? undefined
      : readLengowAddress(reader, billingSource, 'billing_address');
  const comments = reader.text(json, 'comments', 'comments');
  const buyer = readBuyer(reader, json, billing ?? found.delivery);
  if (reader.issues.length > 0) return err(reader.issues);
  if (orderRef === undefined || marketplace === undefined || channelStatus === undefined)
    return err(reader.issues);
  if (placedAt === undefined || totalOrder === undefined || totalTax === undefined)
    return err(reader.issues);
  if (shipping === undefined || fee === undefined) return err(reader.issues);
  const shippingTax = readShippingTax(totalTax, found.taxes);
  const candidate = {
    orderId: orderRef,
    tenantId: context.tenantId,
    channelRef: { channel, channelOrderRef: orderRef, marketplace },
    placedAt,
    currency,
    buyer,
    ...(billing === undefined ? {} : { billingAddress: billing.address }),
    lines: found.lines,
    totals: writeOrderTotals({
      pricesIncludeTax: true,
      products: sumMoney(found.amounts, currency),
      // The processing fee is charged to the buyer beside shipping: it is counted with it.
      shipping: addMoney(shipping, fee),
      shippingTax,
      tax: totalTax,
      discount: zero,
      grandTotal: totalOrder,
    }),
    ...(comments === undefined ? {} : { notes: [comments.slice(0, 2000)] }),
  };
  // Without a billing address either, nothing tells who the buyer is.
  const parts: WithheldOrderPart[] =
    billing === undefined ? ['shippingAddress', 'buyer'] : ['shippingAddress'];
  if (!withheld && found.delivery === undefined) return err(reader.issues);
  return readCandidateOrder(candidate, {
    channelStatus,
    lineStatuses: found.lineStatuses,
    shippingAddress: found.delivery?.address,
    withheld: withheld ? parts : undefined,
  });
}

/**
 * Maps a Lengow order (one result of `GET /v3.0/orders`) to the canonical order, with the
 * Lengow status and each cart line's `marketplace_status`; or, while the marketplace hides the
 * delivery address, to a pending order. Never throws, whatever the input.
 *
 * - `orderId` and `channelRef.channelOrderRef` are `marketplace_order_id`; the engine ignores
 *   `orderId` and assigns its own id at capture. `channelRef` is `{ channel: 'lengow',
 *   channelOrderRef, marketplace }` (`marketplace` is Lengow's code, `amazon_fr`).
 * - Lines come from the `cart[]` of every package; the shipping address is the first
 *   package's `delivery`; a later package with another delivery address is an issue, one
 *   without a delivery ships with the first.
 * - Withheld: some marketplaces behind Lengow hide the delivery address until the order is
 *   accepted. At `lengow_status` `waiting_acceptance`, a missing, `null` or empty
 *   `packages[0].delivery` gives `kind: 'pending'` with `withheld: ['shippingAddress']` (and
 *   `'buyer'` when `billing_address` is missing too); at any other status it is an issue on
 *   `packages[0].delivery`.
 * - A line's `amount` is its line total, tax included (`lineTotal`); `unitPrice` is
 *   `amount / quantity` only when that is exact in the currency's minor units. Amounts are
 *   read exactly (`parseMoney`: a JSON number through its shortest text).
 * - A line whose `marketplace_status` is `canceled`, `cancelled` or `refused` (any case) has
 *   `quantities.cancelled` = its quantity; other quantities are in the initial form.
 * - Totals: `grandTotal` and `paid` = `total_order`, `tax` = `total_tax`, `shipping` =
 *   `shipping` + `processing_fee` (absent or `null` count as 0), `discount` 0 (Lengow gives
 *   none), `products` = Σ line amounts, `pricesIncludeTax: true`, `taxRounding: 'line'`;
 *   `shippingTax` is what `total_tax` leaves after the lines' `tax` (Lengow gives no shipping
 *   tax), when every line gives its tax and the rest is not negative.
 * - The buyer is read from `billing_address` (name, e-mail, phone, VAT number when valid)
 *   and `order_types` (`is_business`); phones are mobile first, then home, then office.
 *
 * @param json - the Lengow order as parsed JSON (untrusted)
 * @param context - the tenant the order belongs to
 * @returns the mapped or pending order, or the payload's `channel/payload_invalid` issues,
 *   or, when the payload reads but the order it makes is not valid, the `order/*` issues of
 *   `parseOrder`
 * @example
 * ```ts
 * const mapped = fromLengowOrder(JSON.parse(body), { tenantId: 'shop-1' });
 * if (!mapped.ok) for (const issue of mapped.error) console.log(formatError(issue, 'fr'));
 * else if (mapped.value.kind === 'pending') {
 *   // Accept the order through Lengow, then read it again once the address is released.
 * } else {
 *   const ingested = await oms.ingest('lengow', mapped.value.order);
 *   if (ingested.ok) {
 *     const { tenantId, orderId } = ingested.value.state;
 *     await oms.syncChannelStatus({ tenantId, orderId }, 'lengow', mapped.value.channelStatus);
 *   }
 * }
 * ```
 */
export function fromLengowOrder(
  json: unknown,
  context: FromLengowOrderContext,
): Result<ChannelOrderReading, readonly ChannelPayloadIssue[]> {
  return guardObjectMapper(channel, json, (payload) => mapLengowOrder(payload, context));
}
