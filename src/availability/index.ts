/**
 * Availability: the quantity of each SKU (bundles included) a channel may sell, from the
 * stock of the warehouses serving it, less safety buffers that depend on the mode (cruise or
 * peak); recomputed only for the SKUs a stock change touched and the bundles containing them,
 * and returned only where it differs from what the channel was last told.
 */
export type {
  AvailabilityBuffer,
  AvailabilityFigure,
  AvailabilityIndex,
  AvailabilityMode,
  AvailabilityPolicy,
  ChannelAvailabilityRule,
} from './types.js';
export type {
  AvailabilityError,
  AvailabilityPolicyField,
  AvailabilityPolicyInvalid,
  AvailabilityPolicyReason,
} from './errors.js';
export { availabilityMessages } from './messages.js';
export { validateAvailabilityPolicy } from './validateAvailabilityPolicy.js';
export { applyBuffer } from './applyBuffer.js';
export { createAvailabilityIndex } from './createAvailabilityIndex.js';
export { findAffectedSkus } from './findAffectedSkus.js';
export type { AffectedSkus } from './findAffectedSkus.js';
export { listTouchedSkus } from './listTouchedSkus.js';
export { recomputeAvailability } from './recomputeAvailability.js';
export type { RecomputeAvailabilityInput } from './recomputeAvailability.js';
