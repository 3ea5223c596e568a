import {
  createManualClock,
  createMemoryStorage,
  createMemoryStockStore,
  createSequentialIds,
  type ManualClock,
  type MemoryStorage,
} from '../../src/adapters/memory/index.js';
import {
  createOms,
  type Oms,
  type OmsInventory,
  type StockUpdateOutcome,
} from '../../src/engine/index.js';
import type { Outbox, StockStore } from '../../src/ports/index.js';
import type { Warehouse } from '../../src/routing/index.js';
import { payload, recordingConnectors, start, value, type Call } from './_support.js';
import type { Json } from '../order/_fixtures.js';

/** A warehouse serving every country, with a rank and a parcel cost in EUR. */
export function warehouse(warehouseId: string, priority: number, cost = '5.00'): Warehouse {
  return {
    warehouseId,
    enabled: true,
    countries: '*',
    capabilities: [],
    priority,
    costPerParcel: { amount: cost, currency: 'EUR' },
  };
}

/** PAR ranks before LYO. */
export const paris = warehouse('PAR', 1);
export const lyon = warehouse('LYO', 2);

export interface InventoryHarness {
  readonly oms: Oms;
  readonly storage: MemoryStorage;
  readonly stock: StockStore;
  readonly clock: ManualClock;
  readonly calls: Call[];
}

/** An OMS keeping stock in memory, with recording connectors (WMS `main-wms`, amazon…). */
export function setupInventory(
  overrides: Partial<OmsInventory> = {},
  wrapOutbox: (outbox: Outbox) => Outbox = (outbox) => outbox,
): InventoryHarness {
  const storage = createMemoryStorage();
  const stock = createMemoryStockStore();
  const clock = createManualClock(start);
  const { connectors, calls } = recordingConnectors();
  const oms = createOms({
    store: storage.store,
    outbox: wrapOutbox(storage.outbox),
    clock,
    ids: createSequentialIds(),
    connectors,
    inventory: {
      stock,
      warehouses: [paris, lyon],
      routing: { split: 'allowed', maxParcels: 2, backorder: 'hold_missing_lines' },
      ...overrides,
    },
  });
  return { oms, storage, stock, clock, calls };
}

/** Receives units of a SKU in a warehouse (an adjustment `received`). */
export async function receive(
  oms: Oms,
  warehouseId: string,
  sku: string,
  delta: number,
  tenantId = 'tenant-a',
): Promise<void> {
  value(
    await oms.updateStock(tenantId, {
      type: 'adjust',
      warehouseId,
      sku,
      delta,
      reasonCode: 'received',
    }),
  );
}

/** The stored level of a SKU in a warehouse (zeros when never stored). */
export async function levelOf(
  stock: StockStore,
  warehouseId: string,
  sku: string,
  tenantId = 'tenant-a',
): Promise<{ onHand: number; reserved: number; safety: number }> {
  const levels = await stock.loadLevels(tenantId, [sku]);
  const found = levels.find((l) => l.level.warehouseId === warehouseId);
  const { onHand, reserved, safety } = found?.level ?? { onHand: 0, reserved: 0, safety: 0 };
  return { onHand, reserved, safety };
}

/** Ingests the fixture order (amazon, L1 MUG-RED ×2, L2 TEA-50 ×1), waiting for acceptance by default. */
export async function ingestOrder(
  oms: Oms,
  change?: (json: Json) => void,
  needsAcceptance = true,
): Promise<{ readonly tenantId: string; readonly orderId: string }> {
  const json = payload();
  change?.(json);
  const outcome = value(await oms.ingest('amazon', json, { needsAcceptance }));
  return { tenantId: outcome.state.tenantId, orderId: outcome.state.orderId };
}

type Ref = { readonly tenantId: string; readonly orderId: string };

/** Packs units of a line in a parcel from a warehouse and ships it with a Colissimo tracking. */
export async function shipParcel(
  oms: Oms,
  ref: Ref,
  parcel: { parcelId: string; lineId: string; quantity: number; warehouseId: string },
): Promise<void> {
  const { parcelId, lineId, quantity, warehouseId } = parcel;
  value(await oms.recordParcel(ref, { parcelId, lines: [{ lineId, quantity }], warehouseId }));
  value(
    await oms.recordTracking(ref, {
      parcelId,
      tracking: { number: `6A-${parcelId}`, carrierCode: 'colissimo' },
      carrier: { code: 'colissimo' },
    }),
  );
}

/** Cancels units of a line at the buyer's request. */
export async function cancelUnits(
  oms: Oms,
  ref: Ref,
  lineId: string,
  quantity: number,
): Promise<void> {
  value(
    await oms.cancelLines(ref, {
      lines: [{ lineId, quantity }],
      requestedBy: 'buyer',
      reasonCode: 'buyer_request',
    }),
  );
}

/** Records a WMS count of a SKU in a warehouse; returns what the engine did. */
export async function countStock(
  oms: Oms,
  warehouseId: string,
  sku: string,
  counted: number,
): Promise<StockUpdateOutcome> {
  return value(await oms.updateStock('tenant-a', { type: 'count', warehouseId, sku, counted }));
}
