import type { Result } from '../result/index.js';
import type { StockView } from '../routing/index.js';
import { applyBuffer } from './applyBuffer.js';
import type { AvailabilityPolicyInvalid } from './errors.js';
import { findAffectedSkus } from './findAffectedSkus.js';
import type {
  AvailabilityFigure,
  AvailabilityIndex,
  AvailabilityPolicy,
  ChannelAvailabilityRule,
} from './types.js';
import { validateAvailabilityPolicy } from './validateAvailabilityPolicy.js';
import { compareCodeUnits } from './_internal/ids.js';
import { createSupplyReader } from './_internal/supply.js';

/** What {@link recomputeAvailability} reads. */
export interface RecomputeAvailabilityInput {
  /** The SKUs whose stock changed (`listTouchedSkus`); any SKU listed is recomputed. */
  readonly touched: Iterable<string>;
  /** The bundle catalogue's index (`createAvailabilityIndex`). */
  readonly index: AvailabilityIndex;
  /** The units each warehouse can still promise of each stocked SKU (`available`). */
  readonly stock: StockView;
  /** The mode and the channels' rules. */
  readonly policy: AvailabilityPolicy;
  /** The quantity last published of a SKU on a channel, `undefined` when never published. */
  readonly published: (channel: string, sku: string) => number | undefined;
}

/**
 * Recomputes the quantities available to sell after a stock change and returns those that
 * differ from what each channel was last told (a figure never published counts as different).
 *
 * For each channel of the policy and each SKU affected (the touched SKUs and the bundles
 * containing them): S = Σ over the channel's warehouses of the available units (for a
 * bundle, of the units each warehouse can assemble alone: min over the components of
 * ⌊available ÷ units per bundle⌋), then available to sell = max(0, S − absolute −
 * ⌈S × percent ÷ 100⌉) with the buffers of the policy's mode. Cost proportional to the
 * touched SKUs and their bundles times the channels and warehouses, never to the catalogue.
 *
 * A change of mode or of a channel's rule touches every SKU: pass them all as `touched`.
 *
 * @param input - touched SKUs, index, stock, policy, last published figures
 * @returns the changed figures sorted by channel then SKU (code-unit order), or
 * `availability/policy_invalid` when the policy cannot be used
 * @example
 * ```ts
 * const changed = recomputeAvailability({
 *   touched: listTouchedSkus(events),
 *   index,
 *   stock: { available: (w, sku) => available(findStockLevel(ledger, w, sku)) },
 *   policy,
 *   published: (channel, sku) => last.get(`${channel}/${sku}`),
 * });
 * // changed.value: [{ channel: 'amazon', sku: 'GIFT-BOX', quantity: 8 }, …]
 * ```
 */
export function recomputeAvailability(
  input: RecomputeAvailabilityInput,
): Result<readonly AvailabilityFigure[], AvailabilityPolicyInvalid> {
  const policy = validateAvailabilityPolicy(input.policy);
  if (!policy.ok) return policy;
  const { mode, channels } = policy.value;
  const { skus } = findAffectedSkus(input.touched, input.index);
  const supplyOf = createSupplyReader(input.index.catalogue, input.stock);
  const changed: AvailabilityFigure[] = [];
  // Keys like '10' come first in an object's own order: sort them; `skus` is sorted.
  for (const channel of Object.keys(channels).sort(compareCodeUnits)) {
    const rule = channels[channel] as ChannelAvailabilityRule;
    const buffer = rule[mode];
    for (const sku of skus) {
      const quantity = applyBuffer(supplyOf(rule.warehouses, sku), buffer);
      if (input.published(channel, sku) !== quantity) changed.push({ channel, sku, quantity });
    }
  }
  return { ok: true, value: changed };
}
