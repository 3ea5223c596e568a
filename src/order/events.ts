import { z } from 'zod';
import { MoneyJsonSchema } from '../money/index.js';
import { identifier, instant, positiveCount, count, slugCode, text } from './_internal/fields.js';
import {
  ActorSchema,
  CancelReasonSchema,
  CancelRequesterSchema,
  ErpDocumentKindSchema,
  HoldReasonSchema,
  HoldScopeSchema,
  InspectionOutcomeSchema,
  LineAllocationSchema,
  LineQuantitySchema,
  LineReallocationSchema,
  RefusalReasonSchema,
} from './eventFields.js';
import { ParcelCarrierSchema, ParcelTrackingSchema } from './parcelSchema.js';
import { RmaLineSchema, RmaResolutionSchema } from './rmaSchema.js';
import { OrderSchema } from './schema.js';
import { ParcelStatusSchema } from './_internal/parcelStatusSchema.js';

/** The fields every order event carries besides `type` and `data`. */
const envelope = {
  /** The order the event belongs to. */
  orderId: identifier(),
  /** Position in the order's history: 1-based, consecutive (event n has seq n). */
  seq: positiveCount(),
  /** When it happened: ISO 8601 instant from the host's Clock. */
  at: instant(),
  /** Who caused it. */
  actor: ActorSchema,
  /** The actor's short free-text note (an operator's comment), never an identity. */
  reason: text(500).exactOptional(),
};

function defineEvent<const T extends string, D extends z.ZodType>(type: T, data: D) {
  return z.strictObject({ type: z.literal(type), ...envelope, data });
}

const lineList = z.array(LineQuantitySchema).min(1).max(1000);
const empty = z.strictObject({});

/** A refunded amount on one line: units settled (0 for an amount-only refund) and money. */
export const RefundLineSchema = z.strictObject({
  /** The order line. */
  lineId: identifier(),
  /** Units whose price is refunded (0 for a goodwill amount without units). */
  quantity: count(),
  /** The amount refunded on this line, ≥ 0, in the order's currency. */
  amount: MoneyJsonSchema,
});

/** A refunded amount on one line. See {@link RefundLineSchema}. */
export type RefundLine = z.infer<typeof RefundLineSchema>;

/**
 * The order events: past-tense facts with the envelope `{ type, orderId, seq, at, actor,
 * reason?, data }`. The order's state is the fold of its events (`replay`). See
 * docs/lifecycle.md for each event's meaning and the state it leads to.
 */
