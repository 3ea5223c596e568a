// The demo's day, step by step: channels send orders, a rule accepts them, the dispatcher talks
// to the WMS, ERP, carrier, marketplaces and buyers, the warehouse packs, the carrier delivers,
// an operator releases the holds the ERP outage caused, and timers close delivered orders.
// Stock moves along: the engine reserves what it accepts, the WMS counts a shelf, the supplier
// delivers what ran out, and each channel is told every hour what it may sell.
import type { OrderRecord, OrderState } from 'ordokit';
import { cancelFirstLine, receiveOrder, resendOrder } from './channelSide.js';
import { readFeeds, pollQueuedActions, type FeedLog } from './feeds.js';
import { generateArrivals, type Arrival } from './orders.js';
import type { Random } from './random.js';
import {
  countShelf,
  createStockLog,
  openStock,
  packPrepared,
  publishFigures,
  receiveOwed,
  receiveSupplier,
  type StockLog,
} from './stockDay.js';
import type { World } from './world.js';

export const TENANT = 'atelier-lumiere';

const rule = { kind: 'rule', id: 'auto-accept-valid-orders' } as const;
const carrier = { kind: 'carrier', id: 'colissimo' } as const;
const operator = { kind: 'user', id: 'ops-camille' } as const;

/** What happened during the run, for the summary. */
export interface DayLog extends FeedLog {
  readonly arrivals: Arrival[];
  readonly dispatch: { claimed: number; delivered: number; retried: number; parked: number };
  /** Holds by reason at 12:45, during the ERP outage. */
  holdsAtNoon: Record<string, number>;
  released: number;
  /** Orders refused or cancelled because their address could not be corrected. */
  gaveUp: number;
  lostParcel?: { orderId: string; parcelId: string };
  cancelledOrderId?: string;
  closed: number;
  readonly stock: StockLog;
}

export async function listAll(world: World, status?: readonly OrderState['status'][]) {
  const all: OrderRecord[] = [];
  let cursor: string | undefined;
  do {
    const page = await world.oms.list(TENANT, {
      ...(status === undefined ? {} : { status }),
      limit: 100,
      ...(cursor === undefined ? {} : { cursor }),
    });
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return all;
}

async function dispatchAll(world: World, log: DayLog): Promise<void> {
  for (;;) {
    const report = await world.oms.dispatch();
    log.dispatch.claimed += report.claimed;
    log.dispatch.delivered += report.delivered;
    log.dispatch.retried += report.retried;
    log.dispatch.parked += report.parked;
    if (report.claimed === 0) return;
  }
}

/** What happens on the channels up to now: new orders, re-sent ones, a cancellation. */
function happenOnChannels(world: World, queue: Arrival[]): void {
  const now = Date.parse(world.clock.now());
  while (queue.length > 0 && Date.parse(queue[0]!.at) <= now) {
    const arrival = queue.shift()!;
    const { side, api } = world.marketplaces[arrival.order.channel.code];
    if (arrival.kind === 'duplicate') resendOrder(side, api, arrival.order.ref, arrival.at);
    else if (arrival.kind === 'channel_cancellation') {
      cancelFirstLine(side, api, arrival.order.ref, arrival.at);
    } else receiveOrder(side, api, arrival.order, arrival.at);
  }
}

/** The auto-accept rule: valid orders of channels that need acceptance are accepted. */
async function acceptCaptured(world: World): Promise<void> {
  for (const record of await listAll(world, ['created'])) {
    if (record.state.holds.length > 0) continue;
    const ref = { tenantId: TENANT, orderId: record.state.orderId };
    await world.oms.accept(ref, { actor: rule, reason: 'valid order, stock available' });
  }
}

const final = new Set(['delivered', 'lost', 'damaged', 'returned_to_sender']);

/** The carrier delivers yesterday's parcels; one of them is lost. */
async function deliverShipped(world: World, log: DayLog, random: Random): Promise<void> {
  for (const record of await listAll(world, ['shipped'])) {
    const ref = { tenantId: TENANT, orderId: record.state.orderId };
    for (const [parcelId, parcel] of Object.entries(record.state.parcels)) {
      if (parcel.shippedAt === undefined || final.has(parcel.status)) continue;
      if (log.lostParcel === undefined && random.chance(0.02)) {
        log.lostParcel = { orderId: ref.orderId, parcelId };
        await world.oms.updateTracking(
          ref,
          {
            parcelId,
            status: 'lost',
            carrierStatus: 'COLIS PERDU',
            incident: 'not scanned for 48 h',
          },
          { actor: carrier },
        );
        continue;
      }
      await world.oms.markDelivered(ref, { parcelId }, { actor: carrier });
    }
  }
}

/**
 * The operator releases the holds of effects given up: once the ERP is back (those of its
 * outage), then at each round of the next days (a WMS that failed four times in a row).
 */
async function releaseEffectHolds(world: World, log: DayLog): Promise<void> {
  let cursor: string | undefined;
  const held: OrderRecord[] = [];
  do {
    const page = await world.oms.list(TENANT, {
      holdReason: 'effect_failed',
      limit: 100,
      ...(cursor === undefined ? {} : { cursor }),
    });
    held.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  for (const record of held) {
    const ref = { tenantId: TENANT, orderId: record.state.orderId };
    for (const hold of record.state.holds.filter((h) => h.reasonCode === 'effect_failed')) {
      const released = await world.oms.releaseHold(ref, hold.holdId, {
        actor: operator,
        reason: 'ERP back online',
      });
      if (released.ok) log.released++;
    }
  }
}

/**
 * At 18:00 the operator gives up on the addresses no buyer corrected: refuses the orders still
 * waiting for acceptance, cancels the others (the channels are told through their actions).
 */
async function giveUpBadAddresses(world: World, log: DayLog): Promise<void> {
  for (const record of await listAll(world)) {
    const { state } = record;
    if (!state.holds.some((h) => h.reasonCode === 'address_invalid')) continue;
    const ref = { tenantId: TENANT, orderId: state.orderId };
    const options = { actor: operator, reason: 'the buyer did not correct the address' };
    const lines = state.order.lines
      .map((l) => ({ lineId: l.lineId, quantity: l.quantities.ordered - l.quantities.cancelled }))
      .filter((l) => l.quantity > 0);
    const done =
      state.status === 'created'
        ? await world.oms.refuse(ref, 'cannot_ship', options)
        : await world.oms.cancelLines(
            ref,
            { lines, requestedBy: 'seller', reasonCode: 'address_unserviceable' },
            options,
          );
    if (done.ok) log.gaveUp++;
  }
}

async function countHolds(world: World): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const record of await listAll(world)) {
    for (const hold of record.state.holds)
      counts[hold.reasonCode] = (counts[hold.reasonCode] ?? 0) + 1;
  }
  return counts;
}

