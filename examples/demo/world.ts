// The demo's world: the in-memory storage, a manual clock, sequential ids and the fake systems
// around the OMS, each with the failures of a bad day injected (seeded, so a run is repeatable).
// The engine keeps the stock of three warehouses (see stock.ts): it routes and reserves each
// order it accepts, and publishes to each channel what it may sell.
import {
  amazonSpApiProfile,
  connectMarketplace,
  lengowProfile,
  miraklProfile,
  createOms,
  type ActionJournal,
  type BundleCatalogue,
  type ChannelActionRequest,
  type ChannelProfile,
  type ImportAck,
  type PendingChannelOrder,
  type Locale,
  type Oms,
} from 'ordokit';
import {
  createFakeCarrier,
  createFakeErp,
  createFakeMarketplaceApi,
  createFakeNotifier,
  createFakeWms,
  createManualClock,
  createMemoryActionJournal,
  createMemoryStorage,
  createSequentialIds,
  type FakeCarrier,
  type FakeErp,
  type FakeMarketplaceApi,
  type FakeMarketplaceApiOptions,
  type FakeNotifier,
  type FakeWms,
  type ManualClock,
  type MemoryStorage,
} from 'ordokit/memory';
import { channels, type DemoChannel } from './catalog.js';
import { createChannelSide, onChannelAction, type ChannelSide } from './channelSide.js';
import type { ChannelEncoder } from './encoding.js';
import { amazonEncoder } from './encodeAmazon.js';
import { lengowEncoder } from './encodeLengow.js';
import { miraklEncoder } from './encodeMirakl.js';
import { createBundleCatalogue, createInventory } from './stock.js';

/** One channel as the demo wires it: its side, its fake API, its profile and action journal. */
export interface DemoMarketplace {
  readonly side: ChannelSide;
  readonly api: FakeMarketplaceApi;
  readonly profile: ChannelProfile;
  readonly journal: ActionJournal;
  /** The feed position read so far (the `nextCursor` of the last page read). */
  cursor?: string;
  /** Orders the channel withholds, waiting for the demo's acceptance to get through. */
  readonly withheld: Map<string, PendingChannelOrder>;
  /** The withheld orders the demo accepted on the channel, by reference. */
  readonly acceptedOnChannel: Set<string>;
  /** Imports not acknowledged yet (the channel was down): sent again at the next read. */
  readonly unacknowledged: ImportAck[];
}

export interface World {
  readonly oms: Oms;
  readonly clock: ManualClock;
  readonly storage: MemoryStorage;
  readonly fakes: {
    readonly wms: FakeWms;
    readonly erp: FakeErp;
    readonly carrier: FakeCarrier;
    readonly notifier: FakeNotifier;
  };
  /** The channels, by code. */
  readonly marketplaces: Readonly<Record<DemoChannel['code'], DemoMarketplace>>;
  /** The kits the engine reserves as their components. */
  readonly catalogue: BundleCatalogue;
  /** The preparation orders the warehouses packed (or found nothing left to pack), by key. */
  readonly packed: Set<string>;
}

const wiring: Readonly<
  Record<
    DemoChannel['code'],
    {
      readonly profile: ChannelProfile;
      readonly encoder: ChannelEncoder;
      readonly faults: FakeMarketplaceApiOptions;
    }
  >
> = {
  // Lengow queues every action (the profile says asynchronous): polled at each step.
  lengow: { profile: lengowProfile, encoder: lengowEncoder, faults: { failureRate: 0.1 } },
  mirakl: {
    profile: miraklProfile,
    encoder: miraklEncoder,
    faults: { timeoutRate: 0.1, reads: { failureRate: 0.05 } },
  },
  amazon_sp_api: {
    profile: amazonSpApiProfile,
    encoder: amazonEncoder,
    faults: { failureRate: 0.1, duplicateAckRate: 0.05 },
  },
};

/** Whether the channel queues an action rather than acting at once, as its profile says. */
const queuesAction = (profile: ChannelProfile) => (request: ChannelActionRequest) =>
  profile.actions.find((rule) => rule.action === request.action)?.asynchronous ?? false;

function createMarketplace(channel: DemoChannel, seed: number): DemoMarketplace {
  const { profile, encoder, faults } = wiring[channel.code];
  const side = createChannelSide(channel, encoder);
  const api: FakeMarketplaceApi = createFakeMarketplaceApi(channel.code, {
    ...faults,
    seed,
    pageSize: 20,
    asynchronous: queuesAction(profile),
    onAction: onChannelAction(side, () => api),
  });
  return {
    side,
    api,
    profile,
    journal: createMemoryActionJournal(),
    withheld: new Map(),
    acceptedOnChannel: new Set(),
    unacknowledged: [],
  };
}

/** The ERP is down from 10:00 to 12:30 on the demo day: every call fails, then it recovers. */
function erpOutage(clock: ManualClock) {
  return () => {
    const hour = new Date(clock.now()).getUTCHours() + new Date(clock.now()).getUTCMinutes() / 60;
    return hour >= 10 && hour < 12.5
      ? ({ outcome: 'unavailable', detail: 'HTTP 503 Service Unavailable' } as const)
      : undefined;
  };
}

export function createWorld(options: {
  seed: number;
  locale: Locale;
  start: string;
  tenantId: string;
}): World {
  const clock = createManualClock(options.start);
  const storage = createMemoryStorage();
  const seed = options.seed;
  const fakes = {
    wms: createFakeWms({ seed: seed + 1, failureRate: 0.1, timeoutRate: 0.05, latency: 2 }),
    erp: createFakeErp({ seed: seed + 2, failureRate: 0.05, respond: erpOutage(clock) }),
    carrier: createFakeCarrier('colissimo', {
      seed: seed + 3,
      failureRate: 0.1,
      timeoutRate: 0.05,
      duplicateAckRate: 0.05,
    }),
    notifier: createFakeNotifier({ seed: seed + 4, failureRate: 0.02 }),
  };
  const marketplaces = Object.fromEntries(
    channels.map((channel, i) => [channel.code, createMarketplace(channel, seed + 5 + i)]),
  ) as Record<DemoChannel['code'], DemoMarketplace>;
  // Status and tracking pushes become channel actions through each profile, journaled.
  const connectors = Object.fromEntries(
    Object.values(marketplaces).map(({ api, profile, journal }) => [
      api.channel,
      connectMarketplace({ api, profile, journal }),
    ]),
  );
  const catalogue = createBundleCatalogue();
  const oms = createOms({
    store: storage.store,
    outbox: storage.outbox,
    clock,
    ids: createSequentialIds(),
    connectors: {
      wms: fakes.wms,
      erp: fakes.erp,
      carriers: { colissimo: fakes.carrier },
      notifier: fakes.notifier,
      marketplaces: connectors,
    },
    policy: {
      // Cdiscount, behind Lengow, asks the seller to accept each order in ordokit first.
      channelsNeedingAcceptance: ['lengow'],
      tenants: [options.tenantId],
      defaultCarrier: { code: 'colissimo', service: 'DOM' },
      maxAttempts: 4,
      backoffBaseMs: 60_000,
      backoffMaxMs: 900_000,
      locale: options.locale,
    },
    inventory: createInventory(storage.stock, catalogue),
  });
  return { oms, clock, storage, fakes, marketplaces, catalogue, packed: new Set() };
}
