import { available, type WarehouseStockLevel } from '../inventory/index.js';
import {
  listTouchedSkus,
  recomputeAvailability,
  validateAvailabilityPolicy,
  findAffectedSkus,
  type AvailabilityFigure,
  type AvailabilityIndex,
  type AvailabilityPolicy,
  type AvailabilityPolicyInvalid,
  type ChannelAvailabilityRule,
} from '../availability/index.js';
import type {
  ChannelCallContext,
  ConnectorFailure,
  MarketplaceConnector,
  StockCheckpointConflict,
  StockLevel,
  StockStore,
} from '../ports/index.js';
import { OrdokitError, type Result } from '../result/index.js';
import type { EngineConfigInvalid } from './errors.js';

/** What {@link publishAvailability} works with. */
export interface PublishAvailabilityDeps {
  /** The stock log, the levels, and what each channel was last told. */
  readonly stock: StockStore;
  /** The marketplace connectors by channel code; those with `publishStock` are published to. */
  readonly marketplaces: Readonly<Record<string, MarketplaceConnector>>;
  /** The mode and the channels' rules (`validateAvailabilityPolicy`). */
  readonly policy: AvailabilityPolicy;
  /** The bundle catalogue's index (`createAvailabilityIndex`). */
  readonly index: AvailabilityIndex;
  /** The most stock events read in one call, a whole number ≥ 1. */
  readonly batchSize: number;
}

/** Options of {@link publishAvailability}. */
export interface PublishAvailabilityOptions {
  /**
   * SKUs to recompute even though no stock event touched them: every SKU after a change of
   * mode or of a channel's rule, or when a channel is published to for the first time.
   */
  readonly skus?: readonly string[];
}

/** Why a publication did not complete: a channel failed, or another publisher went first. */
export type AvailabilityPublishFailure = ConnectorFailure | StockCheckpointConflict;

/** What one {@link publishAvailability} call did. */
export interface AvailabilityPublishReport {
  /** The checkpoint found: the stock seq processed up to before the call. */
  readonly fromSeq: number;
  /** The checkpoint after the call: `fromSeq` when nothing was saved. */
  readonly toSeq: number;
  /** The stock events read after `fromSeq`. */
  readonly eventsRead: number;
  /** A full batch was read: more events may be waiting, call again. */
  readonly more: boolean;
  /** The figures each channel accepted, by channel code. */
  readonly published: Readonly<Record<string, number>>;
  /** The figures recorded as published: those the channels accepted, once the save passed. */
  readonly figures: readonly AvailabilityFigure[];
  /** Channel failures and a checkpoint conflict, if any. */
  readonly failures: readonly AvailabilityPublishFailure[];
}

function checkDeps(deps: PublishAvailabilityDeps): AvailabilityPolicy {
  if (!Number.isSafeInteger(deps.batchSize) || deps.batchSize < 1) {
    throw new OrdokitError<EngineConfigInvalid>({
      code: 'engine/config_invalid',
      field: 'batchSize',
      expected: 'positive_integer',
    });
  }
  const policy = validateAvailabilityPolicy(deps.policy);
  if (!policy.ok) throw new OrdokitError<AvailabilityPolicyInvalid>(policy.error);
  return policy.value;
}

/** The policy's channels whose connector publishes stock, in code-unit order. */
function findPublishers(
  policy: AvailabilityPolicy,
  marketplaces: Readonly<Record<string, MarketplaceConnector>>,
): Map<string, MarketplaceConnector> {
  const publishers = new Map<string, MarketplaceConnector>();
  for (const channel of Object.keys(policy.channels).sort()) {
    const connector = Object.hasOwn(marketplaces, channel) ? marketplaces[channel] : undefined;
    if (connector === undefined || typeof connector.publishStock !== 'function') continue;
    publishers.set(channel, connector);
  }
  return publishers;
}

function isResult(value: unknown): value is Result<void, ConnectorFailure> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { ok?: unknown }).ok === 'boolean'
  );
}

function describeThrown(thrown: unknown): string {
  const text = thrown instanceof Error ? thrown.message : typeof thrown === 'string' ? thrown : '';
  return `publishStock threw${text === '' ? '' : `: ${text.slice(0, 300)}`}`;
}

/** Calls one channel; a throw or an answer that is not a result is a failure worth retrying. */
async function publishTo(
  channel: string,
  connector: MarketplaceConnector,
  levels: readonly StockLevel[],
  context: ChannelCallContext,
): Promise<ConnectorFailure | undefined> {
  let detail: string;
  try {
    const outcome: unknown = await connector.publishStock?.(levels, context);
    if (isResult(outcome)) return outcome.ok ? undefined : outcome.error;
    detail = 'publishStock answered something that is not a result';
  } catch (thrown) {
    detail = describeThrown(thrown);
  }
  return { code: 'connector/unavailable', target: channel, detail };
}

/** The available units of the loaded levels, by warehouse then SKU; 0 for a level not stored. */
function createStockView(levels: readonly WarehouseStockLevel[]) {
  const table = new Map<string, Map<string, number>>();
  for (const level of levels) {
    let row = table.get(level.warehouseId);
    if (row === undefined) {
      row = new Map();
      table.set(level.warehouseId, row);
    }
    row.set(level.sku, available(level));
  }
  return { available: (w: string, sku: string) => table.get(w)?.get(sku) ?? 0 };
}

