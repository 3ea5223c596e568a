import { z } from 'zod';
import { MoneyJsonSchema } from '../money/index.js';
import { count, identifier, positiveCount, TaxRateSchema, text } from './_internal/fields.js';
import { linePriceMissingParams } from './_internal/customIssues.js';

/**
 * A line's quantities by state (DESIGN.md §3, "line quantities, not line flags"). Each is a
 * cumulative count of units, a safe integer ≥ 0; line and order statuses are derived from them.
 *
 * The relations between them (e.g. `shipped ≤ allocated`) belong to the order lifecycle and
 * are not checked by this schema.
 *
 * @example
 * ```ts
 * // 3 ordered, 1 cancelled by the buyer, 2 reserved and shipped, 1 delivered so far.
 * LineQuantitiesSchema.parse({
 *   ordered: 3, cancelled: 1, allocated: 2, shipped: 2, delivered: 1, returned: 0, refunded: 1,
 * });
 * ```
 */
export const LineQuantitiesSchema = z.strictObject({
  /** Units the buyer ordered, as captured from the channel; it never changes afterwards. */
  ordered: count(),
  /** Units cancelled before shipping (by the buyer, the seller or the channel). */
  cancelled: count(),
  /** Units that received stock in a warehouse (reserved), including those shipped since. */
  allocated: count(),
  /** Units handed over to a carrier. */
  shipped: count(),
  /** Units the carrier reports as delivered to the buyer. */
  delivered: count(),
  /** Units received back from the buyer (after an RMA or a refused delivery). */
  returned: count(),
  /** Units refunded to the buyer, whether cancelled or returned. */
  refunded: count(),
});

/** A line's quantities by state. See {@link LineQuantitiesSchema}. */
export type LineQuantities = z.infer<typeof LineQuantitiesSchema>;

/** One component of a bundle line: what the warehouse picks for one unit of the line. */
export const BundleComponentSchema = z.strictObject({
  /** The component's SKU. */
  sku: identifier(),
  /** Units of this component in one unit of the bundle (at least 1). */
  quantity: positiveCount(),
});

/** One component of a bundle line. See {@link BundleComponentSchema}. */
export type BundleComponent = z.infer<typeof BundleComponentSchema>;

/**
 * One line of an order: an article, its quantities by state and its amounts.
 *
 * Amounts are `MoneyJson` in the order's currency. The price is given as `unitPrice`, as
 * `lineTotal` (`unitPrice × quantities.ordered`, before the line's discount, like Amazon's
 * `ItemPrice`), or both; at least one is required (issue `order/line_price_missing`). Whether
 * they include tax is a property of the order (`totals.pricesIncludeTax`). Optional `tax` is the
 * line's tax amount, `taxRate` its rate (`'0.2'`); `discount` is the part of the order's
 * discount granted on this line, a positive amount (the tax base is `lineTotal − discount`). A
 * bundle line lists its `components`: what the warehouse picks for one unit of the line.
 *
 * @example
 * ```ts
 * OrderLineSchema.parse({
 *   lineId: 'L1', sku: 'MUG-RED', title: 'Red mug',
 *   quantities: { ordered: 2, cancelled: 0, allocated: 0, shipped: 0, delivered: 0, returned: 0, refunded: 0 },
 *   unitPrice: { amount: '9.90', currency: 'EUR' },
 *   taxRate: '0.2',
 * });
 * ```
 */
export const OrderLineSchema = z
  .strictObject({
    /** The line's id, unique within the order (ordokit's, or the channel's line id). */
    lineId: identifier(),
    /** The seller's SKU. */
    sku: identifier(),
    /** The article's title as sold. */
    title: text(500),
    /** The channel's own line reference (e.g. Amazon `OrderItemId`), when it differs. */
    channelLineRef: identifier().exactOptional(),
    /** The line's quantities by state. */
    quantities: LineQuantitiesSchema,
    /** Price of one unit. */
    unitPrice: MoneyJsonSchema.exactOptional(),
    /** Price of the ordered quantity: `unitPrice × quantities.ordered`, before `discount`. */
    lineTotal: MoneyJsonSchema.exactOptional(),
    /** Tax on the line (included in its prices or not, as `totals.pricesIncludeTax` says). */
    tax: MoneyJsonSchema.exactOptional(),
    /** Tax rate of the line, a fraction: `'0.2'` for 20 %. */
    taxRate: TaxRateSchema.exactOptional(),
    /** Discount granted on this line, a positive amount (part of `totals.discount`). */
    discount: MoneyJsonSchema.exactOptional(),
    /** For a bundle: the components picked for one unit of the line. */
    components: z.array(BundleComponentSchema).min(1).max(100).exactOptional(),
  })
  .superRefine((line, ctx) => {
    if (line.unitPrice === undefined && line.lineTotal === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'order/line_price_missing',
        params: linePriceMissingParams(line.lineId),
      });
    }
  });

/** One line of an order. See {@link OrderLineSchema}. */
export type OrderLine = z.infer<typeof OrderLineSchema>;
