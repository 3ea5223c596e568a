import { err, ok } from '../../result/index.js';
import type { Reservation, WarehouseStockLevel } from '../../inventory/index.js';
import type {
  ReservationWrite,
  StockAppendBatch,
  StockStore,
  StoredStockEvent,
  StoredStockLevel,
} from '../../ports/index.js';
import {
  checkPublished,
  checkStockBatch,
  levelIdOf,
  readEventWindow,
} from '../_shared/stockInput.js';
import { settle } from './_internal/backend.js';
import { copyData } from './_internal/copyData.js';

const origin = 'ordokit/memory';

/** Everything one tenant has in stock: owned by the store, never handed out. */
interface TenantStock {
  /** SKU → warehouse → stored level. */
  readonly levels: Map<string, Map<string, StoredStockLevel>>;
  /** Order → `[line, warehouse, SKU]` → reservation. */
  readonly reservations: Map<string, Map<string, Reservation>>;
  /** Level (`levelIdOf`) → `[order, line]` → the same reservations. */
  readonly reservationsAt: Map<string, Map<string, Reservation>>;
  /** The log: `events[i]` has seq `i + 1`. */
  readonly events: StoredStockEvent[];
  readonly keys: Set<string>;
  /** The seq availability publishing has processed up to. */
  checkpoint: number;
  /** Channel → SKU → units published. */
  readonly published: Map<string, Map<string, number>>;
}

/** Byte order of two strings: JavaScript's `<` (UTF-16 code units, as `memoryOrderStore`). */
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const reservationKeyOf = (r: Omit<ReservationWrite, 'quantity'>) =>
  JSON.stringify([r.lineId, r.warehouseId, r.sku]);
const lineKeyOf = (r: Omit<ReservationWrite, 'quantity'>) => JSON.stringify([r.orderId, r.lineId]);

/** Sets (a reservation) or deletes (undefined) an entry of a two-level index. */
function index(
  map: Map<string, Map<string, Reservation>>,
  outer: string,
  inner: string,
  reservation: Reservation | undefined,
): void {
  if (reservation !== undefined) {
    entryOf(map, outer, () => new Map<string, Reservation>()).set(inner, reservation);
    return;
  }
  const entries = map.get(outer);
  entries?.delete(inner);
  if (entries?.size === 0) map.delete(outer);
}

/** A level with exactly its five fields, sharing nothing with the one given. */
const copyLevel = (l: WarehouseStockLevel): WarehouseStockLevel => ({
  warehouseId: l.warehouseId,
  sku: l.sku,
  onHand: l.onHand,
  reserved: l.reserved,
  safety: l.safety,
});

/** The map under `key`, created empty when absent. */
function entryOf<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/** The stored version of a level: 0 when never stored. */
const versionOf = (tenant: TenantStock | undefined, warehouseId: string, sku: string) =>
  tenant?.levels.get(sku)?.get(warehouseId)?.version ?? 0;

/** Writes a checked batch whose versions matched: events, levels, reservations, key. */
function write(tenant: TenantStock, batch: StockAppendBatch): void {
  for (const event of batch.events) {
    tenant.events.push({ seq: tenant.events.length + 1, event: copyData(event) });
  }
  for (const level of batch.levels) {
    const ofSku = entryOf(tenant.levels, level.sku, () => new Map<string, StoredStockLevel>());
    const version = (ofSku.get(level.warehouseId)?.version ?? 0) + 1;
    ofSku.set(level.warehouseId, { level: copyLevel(level), version });
  }
  for (const r of batch.reservations) {
    const { orderId, lineId, warehouseId, sku, quantity } = r;
    const kept = quantity > 0 ? { orderId, lineId, warehouseId, sku, quantity } : undefined;
    index(tenant.reservations, orderId, reservationKeyOf(r), kept);
    index(tenant.reservationsAt, levelIdOf(warehouseId, sku), lineKeyOf(r), kept);
  }
  if (batch.key !== undefined) tenant.keys.add(batch.key);
}

/**
 * Creates an in-memory `StockStore`: each tenant's stock events, its levels per warehouse and
 * SKU with their versions, its open reservations, and what availability publishing last told
 * each channel. Each call runs at once, so an append is atomic; data is copied in and out.
 * It passes `runStockStoreContract` from `ordokit/testing`.
 *
 * `append` checks the batch's shape, then its key (a stored key answers `duplicate: true` and
 * writes nothing), then every expected version (the first that differs, in the order given,
 * is the `stock/version_conflict`; nothing is written). Lists are sorted in JavaScript string
 * order (UTF-16 code units, as the memory order store sorts), which is PostgreSQL's
 * `COLLATE "C"` order unless one id has a character from U+E000 to U+FFFF where the other
 * has one beyond U+FFFF. A malformed batch or argument is a programmer error and rejects with
 * a `RangeError` (see `StockAppendBatch`).
 *
 * @returns an empty store
 * @example
 * ```ts
 * const stock = createMemoryStockStore();
 * const receipt = await stock.append({
 *   tenantId: 'tenant-a',
 *   expected: [{ warehouseId: 'paris', sku: 'MUG', version: 0 }],
 *   events: [received],
 *   levels: [{ warehouseId: 'paris', sku: 'MUG', onHand: 12, reserved: 0, safety: 0 }],
 *   reservations: [],
 * });
 * ```
 */
