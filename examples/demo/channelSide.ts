// The channels' side of the demo: each channel holds its orders in its own vocabulary, sends
// them (and every later version) through its fake API's feed, and moves an order's status when
// it carries out an action the OMS sent it (accept, ship, cancel…), as a real channel would.
import type { ChannelActionRequest } from 'ordokit';
import type { FakeMarketplaceApi } from 'ordokit/memory';
import type { DemoChannel } from './catalog.js';
import type { ChannelEncoder, ChannelOrder } from './encoding.js';
import type { DemoOrder } from './orders.js';

/** One channel: its fake API, its encoder, and the orders it holds by reference. */
export interface ChannelSide {
  readonly channel: DemoChannel;
  readonly encoder: ChannelEncoder;
  readonly orders: Map<string, ChannelOrder>;
  /** Versions of an order the channel sent because it acted on it. */
  versions: number;
  /** Units shipped so far, by order reference then line id (an order may leave in parcels). */
  readonly shipped: Map<string, Map<string, number>>;
}

/** Creates a channel side; attach its API with {@link attachApi}. */
export function createChannelSide(channel: DemoChannel, encoder: ChannelEncoder): ChannelSide {
  return { channel, encoder, orders: new Map(), versions: 0, shipped: new Map() };
}

/** Whether every line is cancelled. */
const allCancelled = (held: ChannelOrder, lines: readonly string[]) =>
  held.order.lines.every((l) => lines.includes(l.lineId));

/**
 * What the channel does when it carries out an action: the order's next status and cancelled
 * lines, or undefined when nothing changes on its side (an unknown order, a `deliver`).
 */
function afterAction(
  side: ChannelSide,
  held: ChannelOrder,
  request: ChannelActionRequest,
): ChannelOrder | undefined {
  const next = side.encoder.statusAfter[request.action];
  if (request.action === 'ship') {
    // The order shows as shipped once its last parcel left (a split order leaves in two).
    const shipped = side.shipped.get(held.order.ref) ?? new Map<string, number>();
    for (const l of request.lines) shipped.set(l.lineId, (shipped.get(l.lineId) ?? 0) + l.quantity);
    side.shipped.set(held.order.ref, shipped);
    const open = held.order.lines.filter((l) => !held.cancelledLines.includes(l.lineId));
    const all = open.every((l) => (shipped.get(l.lineId) ?? 0) >= l.quantity);
    return all && next !== undefined ? { ...held, status: next } : undefined;
  }
  if (request.action === 'cancel') {
    const lines =
      request.lines.length === 0
        ? held.order.lines.map((l) => l.lineId)
        : [...held.cancelledLines, ...request.lines.map((l) => l.lineId)];
    const cancelledLines = [...new Set(lines)];
    const status = allCancelled(held, cancelledLines) && next !== undefined ? next : held.status;
    return { ...held, status, cancelledLines };
  }
  return next === undefined ? undefined : { ...held, status: next };
}

/** The hook the channel's fake API calls once an action takes effect there. */
export function onChannelAction(side: ChannelSide, api: () => FakeMarketplaceApi) {
  return (request: ChannelActionRequest, at: string): void => {
    const held = side.orders.get(request.channelRef.channelOrderRef);
    if (held === undefined) return;
    const next = afterAction(side, held, request);
    if (next === undefined) return;
    side.orders.set(held.order.ref, next);
    side.versions++;
    api().put(side.encoder.encode(next), at);
  };
}

/** The channel receives a new order and puts it in its feed. */
export function receiveOrder(
  side: ChannelSide,
  api: FakeMarketplaceApi,
  order: DemoOrder,
  at: string,
) {
  const held: ChannelOrder = { order, status: side.encoder.initialStatus, cancelledLines: [] };
  side.orders.set(order.ref, held);
  api.put(side.encoder.encode(held), at);
}

/** The channel sends an order again, as it stands now (a re-sent duplicate). */
export function resendOrder(side: ChannelSide, api: FakeMarketplaceApi, ref: string, at: string) {
  const held = side.orders.get(ref);
  if (held !== undefined) api.put(side.encoder.encode(held), at);
}

/** The buyer cancels the order's first line on the channel, which sends the new version. */
export function cancelFirstLine(
  side: ChannelSide,
  api: FakeMarketplaceApi,
  ref: string,
  at: string,
) {
  const held = side.orders.get(ref);
  const first = held?.order.lines[0];
  if (held === undefined || first === undefined) return;
  const next = { ...held, cancelledLines: [...new Set([...held.cancelledLines, first.lineId])] };
  side.orders.set(ref, next);
  api.put(side.encoder.encode(next), at);
}
