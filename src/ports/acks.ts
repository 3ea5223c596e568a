import { z } from 'zod';
import { ParcelCarrierSchema, ParcelTrackingSchema } from '../order/index.js';

/** An id as the engine stores it: 1 to 128 characters on one line, no surrounding spaces. */
const idText = () =>
  z
    .string()
    .min(1)
    .max(128)
    .regex(/^\S(?:.*\S)?$/);

/**
 * The shape of a {@link PreparationAck}, as the engine checks a WMS's answer before using it
 * (unknown keys are dropped).
 */
export const PreparationAckSchema = z.object({
  warehouseId: idText(),
  reference: z.string().max(200).exactOptional(),
});

/** The shape of a {@link SaleAck}, as the engine checks an ERP's answer before using it. */
export const SaleAckSchema = z.object({
  kind: z.enum(['sale', 'invoice']),
  number: idText(),
});

/** The shape of a {@link LabelAck}, as the engine checks a carrier's answer before using it. */
export const LabelAckSchema = z.object({
  carrier: ParcelCarrierSchema,
  tracking: ParcelTrackingSchema,
});
