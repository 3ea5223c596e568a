import { z } from 'zod';
import { MoneyJsonSchema } from '../money/index.js';
import { identifier, instant, positiveCount } from './_internal/fields.js';

/**
 * The normalised return reasons (domain-facts §7.4). Channel codes map onto them, e.g. Amazon
 * `NO_REASON_GIVEN` and `UNWANTED_ITEM` → `changed_mind`, `APPAREL_TOO_SMALL` →
 * `size_too_small`, `DAMAGED_BY_CARRIER` → `damaged_in_transit`; an unknown code → `other`.
 */
export const returnReasons = [
  'changed_mind',
  'ordered_by_mistake',
  'size_too_small',
  'size_too_large',
  'style_or_colour',
  'not_as_described',
  'incompatible',
  'defective',
  'damaged_in_transit',
  'missing_parts',
  'wrong_item_received',
  'extra_item',
  'late_delivery',
  'better_price',
  'undeliverable',
  'unauthorized_purchase',
  'other',
] as const;

/** A normalised return reason. See {@link returnReasons}. */
export const ReturnReasonSchema = z.enum(returnReasons);

/** A normalised return reason. */
export type ReturnReason = z.infer<typeof ReturnReasonSchema>;

/** How a return is settled. */
export const RmaResolutionSchema = z.enum(['refund', 'exchange', 'repair', 'reject']);

/** How a return is settled: refund, exchange, repair, or reject the return. */
export type RmaResolution = z.infer<typeof RmaResolutionSchema>;

/** Units of one order line the buyer asks to return, and why. */
export const RmaLineSchema = z.strictObject({
  /** The order line (`OrderLine.lineId`). */
  lineId: identifier(),
  /** Units to return (at least 1). */
  quantity: positiveCount(),
  /** The normalised reason. */
  reason: ReturnReasonSchema,
  /** The channel's own reason code, verbatim (`'APPAREL_TOO_SMALL'`), when there is one. */
  channelReason: identifier().exactOptional(),
});

/** Units of one line to return. See {@link RmaLineSchema}. */
export type RmaLine = z.infer<typeof RmaLineSchema>;

/**
 * The canonical shape of a return (RMA): which units of which lines come back, why, and how
 * the return is settled. Only the shape: the return's lifecycle comes with a later module.
 *
 * @example
 * ```ts
 * RmaSchema.parse({
 *   rmaId: 'R1', orderId: 'O1',
 *   lines: [{ lineId: 'L1', quantity: 1, reason: 'size_too_small', channelReason: 'APPAREL_TOO_SMALL' }],
 *   requestedAt: '2025-03-12T08:00:00Z',
 *   resolution: 'refund', refund: { amount: '29.90', currency: 'EUR' },
 * });
 * ```
 */
export const RmaSchema = z.strictObject({
  /** The return's id, unique within the tenant. */
  rmaId: identifier(),
  /** The order the units come from. */
  orderId: identifier(),
  /** The units to return, at least one line. */
  lines: z.array(RmaLineSchema).min(1).max(1000),
  /** When the buyer asked for the return (ISO 8601 with offset or `Z`). */
  requestedAt: instant(),
  /** How the return is settled, once decided. */
  resolution: RmaResolutionSchema.exactOptional(),
  /** The amount refunded, when the resolution is a refund. */
  refund: MoneyJsonSchema.exactOptional(),
});

/** The canonical shape of a return. See {@link RmaSchema}. */
export type Rma = z.infer<typeof RmaSchema>;
