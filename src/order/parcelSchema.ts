import { z } from 'zod';
import { identifier, positiveCount, slugCode, trackingNumber } from './_internal/fields.js';

/** Units of one order line packed in a parcel. */
export const ParcelLineSchema = z.strictObject({
  /** The order line (`OrderLine.lineId`). */
  lineId: identifier(),
  /** Units of that line in this parcel (at least 1). */
  quantity: positiveCount(),
});

/** Units of one order line packed in a parcel. See {@link ParcelLineSchema}. */
export type ParcelLine = z.infer<typeof ParcelLineSchema>;

/** The carrier and service chosen for a parcel. */
export const ParcelCarrierSchema = z.strictObject({
  /** The carrier's code, a lower-case slug: `'colissimo'`, `'chronopost'`, `'dhl'`. */
  code: slugCode(),
  /** The carrier's service: `'DOM'`, `'express'`, `'relay'`. */
  service: identifier().exactOptional(),
});

/** The carrier and service of a parcel. See {@link ParcelCarrierSchema}. */
export type ParcelCarrier = z.infer<typeof ParcelCarrierSchema>;

/** The tracking of a parcel, as sent back to the channel and the buyer. */
export const ParcelTrackingSchema = z.strictObject({
  /** The tracking number, as the carrier prints it. */
  number: trackingNumber(),
  /** The carrier's code (same slug as `carrier.code`). */
  carrierCode: slugCode(),
  /** The public tracking page (http or https). */
  url: z
    .url({ protocol: /^https?$/ })
    .max(2048)
    .exactOptional(),
});

/** The tracking of a parcel. See {@link ParcelTrackingSchema}. */
export type ParcelTracking = z.infer<typeof ParcelTrackingSchema>;

/** Outer dimensions of a parcel, in whole millimetres. */
export const ParcelDimensionsSchema = z.strictObject({
  lengthMm: positiveCount(),
  widthMm: positiveCount(),
  heightMm: positiveCount(),
});

/** Outer dimensions of a parcel. See {@link ParcelDimensionsSchema}. */
export type ParcelDimensions = z.infer<typeof ParcelDimensionsSchema>;

/**
 * The canonical shape of a parcel: which units of which lines it holds, where it leaves from,
 * how it travels. Only the shape: the parcel's tracking lifecycle comes with a later module.
 *
 * @example
 * ```ts
 * ParcelSchema.parse({
 *   parcelId: 'P1',
 *   lines: [{ lineId: 'L1', quantity: 2 }],
 *   carrier: { code: 'colissimo', service: 'DOM' },
 *   tracking: { number: '6A12345678901', carrierCode: 'colissimo' },
 *   weightGrams: 850,
 * });
 * ```
 */
export const ParcelSchema = z.strictObject({
  /** The parcel's id, unique within the tenant. */
  parcelId: identifier(),
  /** The units packed, at least one line. */
  lines: z.array(ParcelLineSchema).min(1).max(1000),
  /** The warehouse that ships it. */
  warehouseId: identifier().exactOptional(),
  /** The carrier and service. */
  carrier: ParcelCarrierSchema.exactOptional(),
  /** The tracking number and page, once labelled. */
  tracking: ParcelTrackingSchema.exactOptional(),
  /** Gross weight in grams (at least 1). */
  weightGrams: positiveCount().exactOptional(),
  /** Outer dimensions in millimetres. */
  dimensions: ParcelDimensionsSchema.exactOptional(),
});

/** The canonical shape of a parcel. See {@link ParcelSchema}. */
export type Parcel = z.infer<typeof ParcelSchema>;