export const orderEventSchemas = {
  'order.captured': defineEvent(
    'order.captured',
    z.strictObject({ order: OrderSchema, needsAcceptance: z.boolean() }),
  ),
  'order.accepted': defineEvent('order.accepted', empty),
  'order.refused': defineEvent(
    'order.refused',
    z.strictObject({ reasonCode: RefusalReasonSchema }),
  ),
  'order.preparation_started': defineEvent(
    'order.preparation_started',
    z.strictObject({ warehouseId: identifier().exactOptional() }),
  ),
  'order.lines_allocated': defineEvent(
    'order.lines_allocated',
    z.strictObject({ lines: z.array(LineAllocationSchema).min(1).max(1000) }),
  ),
  'order.lines_reallocated': defineEvent(
    'order.lines_reallocated',
    z.strictObject({ lines: z.array(LineReallocationSchema).min(1).max(1000) }),
  ),
  'parcel.created': defineEvent(
    'parcel.created',
    z.strictObject({
      parcelId: identifier(),
      lines: lineList,
      warehouseId: identifier().exactOptional(),
      carrier: ParcelCarrierSchema.exactOptional(),
    }),
  ),
  'parcel.shipped': defineEvent(
    'parcel.shipped',
    z.strictObject({
      parcelId: identifier(),
      carrier: ParcelCarrierSchema,
      tracking: ParcelTrackingSchema,
    }),
  ),
  'parcel.tracking_updated': defineEvent(
    'parcel.tracking_updated',
    z.strictObject({
      parcelId: identifier(),
      status: ParcelStatusSchema,
      carrierStatus: text(200).exactOptional(),
      incident: text(500).exactOptional(),
    }),
  ),
  'parcel.delivered': defineEvent('parcel.delivered', z.strictObject({ parcelId: identifier() })),
  'order.lines_cancelled': defineEvent(
    'order.lines_cancelled',
    z.strictObject({
      lines: lineList,
      requestedBy: CancelRequesterSchema,
      reasonCode: CancelReasonSchema,
    }),
  ),
  'return.requested': defineEvent(
    'return.requested',
    z.strictObject({ rmaId: identifier(), lines: z.array(RmaLineSchema).min(1).max(1000) }),
  ),
  'return.approved': defineEvent('return.approved', z.strictObject({ rmaId: identifier() })),
  'return.refused': defineEvent('return.refused', z.strictObject({ rmaId: identifier() })),
  'return.label_issued': defineEvent(
    'return.label_issued',
    z.strictObject({ rmaId: identifier(), tracking: ParcelTrackingSchema.exactOptional() }),
  ),
  'return.received': defineEvent(
    'return.received',
    z.strictObject({ rmaId: identifier(), lines: lineList }),
  ),
  'return.inspected': defineEvent(
    'return.inspected',
    z.strictObject({ rmaId: identifier(), outcome: InspectionOutcomeSchema }),
  ),
  'return.resolved': defineEvent(
    'return.resolved',
    z.strictObject({ rmaId: identifier(), resolution: RmaResolutionSchema }),
  ),
  'return.closed': defineEvent('return.closed', z.strictObject({ rmaId: identifier() })),
  'refund.issued': defineEvent(
    'refund.issued',
    z.strictObject({
      refundId: identifier(),
      amount: MoneyJsonSchema,
      lines: z.array(RefundLineSchema).max(1000),
      shipping: MoneyJsonSchema.exactOptional(),
    }),
  ),
  'order.closed': defineEvent('order.closed', empty),
  'hold.placed': defineEvent(
    'hold.placed',
    z.strictObject({
      holdId: identifier(),
      reasonCode: HoldReasonSchema,
      scope: HoldScopeSchema,
      note: text(2000).exactOptional(),
      nextAction: text(500).exactOptional(),
    }),
  ),
  'hold.released': defineEvent('hold.released', z.strictObject({ holdId: identifier() })),
  'note.added': defineEvent('note.added', z.strictObject({ text: text(2000) })),
  'erp.document_linked': defineEvent(
    'erp.document_linked',
    z.strictObject({ kind: ErpDocumentKindSchema, number: identifier() }),
  ),
  'channel.status_observed': defineEvent(
    'channel.status_observed',
    z.strictObject({ channel: slugCode(), status: text(200) }),
  ),
} as const;

type EventSchemas = typeof orderEventSchemas;

/** Every order event type, in lifecycle order. */
export const orderEventTypes = Object.keys(orderEventSchemas) as readonly (keyof EventSchemas)[];

/** The type of an order event: `'order.captured'`, `'parcel.shipped'`… */
export type OrderEventType = keyof EventSchemas;

/**
 * The zod schema of every order event, discriminated by `type`. Use `parseOrderEvent` to read
 * stored or received events: it returns typed issues instead of zod errors.
 */
export const OrderEventSchema = z.discriminatedUnion(
  'type',
  Object.values(orderEventSchemas) as unknown as [
    EventSchemas[OrderEventType],
    ...EventSchemas[OrderEventType][],
  ],
);

/** Every order event type's event shape, by type. */
type EventsByType = { [T in OrderEventType]: z.infer<EventSchemas[T]> };

/** One order event of the given type. */
export type OrderEventOf<T extends OrderEventType> = EventsByType[T];

