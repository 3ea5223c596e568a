import type { AvailabilityBuffer } from './types.js';
import { toUnits } from './_internal/units.js';

/**
 * The units a channel may sell out of a supply, once the buffer is held back:
 * max(0, S − absolute − ⌈S × percent ÷ 100⌉), computed on whole numbers (no float rounding:
 * 10 % of 30 holds back exactly 3). Never more than S, never negative.
 *
 * @param supply - S, the units the channel's warehouses can ship; anything that is not a
 * whole number ≥ 0 counts as its floor, or 0
 * @param buffer - a validated buffer (see `validateAvailabilityPolicy`)
 * @returns the units available to sell
 * @example
 * ```ts
 * applyBuffer(50, { absolute: 2, percent: 10 }); // 50 − 2 − 5 = 43
 * applyBuffer(12, { absolute: 5, percent: 20 }); // 12 − 5 − ⌈2.4⌉ = 4
 * ```
 */
export function applyBuffer(supply: number, buffer: AvailabilityBuffer): number {
  const units = toUnits(supply);
  // percent has at most two decimals: basis points are a whole number 0…10,000 (a percent
  // that is not a number holds everything back).
  const raw = Math.round(buffer.percent * 100);
  const basisPoints = Number.isNaN(raw) ? 10_000 : Math.min(10_000, Math.max(0, raw));
  // ⌈S × bp ÷ 10,000⌉ without a product beyond 2^53: split S into its ten-thousands and rest.
  const tens = Math.floor(units / 10_000);
  const rest = units - tens * 10_000;
  const heldByPercent = tens * basisPoints + Math.ceil((rest * basisPoints) / 10_000);
  return Math.max(0, units - toUnits(buffer.absolute) - heldByPercent);
}
