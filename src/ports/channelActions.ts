import { z } from 'zod';
import { MoneyJsonSchema } from '../money/index.js';
import {
  ChannelRefSchema,
  ParcelCarrierSchema,
  ParcelLineSchema,
  ParcelTrackingSchema,
} from '../order/index.js';

const id = () => z.string().min(1).max(128);
const reason = () => z.string().min(1).max(500);
const lines = () => z.array(ParcelLineSchema).max(1000);

/** One refunded line on the channel: the units refunded and, when known, the amount. */
export const ChannelRefundLineSchema = z.strictObject({
  lineId: id(),
  quantity: z.int().min(1),
  amount: MoneyJsonSchema.exactOptional(),
});

/** One refunded line on the channel. See {@link ChannelRefundLineSchema}. */
export type ChannelRefundLine = z.infer<typeof ChannelRefundLineSchema>;

/**
 * An action ordokit asks a channel to perform, in the unified vocabulary: a channel's
 * `MarketplaceApi.sendAction` translates it into its own call (Lengow's `action_type`, Mirakl's
 * OR21/OR23/OR24/OR29…). `lines` is empty for the whole order; otherwise it lists the units the
 * action covers, for channels that take partial actions (see the profile's `partial`).
 */
export const ChannelActionRequestSchema = z.discriminatedUnion('action', [
  z.strictObject({
    action: z.literal('accept'),
    orderId: id(),
    channelRef: ChannelRefSchema,
    lines: lines(),
  }),
  z.strictObject({
    action: z.literal('refuse'),
    orderId: id(),
    channelRef: ChannelRefSchema,
    lines: lines(),
    reason: reason().exactOptional(),
  }),
  z.strictObject({
    action: z.literal('ship'),
    orderId: id(),
    channelRef: ChannelRefSchema,
    parcelId: id(),
    carrier: ParcelCarrierSchema,
    tracking: ParcelTrackingSchema,
    lines: z.array(ParcelLineSchema).min(1).max(1000),
  }),
  z.strictObject({
    action: z.literal('cancel'),
    orderId: id(),
    channelRef: ChannelRefSchema,
    lines: lines(),
    reason: reason().exactOptional(),
  }),
  z.strictObject({
    action: z.literal('refund'),
    orderId: id(),
    channelRef: ChannelRefSchema,
    lines: z.array(ChannelRefundLineSchema).max(1000),
    shipping: MoneyJsonSchema.exactOptional(),
    reason: reason().exactOptional(),
  }),
  z.strictObject({
    action: z.literal('deliver'),
    orderId: id(),
    channelRef: ChannelRefSchema,
  }),
]);

/** An action asked of a channel. See {@link ChannelActionRequestSchema}. */
export type ChannelActionRequest = z.infer<typeof ChannelActionRequestSchema>;

/** The unified actions a {@link ChannelActionRequest} can carry. */
export type ChannelActionKind = ChannelActionRequest['action'];

/**
 * What a channel answered to an action: `done` when it acted at once, `pending` with a handle
 * when it queued the action (Lengow's action id, a Mirakl import id, a 202's ticket), to be
 * polled with `MarketplaceApi.getActionResult`.
 */
export const ActionReceiptSchema = z.discriminatedUnion('state', [
  z.strictObject({ state: z.literal('done'), detail: z.string().max(2000).exactOptional() }),
  z.strictObject({
    state: z.literal('pending'),
    handle: z.string().min(1).max(500),
    detail: z.string().max(2000).exactOptional(),
  }),
]);

/** A channel's answer to an action. See {@link ActionReceiptSchema}. */
export type ActionReceipt = z.infer<typeof ActionReceiptSchema>;

/**
 * Where a queued action stands: still `pending`, `done`, or `failed` with the channel's words
 * (an asynchronous refusal: wrong tracking number, status changed meanwhile…).
 */
export const ActionResultSchema = z.discriminatedUnion('state', [
  z.strictObject({ state: z.literal('pending') }),
  z.strictObject({ state: z.literal('done'), detail: z.string().max(2000).exactOptional() }),
  z.strictObject({ state: z.literal('failed'), detail: z.string().min(1).max(2000) }),
]);

/** Where a queued action stands. See {@link ActionResultSchema}. */
export type ActionResult = z.infer<typeof ActionResultSchema>;
