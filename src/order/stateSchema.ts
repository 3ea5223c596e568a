import { z } from 'zod';
import { MoneyJsonSchema } from '../money/index.js';
import { ParcelStatusSchema } from './_internal/parcelStatusSchema.js';
import { count, identifier, instant, slugCode, text } from './_internal/fields.js';
import {
  ActorSchema,
  ErpDocumentKindSchema,
  HoldReasonSchema,
  HoldScopeSchema,
  InspectionOutcomeSchema,
  LineQuantitySchema,
} from './eventFields.js';
import { ParcelCarrierSchema, ParcelTrackingSchema } from './parcelSchema.js';
import { RmaLineSchema, RmaResolutionSchema } from './rmaSchema.js';
import { rmaStatuses } from '../rma/statuses.js';
import { OrderSchema } from './schema.js';
import { orderStatuses } from './statuses.js';

const HoldSchema = z.strictObject({
  holdId: identifier(),
  reasonCode: HoldReasonSchema,
  scope: HoldScopeSchema,
  note: text(2000).exactOptional(),
  nextAction: text(500).exactOptional(),
  placedBy: ActorSchema,
  placedAt: instant(),
});

const ParcelStateSchema = z.strictObject({
  status: ParcelStatusSchema,
  lines: z.array(LineQuantitySchema).readonly(),
  warehouseId: identifier().exactOptional(),
  carrier: ParcelCarrierSchema.exactOptional(),
  tracking: ParcelTrackingSchema.exactOptional(),
  shippedAt: instant().exactOptional(),
  deliveredAt: instant().exactOptional(),
});

const RmaStateSchema = z.strictObject({
  status: z.enum(rmaStatuses),
  lines: z.array(RmaLineSchema).readonly(),
  received: z.array(LineQuantitySchema).readonly(),
  label: ParcelTrackingSchema.exactOptional(),
  outcome: InspectionOutcomeSchema.exactOptional(),
  resolution: RmaResolutionSchema.exactOptional(),
});

const RefundsStateSchema = z.strictObject({
  total: MoneyJsonSchema,
  shipping: MoneyJsonSchema,
  byLine: z.record(identifier(), MoneyJsonSchema),
  refundIds: z.array(identifier()).readonly(),
});

/**
 * The state of one order as `replay` and `apply` make it (see `OrderState`): what a store
 * keeps as the order's projection. Stores that read states back from outside the process
 * (a database) check them with it; the fields follow the events they come from.
 *
 * @example
 * ```ts
 * const checked = OrderStateSchema.safeParse(JSON.parse(row.state));
 * if (!checked.success) throw new Error('corrupt state');
 * ```
 */
export const OrderStateSchema = z.strictObject({
  orderId: identifier(),
  tenantId: identifier(),
  version: count(),
  status: z.enum(orderStatuses),
  needsAcceptance: z.boolean(),
  order: OrderSchema,
  warehouseId: identifier().exactOptional(),
  parcels: z.record(identifier(), ParcelStateSchema),
  rmas: z.record(identifier(), RmaStateSchema),
  holds: z.array(HoldSchema).readonly(),
  refunds: RefundsStateSchema,
  erpDocuments: z
    .array(
      z.strictObject({ kind: ErpDocumentKindSchema, number: identifier(), linkedAt: instant() }),
    )
    .readonly(),
  notes: z
    .array(z.strictObject({ text: text(2000), at: instant(), actor: ActorSchema }))
    .readonly(),
  channelStatuses: z.record(
    slugCode(),
    z.strictObject({ status: text(200), observedAt: instant() }),
  ),
});