/** The warehouses pack what they have been preparing for 30 minutes or more. */
const pack = (world: World) => packPrepared(world, TENANT);

/** Runs the simulated day (and the two following days of deliveries, then the auto-close). */
export async function simulateDay(world: World, random: Random, count: number): Promise<DayLog> {
  const day = world.clock.now().slice(0, 10);
  const arrivals = generateArrivals(random, { day, count });
  const queue = [...arrivals];
  const log: DayLog = {
    arrivals,
    ingest: { created: 0, updated: 0, unchanged: 0, rejected: 0 },
    feeds: {},
    sync: {},
    dispatch: { claimed: 0, delivered: 0, retried: 0, parked: 0 },
    holdsAtNoon: {},
    released: 0,
    gaveUp: 0,
    closed: 0,
    stock: createStockLog(),
  };
  await openStock(world, log.stock, TENANT);
  // Day 1, 07:00 → 20:00 in 5-minute steps.
  world.clock.set(`${day}T07:00:00.000Z`);
  while (Date.parse(world.clock.now()) < Date.parse(`${day}T20:00:00.000Z`)) {
    const now = world.clock.now();
    if (now.endsWith(':00:00.000Z')) await publishFigures(world, log.stock, TENANT);
    happenOnChannels(world, queue);
    await readFeeds(world, log, TENANT);
    await acceptCaptured(world);
    await dispatchAll(world, log);
    await pack(world);
    await dispatchAll(world, log);
    await pollQueuedActions(world, log, TENANT);
    if (now >= `${day}T16:00:00.000Z` && log.stock.count === undefined) {
      await countShelf(world, log.stock, TENANT);
      await dispatchAll(world, log);
    }
    if (now.endsWith('T12:45:00.000Z')) log.holdsAtNoon = await countHolds(world);
    if (now.endsWith('T13:00:00.000Z')) {
      await releaseEffectHolds(world, log);
      await dispatchAll(world, log);
    }
    if (now.endsWith('T14:00:00.000Z')) {
      await receiveSupplier(world, log.stock, TENANT);
      await dispatchAll(world, log);
    }
    if (now.endsWith('T18:00:00.000Z')) {
      await giveUpBadAddresses(world, log);
      await dispatchAll(world, log);
    }
    world.clock.advance({ minutes: 5 });
  }
  // Days 2 and 3: hourly, the carrier delivers and the last retries go out; on day 2 at 08:00
  // the supplier brings what is still owed.
  for (let hour = 0; hour < 48; hour++) {
    world.clock.advance({ hours: 1 });
    await releaseEffectHolds(world, log);
    if (hour === 11) {
      await receiveOwed(world, log.stock, TENANT);
      await dispatchAll(world, log);
    }
    await pack(world);
    await dispatchAll(world, log);
    if (hour % 24 === 14) await deliverShipped(world, log, random);
    await dispatchAll(world, log);
    await pollQueuedActions(world, log, TENANT);
    await readFeeds(world, log, TENANT);
    await publishFigures(world, log.stock, TENANT);
  }
  // Two weeks later: the timers close what was delivered.
  world.clock.advance({ days: 15 });
  log.closed = (await world.oms.tick()).closed;
  await dispatchAll(world, log);
  await pollQueuedActions(world, log, TENANT);
  await readFeeds(world, log, TENANT);
  await publishFigures(world, log.stock, TENANT, true);
  return log;
}
