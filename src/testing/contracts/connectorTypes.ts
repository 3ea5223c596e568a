import type {
  BuyerNotification,
  CarrierConnector,
  ErpConnector,
  LabelRequest,
  MarketplaceConnector,
  Notifier,
  PreparationRequest,
  SaleRequest,
  StatusPush,
  TrackingPush,
  WmsConnector,
} from '../../ports/index.js';

/** A connector under test, with a way to see what its remote side acted on. */
export interface ConnectorUnderTest<C> {
  readonly connector: C;
  /**
   * The idempotency keys the remote side acted on, one entry per action, in any order: a key
   * acted on twice shows up twice. Read them from the sandbox, the fake server or your own
   * table of keys (with the memory fakes: `fake.received.map((r) => r.key)`).
   */
  actedKeys(): readonly string[] | Promise<readonly string[]>;
  /** Called once after each test, whether it passed or not. */
  dispose?(): Promise<void> | void;
}

/** A connector whose every call fails (its remote side down, slow or refusing). */
export interface FailingConnectorUnderTest<C> {
  readonly connector: C;
  /** Called once after each test, whether it passed or not. */
  dispose?(): Promise<void> | void;
}

/**
 * What `runConnectorContract` needs to test one connector of one port.
 *
 * @typeParam K - the port's kind (`'wms'`, `'erp'`…)
 * @typeParam C - the port (`WmsConnector`…)
 * @typeParam S - the sample payload the tests send
 */
export interface ConnectorSubjectOf<K extends string, C, S> {
  readonly kind: K;
  /**
   * Makes a connector that works, for one test: every test calls it once, so tests never see
   * each other's keys (a fresh fake server, a sandbox account, an empty key table).
   */
  readonly make: () => ConnectorUnderTest<C> | Promise<ConnectorUnderTest<C>>;
  /**
   * Makes a connector whose calls fail (e.g. pointed at a server that answers 503). When
   * given, the suite also checks that failures come back as `ConnectorFailure` values.
   */
  readonly makeFailing?: () => FailingConnectorUnderTest<C> | Promise<FailingConnectorUnderTest<C>>;
  /**
   * The payload the tests send, instead of the built-in one (which is addressed to the
   * connector's own code or channel). Another effect's payload is derived from it by changing
   * the order id (and the parcel id where there is one).
   */
  readonly sample?: S;
  /** The `tenantId` of every call's context (default `'tenant-contract'`). */
  readonly tenantId?: string;
}

/** The sample payloads of a marketplace connector: one per method. */
export interface MarketplaceSamples {
  readonly status?: StatusPush;
  readonly tracking?: TrackingPush;
}

/**
 * A connector for `runConnectorContract`, by port: `wms`, `erp`, `marketplace`, `carrier` or
 * `notifier`.
 *
 * @example
 * ```ts
 * const subject: ConnectorSubject = {
 *   kind: 'wms',
 *   make: () => {
 *     const wms = createFakeWms();
 *     return { connector: wms, actedKeys: () => wms.received.map((r) => r.key) };
 *   },
 * };
 * ```
 */
export type ConnectorSubject =
  | ConnectorSubjectOf<'wms', WmsConnector, PreparationRequest>
  | ConnectorSubjectOf<'erp', ErpConnector, SaleRequest>
  | ConnectorSubjectOf<'marketplace', MarketplaceConnector, MarketplaceSamples>
  | ConnectorSubjectOf<'carrier', CarrierConnector, LabelRequest>
  | ConnectorSubjectOf<'notifier', Notifier, BuyerNotification>;
