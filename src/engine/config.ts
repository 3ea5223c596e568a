import type { Locale } from '../result/index.js';
import { channelProfiles, type ChannelProfile } from '../channels/index.js';
import type { AvailabilityPolicy } from '../availability/index.js';
import type { BundleCatalogue } from '../inventory/index.js';
import type { Actor, ParcelCarrier, ValidateOrderOptions } from '../order/index.js';
import type { RoutingPolicy, Warehouse } from '../routing/index.js';
import type {
  CarrierConnector,
  Clock,
  ErpConnector,
  IdGenerator,
  MarketplaceConnector,
  Notifier,
  OrderStore,
  Outbox,
  StockStore,
  WmsConnector,
} from '../ports/index.js';

/**
 * The systems around the OMS. Effects are planned only for the systems given here: without a
 * WMS, no preparation order is sent (the host starts preparation itself), and so on.
 */
export interface OmsConnectors {
  /** Marketplaces and feed managers, by channel code (`ChannelRef.channel`). */
  readonly marketplaces?: Readonly<Record<string, MarketplaceConnector>>;
  readonly wms?: WmsConnector;
  readonly erp?: ErpConnector;
  /** Carriers, by carrier code (`ParcelCarrier.code`). */
  readonly carriers?: Readonly<Record<string, CarrierConnector>>;
  readonly notifier?: Notifier;
}

/**
 * What a WMS count that leaves reservations without units does to the order lines holding
 * them: `hold` puts each line on hold `stock_discrepancy` for an operator; `reroute` moves the
 * missing units to other warehouses that have them (one more preparation order each) and holds
 * only what no warehouse has.
 */
export type DiscrepancyPolicy = 'hold' | 'reroute';

/**
 * Stock kept by the engine. With it, acceptance routes the order and reserves its units
 * (`oms.accept`, `oms.allocate`), one preparation order per warehouse goes to the WMS,
 * cancellations release reservations and shipments consume them, and WMS counts reconcile the
 * stock (`oms.updateStock`).
 *
 * @example
 * ```ts
 * const inventory: OmsInventory = {
 *   stock: storage.stock,
 *   warehouses: [paris, lyon],
 *   routing: { split: 'allowed', maxParcels: 2, backorder: 'hold_missing_lines' },
 *   onDiscrepancy: 'reroute',
 * };
 * ```
 */
export interface OmsInventory {
  /** Where the stock events, levels and reservations live. */
  readonly stock: StockStore;
  /** The warehouses routing chooses from. */
  readonly warehouses: readonly Warehouse[];
  /** Split, parcels, backorder and capability rules. */
  readonly routing: RoutingPolicy;
  /** Bundles by SKU (lines that list their own `components` need none). */
  readonly bundles?: BundleCatalogue;
  /** What a count that uncovers reservations does (default `hold`). */
  readonly onDiscrepancy?: DiscrepancyPolicy;
  /**
   * What each channel may sell (`oms.publishAvailability`): the warehouses serving it and its
   * buffers per mode; `batchSize` is how many stock events one call reads (default 1000).
   */
  readonly availability?: {
    readonly policy: AvailabilityPolicy;
    readonly batchSize?: number;
  };
}

/** How the engine behaves; every field has a default (see {@link defaultOmsPolicy}). */
export interface OmsPolicy {
  /** Failed attempts of an effect before the order goes on hold `effect_failed` (default 5). */
  readonly maxAttempts: number;
  /** First retry delay in milliseconds; it doubles at each failure (default 30 000). */
  readonly backoffBaseMs: number;
  /** Longest retry delay in milliseconds (default 3 600 000, one hour). */
  readonly backoffMaxMs: number;
  /** How long a dispatcher holds a claimed message, in milliseconds (default 60 000). */
  readonly leaseMs: number;
  /** Messages claimed per `dispatch` call (default 100). */
  readonly dispatchBatch: number;
  /** Retries of a command after a version conflict (default 8). */
  readonly conflictRetries: number;
  /** Days after delivery before `tick` closes an order (default 14). */
  readonly autoCloseAfterDays: number;
  /**
   * The tenants whose timers `tick` runs (default none). Stores list orders one tenant at a
   * time, so `tick` needs to know them; `dispatch` serves every tenant without it.
   */
  readonly tenants: readonly string[];
  /** True when invoicing waits for shipment: the ERP receives the sale as a draft (default false). */
  readonly deferInvoicing: boolean;
  /** The carrier asked for a label when a parcel names none (default: no label requested). */
  readonly defaultCarrier?: ParcelCarrier;
  /** Channels whose orders must be accepted explicitly by the seller (default none). */
  readonly channelsNeedingAcceptance: readonly string[];
  /** The language of the notes the engine writes on holds (default `'en'`). */
  readonly locale: Locale;
  /** The actor of the engine's own decisions (default `{ kind: 'system', id: 'ordokit' }`). */
  readonly systemActor: Actor;
  /** Options for the validation at capture (`validateOrder`). */
  readonly validation: ValidateOrderOptions;
  /**
   * The profiles `syncChannelStatus` reads channel statuses with, by channel code
   * (`ChannelRef.channel`); default: every profile ordokit ships (`channelProfiles`).
   */
  readonly channelProfiles: Readonly<Record<string, ChannelProfile>>;
}

/** The defaults of {@link OmsPolicy}. */
export const defaultOmsPolicy: OmsPolicy = {
  maxAttempts: 5,
  backoffBaseMs: 30_000,
  backoffMaxMs: 3_600_000,
  leaseMs: 60_000,
  dispatchBatch: 100,
  conflictRetries: 8,
  autoCloseAfterDays: 14,
  tenants: [],
  deferInvoicing: false,
  channelsNeedingAcceptance: [],
  locale: 'en',
  systemActor: { kind: 'system', id: 'ordokit' },
  validation: {},
  channelProfiles,
};

/**
 * What `createOms` needs: storage, time, ids, the connectors, and policy overrides.
 *
 * @example
 * ```ts
 * const storage = createMemoryStorage();
 * const oms = createOms({
 *   store: storage.store, outbox: storage.outbox,
 *   clock: { now: () => new Date().toISOString() },
 *   ids: { next: (kind) => `${kind}-${crypto.randomUUID()}` },
 *   connectors: { wms, marketplaces: { amazon } },
 *   policy: { autoCloseAfterDays: 30 },
 * });
 * ```
 */
export interface OmsConfig {
  readonly store: OrderStore;
  readonly outbox: Outbox;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly connectors?: OmsConnectors;
  readonly policy?: Partial<OmsPolicy>;
  /** Stock, warehouses and routing; without it the engine keeps no stock (see {@link OmsInventory}). */
  readonly inventory?: OmsInventory;
}
