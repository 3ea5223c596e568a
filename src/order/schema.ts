import { z } from 'zod';
import { AddressSchema } from '../address/index.js';
import { CurrencyCodeSchema, MoneyJsonSchema } from '../money/index.js';
import { checkOrderConsistency } from './_internal/checkOrderConsistency.js';
import { identifier, instant, slugCode, text, VatNumberSchema } from './_internal/fields.js';
import { OrderLineSchema } from './lineSchema.js';
import { ParcelSchema } from './parcelSchema.js';

/**
 * Where an order comes from: the channel and the channel's own order reference. With the
 * tenant, `(tenantId, channel, channelOrderRef)` identifies an order across re-imports.
 *
 * @example
 * ```ts
 * ChannelRefSchema.parse({
 *   channel: 'amazon', channelOrderRef: '405-1234567-1234567', marketplace: 'amazon.fr', via: 'lengow',
 * });
 * ```
 */
export const ChannelRefSchema = z.strictObject({
  /** The sales channel, a lower-case slug: `'amazon'`, `'cdiscount'`, `'manomano'`. */
  channel: slugCode(),
  /** The channel's order reference, verbatim. */
  channelOrderRef: identifier(),
  /** The channel's marketplace or storefront, when it has several: `'amazon.fr'`. */
  marketplace: slugCode().exactOptional(),
  /** The feed manager the order came through, if any: `'lengow'`, `'shoppingfeed'`. */
  via: slugCode().exactOptional(),
});

/** Where an order comes from. See {@link ChannelRefSchema}. */
export type ChannelRef = z.infer<typeof ChannelRefSchema>;

/**
 * The buyer as the channel gives it; every field is optional because channels hide some of
 * them (anonymised e-mail relays, no phone).
 */
export const BuyerSchema = z.strictObject({
  /** The buyer's full name. */
  name: text(200).exactOptional(),
  /** The buyer's e-mail (often a channel relay address). */
  email: z.email().max(254).exactOptional(),
  /** The buyer's phone, as given (check it with the address module before use). */
  phone: text(40).exactOptional(),
  /** The buyer's id at the channel or in the seller's CRM. */
  customerRef: identifier().exactOptional(),
  /** True when the buyer is a business (B2B order). */
  isBusiness: z.boolean().exactOptional(),
  /** The buyer's VAT number, upper case without spaces: `'FR40303265045'`. */
  vatNumber: VatNumberSchema.exactOptional(),
});

/** The buyer of an order. See {@link BuyerSchema}. */
export type Buyer = z.infer<typeof BuyerSchema>;

/** How the taxes of an order are rounded: per line, or once per rate over the whole order. */
export const TaxRoundingSchema = z.enum(['line', 'order']);

/** How the taxes of an order are rounded. See {@link TaxRoundingSchema}. */
export type TaxRounding = z.infer<typeof TaxRoundingSchema>;

/**
 * The order's totals as the channel states them, in the order's currency. `validateTotals`
 * checks that they add up (docs/validation.md).
 *
 * With `pricesIncludeTax: false`: `grandTotal = products + shipping + tax − discount`.
 * With `pricesIncludeTax: true`: `grandTotal = products + shipping − discount` (tax included).
 * In both, `tax = Σ line taxes + shippingTax` and `paid = grandTotal`.
 */
export const TotalsSchema = z.strictObject({
  /** Whether line prices and shipping include tax (Mirakl `order_tax_mode: TAX_INCLUDED`). */
  pricesIncludeTax: z.boolean(),
  /** Whether taxes are rounded per line or once per rate over the order. */
  taxRounding: TaxRoundingSchema,
  /** Sum of the line amounts (each line's `lineTotal`, or `unitPrice × ordered`). */
  products: MoneyJsonSchema,
  /** Shipping charged to the buyer. */
  shipping: MoneyJsonSchema,
  /** The part of `tax` due on shipping, when the channel gives it. */
  shippingTax: MoneyJsonSchema.exactOptional(),
  /** All taxes of the order, shipping tax included. */
  tax: MoneyJsonSchema,
  /** All discounts of the order (line and order discounts), a positive amount. */
  discount: MoneyJsonSchema,
  /** What the buyer owes. */
  grandTotal: MoneyJsonSchema,
  /** What the buyer paid. */
  paid: MoneyJsonSchema,
});

/** The order's totals. See {@link TotalsSchema}. */
export type Totals = z.infer<typeof TotalsSchema>;

/**
 * The canonical order: every channel's payload is mapped to this shape. Unknown keys are
 * rejected in every object of the order module; inside amounts and addresses they are dropped
 * (the money and address schemas strip them). Amounts are `MoneyJson`, never numbers.
 *
 * Cross-field rules, checked unless some value has the wrong type: line ids are unique
 * (`order/line_id_duplicate`), every line has a price (`order/line_price_missing`), every
 * amount is in `currency` (`order/currency_mismatch`), parcels name lines of the order
 * (`order/parcel_line_unknown`). Prefer `parseOrder`, which returns typed issues.
 */
export const OrderSchema = z
  .strictObject({
    /** ordokit's id of the order (made by the host's IdGenerator). */
    orderId: identifier(),
    /** The seller the order belongs to. */
    tenantId: identifier(),
    /** The channel and its order reference. */
    channelRef: ChannelRefSchema,
    /** When the buyer placed the order: ISO 8601 with seconds and an offset or `Z`. */
    placedAt: instant(),
    /** The order's currency; every amount of the order is in it. */
    currency: CurrencyCodeSchema,
    /** The buyer. */
    buyer: BuyerSchema,
    /** Where the parcels go. */
    shippingAddress: AddressSchema,
    /** Where the invoice goes, when it differs. */
    billingAddress: AddressSchema.exactOptional(),
    /** The lines, at least one, with unique `lineId`s. */
    lines: z.array(OrderLineSchema).min(1).max(1000),
    /** The totals as the channel states them. */
    totals: TotalsSchema,
    /** The parcels made so far. */
    parcels: z.array(ParcelSchema).max(1000).exactOptional(),
    /** Free notes (gift message, buyer instructions). */
    notes: z.array(text(2000)).max(50).exactOptional(),
    /** Tags for rules and search: `'vip'`, `'gift'`. */
    tags: z.array(identifier()).max(50).exactOptional(),
  })
  .superRefine(checkOrderConsistency);

/** The canonical order. See {@link OrderSchema}. */
export type Order = z.infer<typeof OrderSchema>;
