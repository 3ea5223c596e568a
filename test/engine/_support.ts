import { expect } from 'vitest';
import {
  createManualClock,
  createMemoryStorage,
  createSequentialIds,
  type ManualClock,
  type MemoryStorage,
} from '../../src/adapters/memory/index.js';
import {
  ok,
  type CarrierConnector,
  type ConnectorContext,
  type Effect,
  type ErpConnector,
  type IdGenerator,
  type MarketplaceConnector,
  type Notifier,
  type Oms,
  type OmsConnectors,
  type OmsPolicy,
  type OrderStore,
  type Result,
  type WmsConnector,
} from '../../src/index.js';
import { createOms } from '../../src/engine/index.js';
import { exclusiveOrder, type Json } from '../order/_fixtures.js';

export const start = '2025-03-01T10:00:00.000Z';

/** A connector call the recording fakes saw. */
export interface Call {
  readonly kind: Effect['kind'];
  readonly payload: unknown;
  readonly context: ConnectorContext;
}

/** Connectors that accept everything and record their calls. */
export function recordingConnectors(calls: Call[] = []): {
  readonly connectors: OmsConnectors;
  readonly calls: Call[];
} {
  const record =
    <T>(kind: Effect['kind'], answer: T) =>
    (payload: unknown, context: ConnectorContext) => {
      calls.push({ kind, payload, context });
      return Promise.resolve(ok(answer));
    };
  const amazon: MarketplaceConnector = {
    channel: 'amazon',
    pushStatus: record('marketplace.push_status', undefined),
    pushTracking: record('marketplace.push_tracking', undefined),
  };
  const wms: WmsConnector = {
    code: 'main-wms',
    prepare: record('wms.prepare', { warehouseId: 'WH1' }),
  };
  const erp: ErpConnector = {
    code: 'odoo',
    recordSale: record('erp.record_sale', { kind: 'sale', number: 'SO-1' }),
  };
  const colissimo: CarrierConnector = {
    code: 'colissimo',
    createLabel: record('carrier.create_label', {
      carrier: { code: 'colissimo' },
      tracking: { number: '6A000001', carrierCode: 'colissimo' },
    }),
  };
  const notifier: Notifier = { notifyBuyer: record('buyer.notify', undefined) };
  return {
    connectors: { marketplaces: { amazon }, wms, erp, carriers: { colissimo }, notifier },
    calls,
  };
}

export interface Harness {
  readonly oms: Oms;
  readonly storage: MemoryStorage;
  readonly clock: ManualClock;
  readonly store: OrderStore;
}

/** An OMS over a fresh memory storage, a manual clock at `start` and sequential ids. */
export function setup(
  options: {
    readonly connectors?: OmsConnectors;
    readonly policy?: Partial<OmsPolicy>;
    readonly wrapStore?: (store: OrderStore) => OrderStore;
    readonly ids?: IdGenerator;
  } = {},
): Harness {
  const storage = createMemoryStorage();
  const clock = createManualClock(start);
  const store = options.wrapStore?.(storage.store) ?? storage.store;
  const oms = createOms({
    store,
    outbox: storage.outbox,
    clock,
    ids: options.ids ?? createSequentialIds(),
    ...(options.connectors === undefined ? {} : { connectors: options.connectors }),
    ...(options.policy === undefined ? {} : { policy: options.policy }),
  });
  return { oms, storage, clock, store };
}

/** The hand-computed order of the order tests (amazon, tenant-a, L1 ×2, L2 ×1, 64.00 EUR). */
export function payload(): Json {
  return exclusiveOrder();
}

/** The value of an ok result; fails the test otherwise. */
export function value<T>(result: Result<T, unknown>): T {
  if (!result.ok) expect.fail(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

/** The error of a failed result; fails the test otherwise. */
export function failure<E>(result: Result<unknown, E>): E {
  if (result.ok) expect.fail('expected an error, got ok');
  return result.error;
}

/** Ingests the fixture and returns the order's ref. */
export async function ingestFixture(
  oms: Oms,
  change?: (json: Json) => void,
): Promise<{ readonly tenantId: string; readonly orderId: string }> {
  const json = payload();
  change?.(json);
  const outcome = value(await oms.ingest('amazon', json));
  return { tenantId: outcome.state.tenantId, orderId: outcome.state.orderId };
}
