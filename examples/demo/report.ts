// Per channel figures for the summary: what ordokit holds of the channel's orders, the actions
// the channel's API received, and the entries of its action journal.
import type { OrderRecord } from 'ordokit';
import type { ChannelFeedLog } from './feeds.js';
import type { DemoMarketplace, World } from './world.js';

/** One channel's figures, as the summary prints them. */
export interface ChannelReport {
  readonly rows: readonly (readonly [string, string | number])[];
}

const states = ['done', 'pending', 'failed'] as const;

/**
 * The figures of one channel: payloads put in its feed and read, readings withheld, imports
 * acknowledged; ordokit's orders of the channel, accepted, with parcels shipped, cancelled by
 * the seller; the actions its API acted on by kind and state; its journal entries by state.
 */
export async function reportChannel(
  world: World,
  market: DemoMarketplace,
  feed: ChannelFeedLog,
  arrivals: number,
  records: readonly OrderRecord[],
  tenantId: string,
): Promise<ChannelReport> {
  const { api, journal, side } = market;
  const mine = records.filter((r) => r.state.order.channelRef.channel === api.channel);
  let accepted = 0;
  let refused = 0;
  let sellerCancellations = 0;
  const journalStates: Record<string, number> = { done: 0, pending: 0, failed: 0, sending: 0 };
  for (const record of mine) {
    const ref = { tenantId, orderId: record.state.orderId };
    const history = await world.oms.history(ref);
    const events = history.ok ? history.value : [];
    if (events.some((e) => e.type === 'order.accepted')) accepted++;
    if (events.some((e) => e.type === 'order.refused')) refused++;
    sellerCancellations += events.filter(
      (e) => e.type === 'order.lines_cancelled' && e.data.requestedBy !== 'channel',
    ).length;
    for (const entry of await journal.listByOrder(tenantId, api.channel, ref.orderId)) {
      journalStates[entry.state] = (journalStates[entry.state] ?? 0) + 1;
    }
  }
  const shipped = mine.reduce(
    (n, r) => n + Object.values(r.state.parcels).filter((p) => p.shippedAt !== undefined).length,
    0,
  );
  const actions = api.actions;
  const kinds = [...new Set(actions.map((a) => a.request.action))].sort();
  const actionRows = kinds.map((kind): readonly [string, string] => {
    const ofKind = actions.filter((a) => a.request.action === kind);
    const counts = states.map((s) => `${String(ofKind.filter((a) => a.state === s).length)} ${s}`);
    return [`actions ${kind}`, counts.join(', ')];
  });
  const settled = states.map((s) => String(feed.settled[s] ?? 0)).join(' / ');
  return {
    rows: [
      ['arrivals (orders, duplicates, cancellations)', arrivals],
      ['payloads put / read', `${String(api.feed.length)} / ${String(feed.read)}`],
      ['versions sent after actions', side.versions],
      ['withheld readings', feed.pending],
      ['withheld orders accepted there', feed.acceptedOnChannel],
      [
        'imports acknowledged',
        `${String(feed.acknowledged)} (${String(api.imports.length)} recorded)`,
      ],
      ['orders in ordokit', mine.length],
      ['orders accepted', accepted],
      ['orders refused', refused],
      ['parcels shipped', shipped],
      ['cancellations by the seller', sellerCancellations],
      ...actionRows,
      [
        'journal done / pending / failed / sending',
        ['done', 'pending', 'failed', 'sending'].map((s) => String(journalStates[s])).join(' / '),
      ],
      ['queued actions settled done / pending / failed', settled],
    ],
  };
}
