import type { Result } from '../result/index.js';
import type { Reservation, StockEvent, WarehouseStockLevel } from '../inventory/index.js';
import type { StockCheckpointConflict, StockVersionConflict } from './errors.js';

/** A stock level as stored, with the version optimistic concurrency compares. */
export interface StoredStockLevel {
  readonly level: WarehouseStockLevel;
  /** 1 after the level's first append, +1 at each append that changes it. */
  readonly version: number;
}

/** The version a level had when the events of a batch were decided: 0 for a level never stored. */
export interface ExpectedStockVersion {
  readonly warehouseId: string;
  readonly sku: string;
  readonly version: number;
}

/**
 * A reservation as a batch leaves it: `quantity` 0 means the reservation is gone (released or
 * shipped in full).
 */
export interface ReservationWrite {
  readonly orderId: string;
  readonly lineId: string;
  readonly warehouseId: string;
  readonly sku: string;
  /** Units held after the batch, ≥ 0; 0 deletes the reservation. */
  readonly quantity: number;
}

/**
 * Stock events to append for one tenant, with the levels and reservations they lead to,
 * written together or not at all.
 */
export interface StockAppendBatch {
  readonly tenantId: string;
  /**
   * The batch's idempotency key (the outbox message's key for a release or a shipment): a
   * batch whose key the tenant's store already holds is not written again, and the append
   * answers `duplicate: true`. Without a key, nothing is deduplicated.
   */
  readonly key?: string;
  /** Every level the events touch, at the version they were decided on. */
  readonly expected: readonly ExpectedStockVersion[];
  /** At least one event, in order. */
  readonly events: readonly StockEvent[];
  /** Every level the events touch, after them (the store keeps them as its projection). */
  readonly levels: readonly WarehouseStockLevel[];
  /** Every reservation the events touch, after them. */
  readonly reservations: readonly ReservationWrite[];
}

/** What an append did. */
export interface StockAppendReceipt {
  /** True when a batch with the same key was written before: nothing was written now. */
  readonly duplicate: boolean;
  /** The tenant's last stock event seq after the append (1, 2, 3… across all warehouses). */
  readonly lastSeq: number;
}

/** A stock event as stored: its place in the tenant's stock log. */
export interface StoredStockEvent {
  /** 1, 2, 3… per tenant, in append order, without gaps. */
  readonly seq: number;
  readonly event: StockEvent;
}

/** The quantity last published for one SKU on one channel. */
export interface PublishedAvailability {
  readonly channel: string;
  readonly sku: string;
  /** Units published as available to sell, an integer ≥ 0. */
  readonly quantity: number;
}

/**
 * Where stock lives: the stock events of each tenant (an append-only log over all its
 * warehouses), the levels per warehouse and SKU and the open reservations per order line
 * (their projection), and what availability publishing last told each channel. Appends are
 * atomic and checked with one version per level: two decisions on the same stock never both
 * land.
 *
 * Implemented by `ordokit/memory` and `ordokit/postgres`; run `runStockStoreContract` from
 * `ordokit/testing` against your own implementation.
 */
export interface StockStore {
  /**
   * The stored levels of these SKUs, in every warehouse that has one, sorted by warehouse id
   * then SKU (byte order). A pair never stored is absent (all its figures are 0).
   */
  loadLevels(tenantId: string, skus: readonly string[]): Promise<readonly StoredStockLevel[]>;
  /** The open reservations of an order, sorted by line, warehouse and SKU (byte order). */
  loadReservations(tenantId: string, orderId: string): Promise<readonly Reservation[]>;
  /**
   * The open reservations on one SKU in one warehouse, every order's, sorted by order then
   * line (byte order): what a WMS count may leave without units.
   */
  loadReservationsAt(
    tenantId: string,
    warehouseId: string,
    sku: string,
  ): Promise<readonly Reservation[]>;
  /**
   * Appends stock events with the levels and reservations they lead to, atomically. Fails
   * with `stock/version_conflict` when a level's version is not the expected one (nothing is
   * written); a batch whose `key` is already stored writes nothing and answers
   * `duplicate: true`.
   */
  append(batch: StockAppendBatch): Promise<Result<StockAppendReceipt, StockVersionConflict>>;
  /** The tenant's stock events after `afterSeq` (0 for all), oldest first, at most `limit`. */
  loadEvents(
    tenantId: string,
    afterSeq: number,
    limit: number,
  ): Promise<readonly StoredStockEvent[]>;
  /**
   * The stock seq availability publishing has processed up to (0 at first), and what it last
   * published of these SKUs on this channel (SKUs never published are absent).
   */
  loadPublished(
    tenantId: string,
    channel: string,
    skus: readonly string[],
  ): Promise<{ readonly checkpoint: number; readonly figures: ReadonlyMap<string, number> }>;
  /**
   * Records what was published and moves the checkpoint from `fromSeq` to `toSeq`,
   * atomically. Fails with `stock/checkpoint_conflict` when the stored checkpoint is not
   * `fromSeq` (another publisher moved it; nothing is written).
   */
  savePublished(
    tenantId: string,
    fromSeq: number,
    toSeq: number,
    figures: readonly PublishedAvailability[],
  ): Promise<Result<void, StockCheckpointConflict>>;
}