/**
 * Publishes availability to the channels, incrementally: reads the tenant's stock events after
 * the checkpoint (at most `batchSize`), recomputes the quantities available to sell of the
 * SKUs they touched and of the bundles containing them (`recomputeAvailability`), sends each
 * channel the figures that differ from what it was last told (`publishStock`), then records
 * them and moves the checkpoint (`savePublished`).
 *
 * Only channels of the policy whose connector has `publishStock` are computed and published.
 * After a failure worth retrying (`connector/unavailable`, `connector/timeout`, a throw)
 * nothing is recorded and the checkpoint stays: the next call sends everything again
 * (figures are absolute, so a channel told twice is told the same). A `connector/rejected`
 * will not pass by retrying: the checkpoint moves and only the figures the channels accepted
 * are recorded, so the rejected channel's figures go again when those SKUs next change.
 * When another publisher moved the checkpoint meanwhile, the save fails with
 * `stock/checkpoint_conflict`, reported, and nothing is recorded.
 *
 * @param deps - the stock store, the connectors, the policy, the bundle index, the batch size
 * @param tenantId - the seller
 * @param now - the instant of the call (from the Clock), ISO 8601
 * @param options - SKUs to recompute besides those the events touched
 * @returns what was read, published, recorded and what failed
 * @throws OrdokitError `engine/config_invalid` when `batchSize` is not a whole number ≥ 1, or
 * `availability/policy_invalid` when the policy cannot be used
 * @example
 * ```ts
 * const deps = { stock, marketplaces: { amazon }, policy, index, batchSize: 500 };
 * let report = await publishAvailability(deps, 'shop-1', clock.now());
 * while (report.more && report.toSeq > report.fromSeq) {
 *   report = await publishAvailability(deps, 'shop-1', clock.now());
 * }
 * ```
 */
export async function publishAvailability(
  deps: PublishAvailabilityDeps,
  tenantId: string,
  now: string,
  options: PublishAvailabilityOptions = {},
): Promise<AvailabilityPublishReport> {
  const policy = checkDeps(deps);
  const publishers = findPublishers(policy, deps.marketplaces);
  // A validated policy has at least one channel: its checkpoint is the tenant's.
  const first = Object.keys(policy.channels).sort()[0] ?? '';
  const fromSeq = (await deps.stock.loadPublished(tenantId, first, [])).checkpoint;
  const idle = { fromSeq, toSeq: fromSeq, published: {}, figures: [], failures: [] };
  if (publishers.size === 0) return { ...idle, eventsRead: 0, more: false };

  const events = await deps.stock.loadEvents(tenantId, fromSeq, deps.batchSize);
  const lastSeq = events.at(-1)?.seq ?? fromSeq;
  const more = events.length >= deps.batchSize;
  const touched = [...listTouchedSkus(events.map((e) => e.event)), ...(options.skus ?? [])];
  if (touched.length === 0) return { ...idle, eventsRead: 0, more };

  const affected = findAffectedSkus(touched, deps.index);
  const stored = await deps.stock.loadLevels(tenantId, affected.stocked);
  const last = new Map<string, ReadonlyMap<string, number>>();
  for (const channel of publishers.keys()) {
    last.set(channel, (await deps.stock.loadPublished(tenantId, channel, affected.skus)).figures);
  }
  const rules = [...publishers.keys()].map((c): [string, ChannelAvailabilityRule] => [
    c,
    policy.channels[c] as ChannelAvailabilityRule,
  ]);
  const recomputed = recomputeAvailability({
    touched: affected.skus,
    index: deps.index,
    stock: createStockView(stored.map((s) => s.level)),
    policy: { mode: policy.mode, channels: Object.fromEntries(rules) },
    published: (channel, sku) => last.get(channel)?.get(sku),
  });
  // The policy was validated above; a sub-policy of it is valid too.
  const figures = recomputed.ok ? recomputed.value : [];

  const context: ChannelCallContext = { tenantId, now };
  const published: Record<string, number> = {};
  const failures: AvailabilityPublishFailure[] = [];
  for (const [channel, connector] of publishers) {
    const levels = figures
      .filter((f) => f.channel === channel)
      .map((f): StockLevel => ({ sku: f.sku, available: f.quantity }));
    if (levels.length === 0) continue;
    const failure = await publishTo(channel, connector, levels, context);
    if (failure === undefined) published[channel] = levels.length;
    else failures.push(failure);
  }
  const report = { fromSeq, eventsRead: events.length, more, published };
  // A failure worth retrying keeps the checkpoint: everything is recomputed and sent again.
  if (failures.some((f) => f.code !== 'connector/rejected')) {
    return { ...report, toSeq: fromSeq, figures: [], failures };
  }
  // Rejections will not pass by retrying: move on, recording only what was accepted.
  const accepted = figures.filter((f) => Object.hasOwn(published, f.channel));
  const saved = await deps.stock.savePublished(tenantId, fromSeq, lastSeq, accepted);
  if (!saved.ok) {
    return { ...report, toSeq: fromSeq, figures: [], failures: [...failures, saved.error] };
  }
  return { ...report, toSeq: lastSeq, figures: accepted, failures };
}
