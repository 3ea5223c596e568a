import { createAvailabilityIndex } from '../../availability/index.js';
import { validateBundleCatalogue } from '../../inventory/index.js';
import { OrdokitError } from '../../result/index.js';
import type { PublishAvailabilityDeps } from '../publishAvailability.js';
import type { EngineContext } from './context.js';

/** The default number of stock events one `publishAvailability` call reads. */
const defaultBatchSize = 1000;

/**
 * What availability publishing needs, built once by `createOms`: the stock store, the
 * marketplace connectors, the policy and the index of the bundles (undefined without
 * `inventory.availability`).
 */
export function availabilityDeps(ctx: EngineContext): PublishAvailabilityDeps | undefined {
  const availability = ctx.inventory?.availability;
  if (ctx.inventory === undefined || availability === undefined) return undefined;
  let catalogue = ctx.inventory.bundles;
  if (catalogue === undefined) {
    const empty = validateBundleCatalogue([]);
    // An empty list is always a valid catalogue.
    if (!empty.ok) throw new OrdokitError(empty.error);
    catalogue = empty.value;
  }
  return {
    stock: ctx.inventory.stock,
    marketplaces: ctx.connectors.marketplaces ?? {},
    policy: availability.policy,
    index: createAvailabilityIndex(catalogue),
    batchSize: availability.batchSize ?? defaultBatchSize,
  };
}