/** An order event: a past-tense fact with its envelope. See {@link OrderEventSchema}. */
export type OrderEvent = EventsByType[OrderEventType];

/** `order.captured`: the order entered ordokit (quantities all 0 except `ordered`). */
export type OrderCapturedEvent = OrderEventOf<'order.captured'>;
/** `order.accepted`: the seller accepted the order. */
export type OrderAcceptedEvent = OrderEventOf<'order.accepted'>;
/** `order.refused`: the seller refused the order (final). */
export type OrderRefusedEvent = OrderEventOf<'order.refused'>;
/** `order.preparation_started`: the warehouse started preparing the order. */
export type OrderPreparationStartedEvent = OrderEventOf<'order.preparation_started'>;
/** `order.lines_allocated`: units reserved in a warehouse. */
export type OrderLinesAllocatedEvent = OrderEventOf<'order.lines_allocated'>;
/** `order.lines_reallocated`: allocated units moved to another warehouse (quantities unchanged). */
export type OrderLinesReallocatedEvent = OrderEventOf<'order.lines_reallocated'>;
/** `parcel.created`: allocated units packed into a parcel. */
export type ParcelCreatedEvent = OrderEventOf<'parcel.created'>;
/** `parcel.shipped`: a parcel handed over to its carrier, with its tracking. */
export type ParcelShippedEvent = OrderEventOf<'parcel.shipped'>;
/** `parcel.tracking_updated`: the carrier reported a new tracking status. */
export type ParcelTrackingUpdatedEvent = OrderEventOf<'parcel.tracking_updated'>;
/** `parcel.delivered`: a parcel reached the buyer; its units count as delivered. */
export type ParcelDeliveredEvent = OrderEventOf<'parcel.delivered'>;
/** `order.lines_cancelled`: units cancelled before shipment. */
export type OrderLinesCancelledEvent = OrderEventOf<'order.lines_cancelled'>;
/** `return.requested`: the buyer asked to return units. */
export type ReturnRequestedEvent = OrderEventOf<'return.requested'>;
/** `return.approved`: the seller accepted a return request. */
export type ReturnApprovedEvent = OrderEventOf<'return.approved'>;
/** `return.refused`: the seller refused a return request. */
export type ReturnRefusedEvent = OrderEventOf<'return.refused'>;
/** `return.label_issued`: return instructions or a prepaid label sent to the buyer. */
export type ReturnLabelIssuedEvent = OrderEventOf<'return.label_issued'>;
/** `return.received`: returned units arrived at the warehouse. */
export type ReturnReceivedEvent = OrderEventOf<'return.received'>;
/** `return.inspected`: the returned goods were inspected. */
export type ReturnInspectedEvent = OrderEventOf<'return.inspected'>;
/** `return.resolved`: the return was settled (refund, exchange, repair, reject). */
export type ReturnResolvedEvent = OrderEventOf<'return.resolved'>;
/** `return.closed`: the return's settlement was carried out. */
export type ReturnClosedEvent = OrderEventOf<'return.closed'>;
/** `refund.issued`: money given back to the buyer. */
export type RefundIssuedEvent = OrderEventOf<'refund.issued'>;
/** `order.closed`: nothing left to do on the order (final). */
export type OrderClosedEvent = OrderEventOf<'order.closed'>;
/** `hold.placed`: automation paused on the order or a line. */
export type HoldPlacedEvent = OrderEventOf<'hold.placed'>;
/** `hold.released`: one hold lifted. */
export type HoldReleasedEvent = OrderEventOf<'hold.released'>;
/** `note.added`: a free note on the order. */
export type NoteAddedEvent = OrderEventOf<'note.added'>;
/** `erp.document_linked`: an ERP document number attached to the order. */
export type ErpDocumentLinkedEvent = OrderEventOf<'erp.document_linked'>;
/** `channel.status_observed`: the channel's own status, as seen. */
export type ChannelStatusObservedEvent = OrderEventOf<'channel.status_observed'>;
