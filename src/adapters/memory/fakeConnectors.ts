import type {
  BuyerNotification,
  CarrierConnector,
  ConnectorContext,
  ErpConnector,
  LabelAck,
  LabelRequest,
  MarketplaceConnector,
  Notifier,
  PreparationAck,
  PreparationRequest,
  SaleAck,
  SaleRequest,
  StatusPush,
  TrackingPush,
  WmsConnector,
} from '../../ports/index.js';
import type { FakeConnectorOptions, FakeRecorder } from './fakeConnectorOptions.js';
import { createFakeEndpoint } from './_internal/fakeEndpoint.js';

/** A scriptable WMS for tests and demos: a {@link WmsConnector} that records what it got. */
export type FakeWms = WmsConnector & FakeRecorder<PreparationRequest, PreparationAck>;

/** Options of {@link createFakeWms}. */
export interface FakeWmsOptions extends FakeConnectorOptions<PreparationRequest, PreparationAck> {
  /** The WMS's code (default `'wms'`). */
  readonly code?: string;
  /** The warehouse it answers when the request names none (default `'WH1'`). */
  readonly warehouseId?: string;
}

/** A scriptable ERP for tests and demos: an {@link ErpConnector} that records what it got. */
export type FakeErp = ErpConnector & FakeRecorder<SaleRequest, SaleAck>;

/** Options of {@link createFakeErp}. */
export interface FakeErpOptions extends FakeConnectorOptions<SaleRequest, SaleAck> {
  /** The ERP's code (default `'erp'`). */
  readonly code?: string;
}

/** What a fake marketplace receives: a status or a tracking push. */
export type MarketplacePush = StatusPush | TrackingPush;

/** A scriptable marketplace: a {@link MarketplaceConnector} that records what it got. */
export type FakeMarketplace = MarketplaceConnector & FakeRecorder<MarketplacePush, undefined>;

/** A scriptable carrier: a {@link CarrierConnector} that records the labels it made. */
export type FakeCarrier = CarrierConnector & FakeRecorder<LabelRequest, LabelAck>;

/** A scriptable notifier: a {@link Notifier} that records the messages it sent. */
export type FakeNotifier = Notifier & FakeRecorder<BuyerNotification, undefined>;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * Creates a fake WMS. It answers each new preparation order with the warehouse asked (or
 * `warehouseId`) and a reference `PREP-000001`, `PREP-000002`…; a replayed key gets its
 * first answer again and prepares nothing more.
 *
 * @param options - code, warehouse, and the rates, script and hooks of every fake
 * @returns the fake, with `received`, `calls` and `acks`
 * @throws RangeError when a rate is outside 0..1, the rates add up to more than 1, or `latency`
 *   is not a whole number ≥ 0
 * @example
 * ```ts
 * const wms = createFakeWms({ seed: 7, failureRate: 0.3, timeoutRate: 0.1 });
 * const oms = createOms({ ...storage, clock, ids, connectors: { wms } });
 * // … ingest, accept, dispatch until quiet …
 * expect(wms.received.map((r) => r.key)).toEqual([...new Set(wms.calls.map((c) => c.key))]);
 * ```
 */
export function createFakeWms(options: FakeWmsOptions = {}): FakeWms {
  const code = options.code ?? 'wms';
  const warehouse = options.warehouseId ?? 'WH1';
  const endpoint = createFakeEndpoint(code, options, (request: PreparationRequest, n) => ({
    warehouseId: request.warehouseId ?? warehouse,
    reference: `PREP-${pad(n, 6)}`,
  }));
  return Object.assign(endpoint.recorder, {
    code,
    prepare: (request: PreparationRequest, context: ConnectorContext) =>
      endpoint.call('prepare', request, context),
  });
}

