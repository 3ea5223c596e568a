import type { BundleCatalogue } from '../inventory/index.js';

/**
 * Which buffers apply: `cruise` in ordinary times, `peak` in busy periods (sales, holidays),
 * when stock moves faster than channels read it and the buffers are usually more prudent.
 */
export type AvailabilityMode = 'cruise' | 'peak';

/**
 * Units held back from a channel: `absolute` units, then `percent` of the supply rounded up.
 * Available to sell = max(0, S − absolute − ⌈S × percent ÷ 100⌉).
 */
export interface AvailabilityBuffer {
  /** Units always held back: a safe integer ≥ 0. */
  readonly absolute: number;
  /** Share of the supply held back, 0 to 100, at most two decimals (2.5 is 2.5 %). */
  readonly percent: number;
}

/** What one channel sells from, and how prudently. */
export interface ChannelAvailabilityRule {
  /** The warehouses whose stock the channel sells: at least one, no repeats. */
  readonly warehouses: readonly string[];
  /** The buffers of the `cruise` mode. */
  readonly cruise: AvailabilityBuffer;
  /** The buffers of the `peak` mode. */
  readonly peak: AvailabilityBuffer;
}

/** How availability is published: the current mode and one rule per channel code. */
export interface AvailabilityPolicy {
  /** The mode in force for every channel. */
  readonly mode: AvailabilityMode;
  /** The rule of each channel, by channel code (`ChannelRef.channel`). */
  readonly channels: Readonly<Record<string, ChannelAvailabilityRule>>;
}

/** The quantity of one SKU available to sell on one channel. */
export interface AvailabilityFigure {
  readonly channel: string;
  readonly sku: string;
  /** Units available to sell, an integer ≥ 0. */
  readonly quantity: number;
}

/**
 * A bundle catalogue with its reverse index: for every SKU in at least one bundle, the
 * bundles containing it, directly or through a nested bundle. Make it once with
 * `createAvailabilityIndex`; it lets a recompute reach the bundles a stock change affects
 * without scanning the catalogue.
 */
export interface AvailabilityIndex {
  /** The catalogue the index was built from. */
  readonly catalogue: BundleCatalogue;
  /** SKU (stocked or a nested bundle) → the bundles containing it, sorted. */
  readonly bundlesOf: ReadonlyMap<string, readonly string[]>;
}
