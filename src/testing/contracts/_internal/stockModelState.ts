import type { Reservation, StockEvent } from '../../../inventory/index.js';
import type { StockStore, StoredStockLevel } from '../../../ports/index.js';
import { checkSame, show } from './assert.js';
import type { LevelRef } from './stockFixtures.js';

/** The levels a run draws from (mixed case: byte order puts `'Lyon'` before `'lyon'`). */
export const refs: readonly LevelRef[] = [
  ['paris', 'MUG'],
  ['paris', 'CUP'],
  ['lyon', 'MUG'],
  ['Lyon', 'cup'],
];
/** The SKUs of those levels. */
export const skus = ['MUG', 'CUP', 'cup'] as const;
/** The orders reservations are written for. */
export const orders = ['o-1', 'o-2'] as const;
/** The channels figures are published on. */
export const channels = ['web', 'market'] as const;

/** Byte order for the ASCII ids of the model. */
const textOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** The level at an index. */
export const refAt = (i: number): LevelRef => refs[i] ?? ['?', '?'];

/** What the store must hold: a simple model of one tenant. */
export class StockModel {
  readonly levels = new Map<number, StoredStockLevel>();
  readonly reservations = new Map<string, Reservation>();
  readonly events: StockEvent[] = [];
  readonly keys = new Set<string>();
  checkpoint = 0;
  readonly published = new Map<string, number>();

  version(i: number): number {
    return this.levels.get(i)?.version ?? 0;
  }

  levelsOf(wanted: readonly string[]): StoredStockLevel[] {
    return [...this.levels.values()]
      .filter((s) => wanted.includes(s.level.sku))
      .sort(
        (a, b) =>
          textOrder(a.level.warehouseId, b.level.warehouseId) ||
          textOrder(a.level.sku, b.level.sku),
      );
  }

  reservationsAt([warehouseId, sku]: LevelRef): Reservation[] {
    return [...this.reservations.values()]
      .filter((r) => r.warehouseId === warehouseId && r.sku === sku)
      .sort((a, b) => textOrder(a.orderId, b.orderId) || textOrder(a.lineId, b.lineId));
  }

  reservationsOf(orderId: string): Reservation[] {
    return [...this.reservations.values()]
      .filter((r) => r.orderId === orderId)
      .sort(
        (a, b) =>
          textOrder(a.lineId, b.lineId) ||
          textOrder(a.warehouseId, b.warehouseId) ||
          textOrder(a.sku, b.sku),
      );
  }

  publishedOf(channel: string, wanted: readonly string[]): [string, number][] {
    return wanted.flatMap((sku): [string, number][] => {
      const n = this.published.get(JSON.stringify([channel, sku]));
      return n === undefined ? [] : [[sku, n]];
    });
  }
}

/** The store under test, in the run's own tenant. */
export interface Real {
  readonly stock: StockStore;
  readonly tenantId: string;
}

/** Compares levels, one order's reservations and one channel's figures with the model. */
export async function checkRead(
  model: StockModel,
  real: Real,
  wanted: readonly string[],
  orderId: string,
  channel: string,
): Promise<void> {
  const { stock, tenantId } = real;
  checkSame(
    await stock.loadLevels(tenantId, wanted),
    model.levelsOf(wanted),
    `levels ${show(wanted)}`,
  );
  checkSame(
    await stock.loadReservations(tenantId, orderId),
    model.reservationsOf(orderId),
    `reservations of ${orderId}`,
  );
  for (const [warehouseId, sku] of refs.filter(([, s]) => wanted.includes(s))) {
    checkSame(
      await stock.loadReservationsAt(tenantId, warehouseId, sku),
      model.reservationsAt([warehouseId, sku]),
      `reservations on ${warehouseId} ${sku}`,
    );
  }
  const published = await stock.loadPublished(tenantId, channel, wanted);
  checkSame(
    [published.checkpoint, [...published.figures].sort(([a], [b]) => textOrder(a, b))],
    [model.checkpoint, model.publishedOf(channel, wanted).sort(([a], [b]) => textOrder(a, b))],
    `published on ${channel} ${show(wanted)}`,
  );
}
