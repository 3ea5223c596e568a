import { expect } from 'vitest';
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
  type FakeConnectorOptions,
  type FakeErp,
  type FakeMarketplace,
  type FakeNotifier,
  type FakeWms,
  type ManualClock,
  type MarketplacePush,
  type MemoryStorage,
} from '../../src/adapters/memory/index.js';
import type {
  BuyerNotification,
  IdGenerator,
  LabelAck,
  LabelRequest,
  Oms,
  OmsConnectors,
  OmsPolicy,
  OrderStore,
  Outbox,
  PreparationAck,
  PreparationRequest,
  Result,
  WmsConnector,
  SaleAck,
  SaleRequest,
} from '../../src/index.js';
import { createOms } from '../../src/index.js';
import { exclusiveOrder, type Json } from '../order/_fixtures.js';

export const start = '2025-03-01T10:00:00.000Z';

/** The instant `ms` milliseconds after `iso`. */
export const plus = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

/** Options of each fake, by system. */
export interface FakeOptions {
  readonly wms?: FakeConnectorOptions<PreparationRequest, PreparationAck>;
  readonly erp?: FakeConnectorOptions<SaleRequest, SaleAck>;
  readonly amazon?: FakeConnectorOptions<MarketplacePush, undefined>;
  readonly colissimo?: FakeConnectorOptions<LabelRequest, LabelAck>;
  readonly notifier?: FakeConnectorOptions<BuyerNotification, undefined>;
}

/** The five fakes of the dispatch tests: WMS `wms`, ERP `erp`, amazon, colissimo, buyer. */
export interface Fakes {
  readonly wms: FakeWms;
  readonly erp: FakeErp;
  readonly amazon: FakeMarketplace;
  readonly colissimo: FakeCarrier;
  readonly notifier: FakeNotifier;
}

export function createFakes(options: FakeOptions = {}): Fakes {
  return {
    wms: createFakeWms(options.wms),
    erp: createFakeErp(options.erp),
    amazon: createFakeMarketplace('amazon', options.amazon),
    colissimo: createFakeCarrier('colissimo', options.colissimo),
    notifier: createFakeNotifier(options.notifier),
  };
}

export function connectorsOf(fakes: Fakes): OmsConnectors {
  return {
    wms: fakes.wms,
    erp: fakes.erp,
    marketplaces: { amazon: fakes.amazon },
    carriers: { colissimo: fakes.colissimo },
    notifier: fakes.notifier,
  };
}

export interface Rig {
  readonly oms: Oms;
  readonly storage: MemoryStorage;
  readonly clock: ManualClock;
  readonly ids: IdGenerator;
  readonly fakes: Fakes;
  /** Another OMS over the same storage, clock and ids (a restart, a second worker). */
  readonly restart: (connectors?: OmsConnectors, store?: OrderStore) => Oms;
}

export function rig(
  options: {
    readonly fakes?: FakeOptions;
    readonly connectors?: (fakes: Fakes) => OmsConnectors;
    readonly policy?: Partial<OmsPolicy>;
    readonly wrapStore?: (store: OrderStore) => OrderStore;
    readonly wrapOutbox?: (outbox: Outbox) => Outbox;
    readonly ids?: IdGenerator;
  } = {},
): Rig {
  const storage = createMemoryStorage();
  const clock = createManualClock(start);
  const ids = options.ids ?? createSequentialIds();
  const fakes = createFakes(options.fakes);
  const connectors = options.connectors?.(fakes) ?? connectorsOf(fakes);
  const store = options.wrapStore?.(storage.store) ?? storage.store;
  const outbox = options.wrapOutbox?.(storage.outbox) ?? storage.outbox;
  const restart = (c: OmsConnectors = connectors, s: OrderStore = store) =>
    createOms({
      store: s,
      outbox,
      clock,
      ids,
      connectors: c,
      ...(options.policy === undefined ? {} : { policy: options.policy }),
    });
  return { oms: restart(), storage, clock, ids, fakes, restart };
}

/** The value of an ok result; fails the test otherwise. */
export function value<T>(result: Result<T, unknown>): T {
  if (!result.ok) expect.fail(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Ingests the hand-computed fixture order (amazon, tenant-a, L1 ×2, L2 ×1) and returns its ref. */
export async function ingestOrder(
  oms: Oms,
  change?: (json: Json) => void,
): Promise<{ readonly tenantId: string; readonly orderId: string }> {
  const json = exclusiveOrder();
  change?.(json);
  const outcome = value(await oms.ingest('amazon', json));
  return { tenantId: outcome.state.tenantId, orderId: outcome.state.orderId };
}

/**
 * The instant the outbox next has work: the earliest `nextAttemptAt` (or lease end) of a
 * pending message; undefined when nothing is pending.
 */
export function nextDue(storage: MemoryStorage): string | undefined {
  let best: number | undefined;
  for (const m of storage.listMessages({ status: 'pending' })) {
    const due = Math.max(
      Date.parse(m.nextAttemptAt),
      m.leaseUntil === undefined ? 0 : Date.parse(m.leaseUntil),
    );
    if (best === undefined || due < best) best = due;
  }
  return best === undefined ? undefined : new Date(best).toISOString();
}

/**
 * Dispatches until nothing is pending, moving the clock to the next due instant in between.
 *
 * @returns the number of dispatch calls
 */
export async function drain(
  oms: Oms,
  storage: MemoryStorage,
  clock: ManualClock,
  maxRounds = 500,
): Promise<number> {
  for (let round = 1; round <= maxRounds; round++) {
    await oms.dispatch();
    const next = nextDue(storage);
    if (next === undefined) return round;
    if (Date.parse(next) > Date.parse(clock.now())) clock.set(next);
  }
  return expect.fail(`the outbox was not quiet after ${String(maxRounds)} rounds`);
}

/** A WMS that runs `before` (a host reacting meanwhile) and then answers through the fake. */
export function wmsWith(fakes: Fakes, before: () => Promise<unknown>): WmsConnector {
  return {
    code: fakes.wms.code,
    prepare: async (request, context) => {
      await before();
      return fakes.wms.prepare(request, context);
    },
  };
}
