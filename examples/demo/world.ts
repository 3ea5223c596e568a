// The demo's world: the in-memory storage, a manual clock, sequential ids and the fake systems
// around the OMS, each with the failures of a bad day injected (seeded, so a run is repeatable).
import { createOms, type Locale, type Oms } from 'ordokit';
import {
  createFakeCarrier,
  createFakeErp,
  createFakeMarketplace,
  createFakeNotifier,
  createFakeWms,
  createManualClock,
  createMemoryStorage,
  createSequentialIds,
  type FakeCarrier,
  type FakeErp,
  type FakeMarketplace,
  type FakeNotifier,
  type FakeWms,
  type ManualClock,
  type MemoryStorage,
} from 'ordokit/memory';

export interface World {
  readonly oms: Oms;
  readonly clock: ManualClock;
  readonly storage: MemoryStorage;
  readonly fakes: {
    readonly wms: FakeWms;
    readonly erp: FakeErp;
    readonly carrier: FakeCarrier;
    readonly notifier: FakeNotifier;
    readonly marketplaces: Readonly<Record<string, FakeMarketplace>>;
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
    marketplaces: {
      amazon: createFakeMarketplace('amazon', { seed: seed + 5, failureRate: 0.1 }),
      cdiscount: createFakeMarketplace('cdiscount', {
        seed: seed + 6,
        failureRate: 0.1,
        duplicateAckRate: 0.05,
      }),
      manomano: createFakeMarketplace('manomano', { seed: seed + 7, timeoutRate: 0.1 }),
    },
  };
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
      marketplaces: fakes.marketplaces,
    },
    policy: {
      channelsNeedingAcceptance: ['cdiscount', 'manomano'],
      tenants: [options.tenantId],
      defaultCarrier: { code: 'colissimo', service: 'DOM' },
      maxAttempts: 4,
      backoffBaseMs: 60_000,
      backoffMaxMs: 900_000,
      locale: options.locale,
    },
  });
  return { oms, clock, storage, fakes };
}
