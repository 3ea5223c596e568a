// How the host reads its channels: each channel's order feed, page by page from the saved cursor,
// through the channel's mapper into `oms.ingest` and `oms.syncChannelStatus`, then the import
// acknowledged on the channel. Orders the channel still withholds (Mirakl hides the address
// until the shop accepts) are accepted on the channel by the demo's rule, then read again once
// released. Queued actions (Lengow's) are polled until they settle.
import {
  fromAmazonOrder,
  fromLengowOrder,
  fromMiraklOrder,
  pollChannelActions,
  type ChannelOrderReading,
  type ChannelPayloadIssue,
  type IngestOutcome,
  type OrderIssue,
  type Result,
} from 'ordokit';
import type { DemoChannel } from './catalog.js';
import type { DemoMarketplace, World } from './world.js';

/** What one channel's feed brought, for the summary. */
export interface ChannelFeedLog {
  /** Payloads read from the feed. */
  read: number;
  /** Payloads the mapper could not read. */
  unreadable: number;
  /** Readings of orders the channel still withheld. */
  pending: number;
  /** Withheld orders the demo's rule accepted on the channel (once each). */
  acceptedOnChannel: number;
  /** Imports acknowledged to the channel. */
  acknowledged: number;
  /** Queued actions that settled, by state. */
  settled: Record<string, number>;
}

/** What reading the feeds did during the run. */
export interface FeedLog {
  readonly ingest: Record<IngestOutcome['outcome'] | 'rejected', number>;
  /** Per channel. */
  readonly feeds: Record<string, ChannelFeedLog>;
  /** `syncChannelStatus` outcomes. */
  readonly sync: Record<string, number>;
  /** The order its channel partly cancelled. */
  cancelledOrderId?: string;
}

type Reading = Result<ChannelOrderReading, readonly (ChannelPayloadIssue | OrderIssue)[]>;

/** Each channel's mapper, with the context it needs. */
export const mappers: Readonly<
  Record<DemoChannel['code'], (json: unknown, tenantId: string) => Reading>
> = {
  lengow: (json, tenantId) => fromLengowOrder(json, { tenantId }),
  mirakl: (json, tenantId) => fromMiraklOrder(json, { tenantId, marketplace: 'fnac_darty' }),
  amazon_sp_api: (json, tenantId) => fromAmazonOrder(json, { tenantId }),
};

function feedLog(log: FeedLog, channel: string): ChannelFeedLog {
  log.feeds[channel] ??= {
    read: 0,
    unreadable: 0,
    pending: 0,
    acceptedOnChannel: 0,
    acknowledged: 0,
    settled: {},
  };
  return log.feeds[channel];
}

/**
 * The demo's rule for withheld orders: accept every one on the channel (stock and prices are
 * fine in this shop). The action goes straight to the channel's API, not through ordokit: the
 * order is not in ordokit yet, so its `orderId` is the channel's reference. Retried at each
 * step until the channel answers.
 */
async function acceptWithheld(
  world: World,
  market: DemoMarketplace,
  feed: ChannelFeedLog,
  tenantId: string,
) {
  for (const [ref, pending] of market.withheld) {
    const sent = await market.api.sendAction(
      { action: 'accept', orderId: ref, channelRef: pending.channelRef, lines: [] },
      {
        tenantId,
        now: world.clock.now(),
        idempotencyKey: `demo-accept:${ref}`,
        attempt: 1,
      },
    );
    if (!sent.ok) continue;
    market.withheld.delete(ref);
    market.acceptedOnChannel.add(ref);
    feed.acceptedOnChannel++;
  }
}

async function readPayload(
  world: World,
  market: DemoMarketplace,
  log: FeedLog,
  payload: unknown,
  tenantId: string,
): Promise<void> {
  const code = market.side.channel.code;
  const feed = feedLog(log, code);
  const reading = mappers[code](payload, tenantId);
  if (!reading.ok) {
    feed.unreadable++;
    return;
  }
  const value = reading.value;
  if (value.kind === 'pending') {
    feed.pending++;
    const ref = value.channelRef.channelOrderRef;
    if (!market.acceptedOnChannel.has(ref)) market.withheld.set(ref, value);
    return;
  }
  const ingested = await world.oms.ingest(code, value.order);
  if (!ingested.ok) {
    log.ingest.rejected++;
    return;
  }
  log.ingest[ingested.value.outcome]++;
  const { orderId } = ingested.value.state;
  if (ingested.value.outcome === 'updated') log.cancelledOrderId = orderId;
  const synced = await world.oms.syncChannelStatus(
    { tenantId, orderId },
    code,
    value.channelStatus,
  );
  const outcome = synced.ok ? synced.value.outcome : 'error';
  log.sync[outcome] = (log.sync[outcome] ?? 0) + 1;
  if (ingested.value.outcome === 'created') {
    const { channelRef } = value.order;
    market.unacknowledged.push({
      channelOrderRef: channelRef.channelOrderRef,
      ...(channelRef.marketplace === undefined ? {} : { marketplace: channelRef.marketplace }),
      orderId,
    });
  }
}

async function readFeed(
  world: World,
  market: DemoMarketplace,
  log: FeedLog,
  tenantId: string,
): Promise<void> {
  const feed = feedLog(log, market.side.channel.code);
  const context = { tenantId, now: world.clock.now() };
  for (let more = true; more;) {
    const page = await market.api.fetchOrders(
      market.cursor === undefined ? {} : { cursor: market.cursor },
      context,
    );
    if (!page.ok) break; // The channel is down: read again at the next step.
    for (const payload of page.value.payloads) {
      feed.read++;
      await readPayload(world, market, log, payload, tenantId);
    }
    market.cursor = page.value.nextCursor;
    more = page.value.more;
    await acceptWithheld(world, market, feed, tenantId);
  }
  // Imports not acknowledged yet (the channel was down) go again with the new ones.
  const acks = market.unacknowledged.splice(0);
  if (acks.length > 0) {
    const acked = await market.api.acknowledgeImport(acks, context);
    if (acked.ok) feed.acknowledged += acks.length;
    else market.unacknowledged.push(...acks);
  }
}

/** Reads every channel's feed up to now. */
export async function readFeeds(world: World, log: FeedLog, tenantId: string): Promise<void> {
  for (const market of Object.values(world.marketplaces)) {
    await readFeed(world, market, log, tenantId);
  }
}

/** Polls the actions the channels queued, and records how they settled. */
export async function pollQueuedActions(
  world: World,
  log: FeedLog,
  tenantId: string,
): Promise<void> {
  for (const market of Object.values(world.marketplaces)) {
    if (!market.profile.asynchronousActions) continue;
    const { api, journal } = market;
    const report = await pollChannelActions({ api, journal, tenantId, now: world.clock.now() });
    const settled = feedLog(log, api.channel).settled;
    for (const entry of report.settled) settled[entry.state] = (settled[entry.state] ?? 0) + 1;
  }
}
