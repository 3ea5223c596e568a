import type { Actor } from '../../../order/index.js';
import type { Reservation, StockEvent, WarehouseStockLevel } from '../../../inventory/index.js';
import type {
  ReservationWrite,
  StockAppendBatch,
  StockAppendReceipt,
  StockStore,
  StoredStockEvent,
  StoredStockLevel,
} from '../../../ports/index.js';
import { check, checkOk, checkSame } from './assert.js';
import { minutesAfter } from './fixtures.js';

/** Who causes the fixtures' stock events. */
const stockActor: Actor = { kind: 'system', id: 'contract-suite' };

/** A level: `[warehouseId, sku]`. */
export type LevelRef = readonly [warehouseId: string, sku: string];

/** The tenant the example tests write to. */
export const tenantId = 'tenant-a';
/** The levels the example tests use. */
export const parisMug: LevelRef = ['paris', 'MUG'];
export const lyonMug: LevelRef = ['lyon', 'MUG'];
export const parisCup: LevelRef = ['paris', 'CUP'];

/** A `stock.adjusted` event on a level (received units when `delta` > 0). */
export function adjusted(ref: LevelRef, delta: number, minute = 0): StockEvent {
  const [warehouseId, sku] = ref;
  return {
    type: 'stock.adjusted',
    at: minutesAfter(minute),
    actor: stockActor,
    data: { warehouseId, sku, delta, reasonCode: delta > 0 ? 'received' : 'damaged' },
  };
}

/** A `stock.reserved` event of an order line on a level. */
export function reserved(
  ref: LevelRef,
  orderId: string,
  lineId: string,
  quantity: number,
  minute = 0,
): StockEvent {
  const [warehouseId, sku] = ref;
  return {
    type: 'stock.reserved',
    at: minutesAfter(minute),
    actor: stockActor,
    data: { orderId, lineId, warehouseId, sku, quantity },
  };
}

/** A `stock.released` event of an order line on a level. */
export function released(
  ref: LevelRef,
  orderId: string,
  lineId: string,
  quantity: number,
  minute = 0,
): StockEvent {
  const [warehouseId, sku] = ref;
  return {
    type: 'stock.released',
    at: minutesAfter(minute),
    actor: stockActor,
    data: { orderId, lineId, warehouseId, sku, quantity },
  };
}

/** A level's figures. */
export function levelOf(
  ref: LevelRef,
  onHand: number,
  reservedUnits = 0,
  safety = 0,
): WarehouseStockLevel {
  const [warehouseId, sku] = ref;
  return { warehouseId, sku, onHand, reserved: reservedUnits, safety };
}

/** A reservation write (quantity 0 deletes). */
export function reservationOf(
  ref: LevelRef,
  orderId: string,
  lineId: string,
  quantity: number,
): ReservationWrite {
  const [warehouseId, sku] = ref;
  return { orderId, lineId, warehouseId, sku, quantity };
}

/** What a batch holds; the tenant defaults to `'tenant-a'`, lists to empty. */
export interface StockBatchSpec {
  readonly tenantId?: string;
  readonly key?: string;
  /** `[ref, version]` pairs. */
  readonly expected: readonly (readonly [LevelRef, number])[];
  readonly events: readonly StockEvent[];
  readonly levels?: readonly WarehouseStockLevel[];
  readonly reservations?: readonly ReservationWrite[];
}

/** A batch from its spec. */
export function stockBatch(spec: StockBatchSpec): StockAppendBatch {
  return {
    tenantId: spec.tenantId ?? 'tenant-a',
    ...(spec.key === undefined ? {} : { key: spec.key }),
    expected: spec.expected.map(([[warehouseId, sku], version]) => ({
      warehouseId,
      sku,
      version,
    })),
    events: spec.events,
    levels: spec.levels ?? [],
    reservations: spec.reservations ?? [],
  };
}

/**
 * A batch receiving `units` on one level that holds `onHandBefore` at `version`: one
 * `stock.adjusted` event and the level after it.
 */
export function receiveBatch(
  ref: LevelRef,
  version: number,
  onHandBefore: number,
  units: number,
  extra: { readonly tenantId?: string; readonly key?: string; readonly minute?: number } = {},
): StockAppendBatch {
  return stockBatch({
    ...extra,
    expected: [[ref, version]],
    events: [adjusted(ref, units, extra.minute)],
    levels: [levelOf(ref, onHandBefore + units)],
  });
}

/** Appends a batch that must be written; its receipt. */
export async function appendStock(
  stock: StockStore,
  batch: StockAppendBatch,
  what: string,
): Promise<StockAppendReceipt> {
  const receipt = checkOk(await stock.append(batch), what);
  checkSame(receipt.duplicate, false, `${what}: duplicate`);
  return receipt;
}

/** A stored level, as `loadLevels` must return it. */
export const storedLevel = (level: WarehouseStockLevel, version: number): StoredStockLevel => ({
  level,
  version,
});

/** Stored events numbered from `firstSeq`. */
export const storedEvents = (events: readonly StockEvent[], firstSeq = 1): StoredStockEvent[] =>
  events.map((event, i) => ({ seq: firstSeq + i, event }));

/** A reservation as `loadReservations` returns it. */
export function reservationRead(write: ReservationWrite): Reservation {
  const { orderId, lineId, warehouseId, sku, quantity } = write;
  return { orderId, lineId, warehouseId, sku, quantity };
}

/** Fails unless the levels of these SKUs are exactly `expected`, in order. */
export async function checkLevels(
  stock: StockStore,
  tenantId: string,
  skus: readonly string[],
  expected: readonly StoredStockLevel[],
  what: string,
): Promise<void> {
  checkSame(await stock.loadLevels(tenantId, skus), expected, `${what}: loadLevels ${skus.join()}`);
}

/** Fails unless the tenant's whole log is exactly `expected`. */
export async function checkLog(
  stock: StockStore,
  tenantId: string,
  expected: readonly StoredStockEvent[],
  what: string,
): Promise<void> {
  checkSame(await stock.loadEvents(tenantId, 0, 1000), expected, `${what}: loadEvents`);
}

/** The first item of a list, which must have one. */
export function firstOf<T>(items: readonly T[], what: string): T {
  const [item] = items;
  check(item !== undefined, `${what}: expected at least one, got none`);
  return item;
}
