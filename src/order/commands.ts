import { z } from 'zod';
import { MoneyJsonSchema } from '../money/index.js';
import { identifier, instant, slugCode, text } from './_internal/fields.js';
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
import { RefundLineSchema } from './events.js';
import { ParcelCarrierSchema, ParcelTrackingSchema } from './parcelSchema.js';
import { RmaLineSchema, RmaResolutionSchema } from './rmaSchema.js';
import { OrderSchema } from './schema.js';
import { ParcelStatusSchema } from './_internal/parcelStatusSchema.js';

/** The fields every command carries besides `type`. */
const envelope = {
  /** When the command is given: ISO 8601 instant from the host's Clock (copied to the events). */
  at: instant(),
  /** Who gives the command (copied to the events). */
  actor: ActorSchema,
  /** The actor's short note, copied to the events. */
  reason: text(500).exactOptional(),
};

function defineCommand<const T extends string, S extends z.core.$ZodLooseShape>(type: T, shape: S) {
  return z.strictObject({ type: z.literal(type), ...envelope, ...shape });
}

const lineList = z.array(LineQuantitySchema).min(1).max(1000);

/**
 * The commands of the order aggregate, by type. Each mirrors the events it leads to; ids
 * (`parcelId`, `rmaId`, `holdId`, `refundId`) are chosen by the host's IdGenerator.
 */
export const orderCommandSchemas = {
  capture: defineCommand('capture', { order: OrderSchema, needsAcceptance: z.boolean() }),
  accept: defineCommand('accept', {}),
  refuse: defineCommand('refuse', { reasonCode: RefusalReasonSchema }),
  startPreparation: defineCommand('startPreparation', {
    warehouseId: identifier().exactOptional(),
  }),
  allocateLines: defineCommand('allocateLines', {
    lines: z.array(LineAllocationSchema).min(1).max(1000),
  }),
  reallocateLines: defineCommand('reallocateLines', {
    lines: z.array(LineReallocationSchema).min(1).max(1000),
  }),
  createParcel: defineCommand('createParcel', {
    parcelId: identifier(),
    lines: lineList,
    warehouseId: identifier().exactOptional(),
    carrier: ParcelCarrierSchema.exactOptional(),
  }),
  shipParcel: defineCommand('shipParcel', {
    parcelId: identifier(),
    carrier: ParcelCarrierSchema.exactOptional(),
    tracking: ParcelTrackingSchema.exactOptional(),
  }),
  updateTracking: defineCommand('updateTracking', {
    parcelId: identifier(),
    status: ParcelStatusSchema,
    carrierStatus: text(200).exactOptional(),
    incident: text(500).exactOptional(),
  }),
  deliverParcel: defineCommand('deliverParcel', { parcelId: identifier() }),
  cancelLines: defineCommand('cancelLines', {
    lines: lineList,
    requestedBy: CancelRequesterSchema,
    reasonCode: CancelReasonSchema,
  }),
  requestReturn: defineCommand('requestReturn', {
    rmaId: identifier(),
    lines: z.array(RmaLineSchema).min(1).max(1000),
  }),
  approveReturn: defineCommand('approveReturn', { rmaId: identifier() }),
  refuseReturn: defineCommand('refuseReturn', { rmaId: identifier() }),
  issueReturnLabel: defineCommand('issueReturnLabel', {
    rmaId: identifier(),
    tracking: ParcelTrackingSchema.exactOptional(),
  }),
  receiveReturn: defineCommand('receiveReturn', { rmaId: identifier(), lines: lineList }),
  inspectReturn: defineCommand('inspectReturn', {
    rmaId: identifier(),
    outcome: InspectionOutcomeSchema,
  }),
  resolveReturn: defineCommand('resolveReturn', {
    rmaId: identifier(),
    resolution: RmaResolutionSchema,
  }),
  closeReturn: defineCommand('closeReturn', { rmaId: identifier() }),
  issueRefund: defineCommand('issueRefund', {
    refundId: identifier(),
    lines: z.array(RefundLineSchema).max(1000),
    shipping: MoneyJsonSchema.exactOptional(),
  }),
  close: defineCommand('close', {}),
  placeHold: defineCommand('placeHold', {
    holdId: identifier(),
    reasonCode: HoldReasonSchema,
    scope: HoldScopeSchema,
    note: text(2000).exactOptional(),
    nextAction: text(500).exactOptional(),
  }),
  releaseHold: defineCommand('releaseHold', { holdId: identifier() }),
  addNote: defineCommand('addNote', { text: text(2000) }),
  linkErpDocument: defineCommand('linkErpDocument', {
    kind: ErpDocumentKindSchema,
    number: identifier(),
  }),
  observeChannelStatus: defineCommand('observeChannelStatus', {
    channel: slugCode(),
    status: text(200),
  }),
} as const;

type CommandSchemas = typeof orderCommandSchemas;

/** The type of an order command: `'capture'`, `'shipParcel'`… */
export type OrderCommandType = keyof CommandSchemas;

/** Every order command type. */
export const orderCommandTypes = Object.keys(
  orderCommandSchemas,
) as readonly (keyof CommandSchemas)[];

/**
 * The zod schema of every order command, discriminated by `type`. Use `parseOrderCommand` to
 * read commands from untrusted input: it returns typed issues instead of zod errors.
 */
export const OrderCommandSchema = z.discriminatedUnion(
  'type',
  Object.values(orderCommandSchemas) as unknown as [
    CommandSchemas[OrderCommandType],
    ...CommandSchemas[OrderCommandType][],
  ],
);

/** Every command type's command shape, by type. */
type CommandsByType = { [T in OrderCommandType]: z.infer<CommandSchemas[T]> };

/** One order command of the given type. */
export type OrderCommandOf<T extends OrderCommandType> = CommandsByType[T];

/**
 * A command to the order aggregate: `{ type, at, actor, reason?, …fields }`. `decide` checks
 * it against the state and returns the events it causes, or a typed error.
 *
 * @example
 * ```ts
 * const command: OrderCommand = {
 *   type: 'shipParcel', at: '2025-03-02T15:00:00Z', actor: { kind: 'wms', id: 'wms-1' },
 *   parcelId: 'P1', tracking: { number: '6A12345678901', carrierCode: 'colissimo' },
 * };
 * ```
 */
export type OrderCommand = CommandsByType[OrderCommandType];