export function createMemoryStockStore(): StockStore {
  const tenants = new Map<string, TenantStock>();
  const ensure = (tenantId: string) =>
    entryOf(tenants, tenantId, (): TenantStock => ({
      levels: new Map(),
      reservations: new Map(),
      reservationsAt: new Map(),
      events: [],
      keys: new Set(),
      checkpoint: 0,
      published: new Map(),
    }));

  return {
    loadLevels: (tenantId, skus) =>
      settle(() => {
        const tenant = tenants.get(tenantId);
        const found: StoredStockLevel[] = [];
        for (const sku of new Set(skus)) {
          for (const stored of tenant?.levels.get(sku)?.values() ?? []) {
            found.push({ level: copyLevel(stored.level), version: stored.version });
          }
        }
        return found.sort(
          (a, b) =>
            compareText(a.level.warehouseId, b.level.warehouseId) ||
            compareText(a.level.sku, b.level.sku),
        );
      }),

    loadReservations: (tenantId, orderId) =>
      settle(() =>
        [...(tenants.get(tenantId)?.reservations.get(orderId)?.values() ?? [])]
          .sort(
            (a, b) =>
              compareText(a.lineId, b.lineId) ||
              compareText(a.warehouseId, b.warehouseId) ||
              compareText(a.sku, b.sku),
          )
          .map((r) => ({ ...r })),
      ),

    loadReservationsAt: (tenantId, warehouseId, sku) =>
      settle(() =>
        [
          ...(tenants.get(tenantId)?.reservationsAt.get(levelIdOf(warehouseId, sku))?.values() ??
            []),
        ]
          .sort((a, b) => compareText(a.orderId, b.orderId) || compareText(a.lineId, b.lineId))
          .map((r) => ({ ...r })),
      ),

    append: (batch) =>
      settle(() => {
        checkStockBatch(batch, origin);
        const known = tenants.get(batch.tenantId);
        const lastSeq = known?.events.length ?? 0;
        if (batch.key !== undefined && known?.keys.has(batch.key) === true) {
          return ok({ duplicate: true, lastSeq });
        }
        for (const e of batch.expected) {
          const actual = versionOf(known, e.warehouseId, e.sku);
          if (actual !== e.version) {
            return err({
              code: 'stock/version_conflict' as const,
              tenantId: batch.tenantId,
              warehouseId: e.warehouseId,
              sku: e.sku,
              expectedVersion: e.version,
              actualVersion: actual,
            });
          }
        }
        const tenant = known ?? ensure(batch.tenantId);
        write(tenant, batch);
        return ok({ duplicate: false, lastSeq: tenant.events.length });
      }),

    loadEvents: (tenantId, afterSeq, limit) =>
      settle(() => {
        const max = readEventWindow(afterSeq, limit, origin);
        const events = tenants.get(tenantId)?.events ?? [];
        const end = Math.min(events.length, afterSeq + max);
        return afterSeq >= end ? [] : copyData(events.slice(afterSeq, end));
      }),

    loadPublished: (tenantId, channel, skus) =>
      settle(() => {
        const tenant = tenants.get(tenantId);
        const ofChannel = tenant?.published.get(channel);
        const figures = new Map<string, number>();
        for (const sku of skus) {
          const quantity = ofChannel?.get(sku);
          if (quantity !== undefined) figures.set(sku, quantity);
        }
        return { checkpoint: tenant?.checkpoint ?? 0, figures };
      }),

    savePublished: (tenantId, fromSeq, toSeq, figures) =>
      settle(() => {
        checkPublished(fromSeq, toSeq, figures, origin);
        const actual = tenants.get(tenantId)?.checkpoint ?? 0;
        if (actual !== fromSeq) {
          return err({
            code: 'stock/checkpoint_conflict' as const,
            tenantId,
            expectedSeq: fromSeq,
            actualSeq: actual,
          });
        }
        const tenant = ensure(tenantId);
        tenant.checkpoint = toSeq;
        for (const f of figures) {
          entryOf(tenant.published, f.channel, () => new Map<string, number>()).set(
            f.sku,
            f.quantity,
          );
        }
        return ok(undefined);
      }),
  };
}
