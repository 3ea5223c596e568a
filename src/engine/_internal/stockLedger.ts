import {
  applyStock,
  decideStock,
  findReservation,
  findStockLevel,
  stockStateOf,
  type BundleCatalogue,
  type InventoryError,
  type StockCommand,
  type StockEvent,
  type StockState,
} from '../../inventory/index.js';
import type {
  ExpectedStockVersion,
  ReservationWrite,
  StockStore,
  StockVersionConflict,
} from '../../ports/index.js';
import { err, ok, type Result } from '../../result/index.js';

/** What a stock decision reads: the levels of some SKUs, the reservations of some orders. */
export interface StockScope {
  readonly skus: readonly string[];
  readonly orderIds?: readonly string[];
  /** Every order's reservations on one SKU in one warehouse (a count needs them). */
  readonly at?: { readonly warehouseId: string; readonly sku: string };
}

/** A partial ledger loaded from the store, with the version of each level it holds. */
export interface StockSnapshot {
  readonly state: StockState;
  /** Versions by `warehouseId` then SKU; a level never stored is absent (version 0). */
  readonly versions: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

/** Loads the levels and reservations a decision reads. */
async function loadStockSnapshot(
  stock: StockStore,
  tenantId: string,
  scope: StockScope,
): Promise<StockSnapshot> {
  const stored = await stock.loadLevels(tenantId, scope.skus);
  const reservations = [];
  for (const orderId of scope.orderIds ?? []) {
    reservations.push(...(await stock.loadReservations(tenantId, orderId)));
  }
  if (scope.at !== undefined) {
    const { warehouseId, sku } = scope.at;
    reservations.push(...(await stock.loadReservationsAt(tenantId, warehouseId, sku)));
  }
  const versions = new Map<string, Map<string, number>>();
  for (const { level, version } of stored) {
    const bySku = versions.get(level.warehouseId) ?? new Map<string, number>();
    bySku.set(level.sku, version);
    versions.set(level.warehouseId, bySku);
  }
  return {
    state: stockStateOf(
      stored.map((s) => s.level),
      reservations,
    ),
    versions,
  };
}

/** Decides commands one after the other on the snapshot; the first refusal stops everything. */
function decideStockAll(
  state: StockState,
  commands: readonly StockCommand[],
  catalogue: BundleCatalogue | undefined,
): Result<{ readonly events: readonly StockEvent[]; readonly after: StockState }, InventoryError> {
  const events: StockEvent[] = [];
  let current = state;
  for (const command of commands) {
    const decided = decideStock(current, command, catalogue === undefined ? {} : { catalogue });
    if (!decided.ok) return decided;
    for (const event of decided.value) {
      current = applyStock(current, event);
      events.push(event);
    }
  }
  return ok({ events, after: current });
}

/**
 * Appends decided stock events with the levels and reservations they touch, expecting each
 * level at the snapshot's version.
 */
function appendStockEvents(
  stock: StockStore,
  tenantId: string,
  snapshot: StockSnapshot,
  decided: { readonly events: readonly StockEvent[]; readonly after: StockState },
  key: string | undefined,
): ReturnType<StockStore['append']> {
  const levels = new Map<string, { readonly warehouseId: string; readonly sku: string }>();
  const reservations = new Map<string, Omit<ReservationWrite, 'quantity'>>();
  for (const event of decided.events) {
    const { warehouseId, sku } = event.data;
    levels.set(JSON.stringify([warehouseId, sku]), { warehouseId, sku });
    if ('orderId' in event.data) {
      const { orderId, lineId } = event.data;
      const id = JSON.stringify([orderId, lineId, warehouseId, sku]);
      reservations.set(id, { orderId, lineId, warehouseId, sku });
    }
  }
  const expected: ExpectedStockVersion[] = [...levels.values()].map(({ warehouseId, sku }) => ({
    warehouseId,
    sku,
    version: snapshot.versions.get(warehouseId)?.get(sku) ?? 0,
  }));
  return stock.append({
    tenantId,
    ...(key === undefined ? {} : { key }),
    expected,
    events: decided.events,
    levels: [...levels.values()].map(({ warehouseId, sku }) =>
      findStockLevel(decided.after, warehouseId, sku),
    ),
    reservations: [...reservations.values()].map((r) => ({
      ...r,
      quantity: findReservation(decided.after, r)?.quantity ?? 0,
    })),
  });
}

/** What a stock run did: the events appended (none when the plan had nothing to do). */
export interface StockRun {
  readonly events: readonly StockEvent[];
  /** True when a batch with the same key had been appended before. */
  readonly duplicate: boolean;
}

/**
 * Load → plan → decide → append, again on fresh figures after a version conflict (at most
 * `attempts` times). The plan returns the commands to decide on the snapshot, or none.
 */
export async function runStock<E>(
  stock: StockStore,
  tenantId: string,
  options: {
    readonly scope: StockScope;
    readonly catalogue?: BundleCatalogue | undefined;
    readonly key?: string | undefined;
    readonly attempts: number;
  },
  plan: (snapshot: StockSnapshot) => Result<readonly StockCommand[], E>,
): Promise<Result<StockRun, E | InventoryError | StockVersionConflict>> {
  let conflict: StockVersionConflict | undefined;
  for (let attempt = 1; attempt <= options.attempts; attempt++) {
    const snapshot = await loadStockSnapshot(stock, tenantId, options.scope);
    const commands = plan(snapshot);
    if (!commands.ok) return commands;
    if (commands.value.length === 0) return ok({ events: [], duplicate: false });
    const decided = decideStockAll(snapshot.state, commands.value, options.catalogue);
    if (!decided.ok) return decided;
    const appended = await appendStockEvents(stock, tenantId, snapshot, decided.value, options.key);
    if (appended.ok) {
      return ok({
        events: appended.value.duplicate ? [] : decided.value.events,
        duplicate: appended.value.duplicate,
      });
    }
    conflict = appended.error;
  }
  return err(conflict as StockVersionConflict);
}