/**
 * Creates a fake ERP. It records each new sale as a document `SO-000001`, `SO-000002`…, of
 * kind `sale` when the sale is a draft (invoicing deferred) and `invoice` otherwise; a replayed
 * key gets the same number again.
 *
 * @param options - code, and the rates, script and hooks of every fake
 * @returns the fake, with `received`, `calls` and `acks`
 * @throws RangeError on invalid rates or latency (see {@link createFakeWms})
 */
export function createFakeErp(options: FakeErpOptions = {}): FakeErp {
  const code = options.code ?? 'erp';
  const endpoint = createFakeEndpoint(code, options, (request: SaleRequest, n) => ({
    kind: request.draft ? ('sale' as const) : ('invoice' as const),
    number: `SO-${pad(n, 6)}`,
  }));
  return Object.assign(endpoint.recorder, {
    code,
    recordSale: (request: SaleRequest, context: ConnectorContext) =>
      endpoint.call('recordSale', request, context),
  });
}

/**
 * Creates a fake marketplace for one channel: it takes status and tracking pushes (operations
 * `pushStatus` and `pushTracking` in its records) and answers nothing but success or failure.
 *
 * @param channel - the channel code it serves (`ChannelRef.channel`)
 * @param options - the rates, script and hooks of every fake
 * @returns the fake, with `received`, `calls` and `acks`
 * @throws RangeError on invalid rates or latency (see {@link createFakeWms})
 */
export function createFakeMarketplace(
  channel: string,
  options: FakeConnectorOptions<MarketplacePush, undefined> = {},
): FakeMarketplace {
  const endpoint = createFakeEndpoint<MarketplacePush, undefined>(
    channel,
    options,
    () => undefined,
  );
  return Object.assign(endpoint.recorder, {
    channel,
    pushStatus: (push: StatusPush, context: ConnectorContext) =>
      endpoint.call('pushStatus', push, context),
    pushTracking: (push: TrackingPush, context: ConnectorContext) =>
      endpoint.call('pushTracking', push, context),
  });
}

/** Upper-case letters and digits of a carrier code, for its tracking numbers. */
function trackingPrefix(code: string): string {
  const letters = code.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return letters === '' ? 'TRK' : letters.slice(0, 20);
}

/**
 * Creates a fake carrier. It makes one label per new key, with tracking numbers such as
 * `COLISSIMO0000000001` (the code in capitals, then a counter); a replayed key gets the same
 * label again, never a second one.
 *
 * @param code - the carrier's code (`ParcelCarrier.code`)
 * @param options - the rates, script and hooks of every fake
 * @returns the fake, with `received`, `calls` and `acks`
 * @throws RangeError on invalid rates or latency (see {@link createFakeWms})
 */
export function createFakeCarrier(
  code: string,
  options: FakeConnectorOptions<LabelRequest, LabelAck> = {},
): FakeCarrier {
  const prefix = trackingPrefix(code);
  const endpoint = createFakeEndpoint(code, options, (request: LabelRequest, n) => ({
    carrier: request.carrier,
    tracking: { number: `${prefix}${pad(n, 10)}`, carrierCode: request.carrier.code },
  }));
  return Object.assign(endpoint.recorder, {
    code,
    createLabel: (request: LabelRequest, context: ConnectorContext) =>
      endpoint.call('createLabel', request, context),
  });
}

/**
 * Creates a fake notifier (target `buyer`): it "sends" each new message once and records it.
 *
 * @param options - the rates, script and hooks of every fake
 * @returns the fake, with `received`, `calls` and `acks`
 * @throws RangeError on invalid rates or latency (see {@link createFakeWms})
 */
export function createFakeNotifier(
  options: FakeConnectorOptions<BuyerNotification, undefined> = {},
): FakeNotifier {
  const endpoint = createFakeEndpoint<BuyerNotification, undefined>(
    'buyer',
    options,
    () => undefined,
  );
  return Object.assign(endpoint.recorder, {
    notifyBuyer: (message: BuyerNotification, context: ConnectorContext) =>
      endpoint.call('notifyBuyer', message, context),
  });
}
