import { z } from 'zod';
import { identifier, positiveCount } from './_internal/fields.js';

/** The kinds of actor that can cause an order event (who did it, by role). */
export const actorKinds = ['system', 'user', 'channel', 'wms', 'erp', 'carrier', 'rule'] as const;

/** The kind of an actor. See {@link actorKinds}. */
const ActorKindSchema = z.enum(actorKinds);

/**
 * The kind of an actor: `system` (ordokit or the host's automation), `user` (an operator),
 * `channel` (the marketplace), `wms`, `erp`, `carrier`, `rule` (a business rule that fired).
 */
export type ActorKind = z.infer<typeof ActorKindSchema>;

/**
 * Who caused an event: a kind and an id (`{ kind: 'user', id: 'u-42' }`). Only `user` actors
 * are operators: while an order is on hold, the other kinds cannot decide anything.
 */
export const ActorSchema = z.strictObject({
  /** The actor's role. */
  kind: ActorKindSchema,
  /** The actor's id: the user's id, the rule's name, the channel's code… */
  id: identifier(),
});

/** Who caused an event. See {@link ActorSchema}. */
export type Actor = z.infer<typeof ActorSchema>;

/** The reason codes of a hold (why the flow is paused). */
export const holdReasons = [
  'address_incomplete',
  'address_invalid',
  'phone_missing',
  'totals_mismatch',
  'stock_discrepancy',
  'backorder',
  'label_refused',
  'carrier_error',
  'effect_failed',
  'high_value_needs_approval',
  'suspected_fraud',
  'channel_conflict',
  'manual',
] as const;

/** Why an order (or a line) is on hold. See {@link holdReasons}. */
export const HoldReasonSchema = z.enum(holdReasons);

/** Why an order (or a line) is on hold. */
export type HoldReason = z.infer<typeof HoldReasonSchema>;

/** What a hold covers: the whole order, or one line. */
export const HoldScopeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('order') }),
  z.strictObject({ kind: z.literal('line'), lineId: identifier() }),
]);

/** What a hold covers. See {@link HoldScopeSchema}. */
export type HoldScope = z.infer<typeof HoldScopeSchema>;

/** Why an order was refused by the seller. */
export const RefusalReasonSchema = z.enum([
  'out_of_stock',
  'price_error',
  'fraud',
  'cannot_ship',
  'other',
]);

/** Why an order was refused. See {@link RefusalReasonSchema}. */
export type RefusalReason = z.infer<typeof RefusalReasonSchema>;

/** Who asked for a cancellation. */
export const CancelRequesterSchema = z.enum(['buyer', 'seller', 'channel']);

/** Who asked for a cancellation. See {@link CancelRequesterSchema}. */
export type CancelRequester = z.infer<typeof CancelRequesterSchema>;

/** Why units were cancelled. */
export const CancelReasonSchema = z.enum([
  'buyer_request',
  'out_of_stock',
  'channel_cancelled',
  'fraud',
  'address_unserviceable',
  'other',
]);

/** Why units were cancelled. See {@link CancelReasonSchema}. */
export type CancelReason = z.infer<typeof CancelReasonSchema>;

/** What the warehouse does with returned goods after inspection. */
export const InspectionOutcomeSchema = z.enum(['restock', 'repair', 'scrap']);

/** What the warehouse does with returned goods. See {@link InspectionOutcomeSchema}. */
export type InspectionOutcome = z.infer<typeof InspectionOutcomeSchema>;

/** The kinds of ERP document an order links to. */
export const ErpDocumentKindSchema = z.enum(['sale', 'delivery_note', 'invoice', 'credit_note']);

/** The kind of an ERP document. See {@link ErpDocumentKindSchema}. */
export type ErpDocumentKind = z.infer<typeof ErpDocumentKindSchema>;

/** Units of one order line, as moved by an event (cancelled, packed, received back…). */
export const LineQuantitySchema = z.strictObject({
  /** The order line (`OrderLine.lineId`). */
  lineId: identifier(),
  /** Units (at least 1). */
  quantity: positiveCount(),
});

/** Units of one order line. See {@link LineQuantitySchema}. */
export type LineQuantity = z.infer<typeof LineQuantitySchema>;

/** Units of one order line reserved in a warehouse. */
export const LineAllocationSchema = z.strictObject({
  /** The order line. */
  lineId: identifier(),
  /** Units reserved (at least 1). */
  quantity: positiveCount(),
  /** The warehouse holding the stock. */
  warehouseId: identifier(),
});

/** Units of one order line reserved in a warehouse. See {@link LineAllocationSchema}. */
export type LineAllocation = z.infer<typeof LineAllocationSchema>;

/**
 * Units of one order line moved from one warehouse's reservation to another's (a stock count
 * found them missing in the first). The line's quantities do not change.
 */
export const LineReallocationSchema = z.strictObject({
  /** The order line. */
  lineId: identifier(),
  /** Units moved (at least 1). */
  quantity: positiveCount(),
  /** The warehouse the units were reserved in. */
  fromWarehouseId: identifier(),
  /** The warehouse that holds them now (not `fromWarehouseId`). */
  toWarehouseId: identifier(),
});

/** Units of one order line moved to another warehouse. See {@link LineReallocationSchema}. */
export type LineReallocation = z.infer<typeof LineReallocationSchema>;
