import type fc from 'fast-check';
import type { StockEvent, WarehouseStockLevel } from '../../../inventory/index.js';
import type { PublishedAvailability, ReservationWrite } from '../../../ports/index.js';
import { checkSame, show } from './assert.js';
import {
  adjusted,
  levelOf,
  released,
  reservationOf,
  reserved,
  stockBatch,
  storedEvents,
  type LevelRef,
} from './stockFixtures.js';
import {
  channels,
  checkRead,
  orders,
  refAt,
  type Real,
  type StockModel,
} from './stockModelState.js';

/** An append: levels by index, a delta each, maybe a wrong version, a key, a reservation. */
export interface AppendSpec {
  readonly picks: readonly number[];
  readonly deltas: readonly number[];
  /** Which pick gets a wrong version (-1: none), and how wrong. */
  readonly skewAt: number;
  readonly skew: number;
  readonly key: number | undefined;
  readonly reservation:
    | { readonly pick: number; readonly order: number; readonly line: number; readonly n: number }
    | undefined;
}

export class AppendCommand implements fc.AsyncCommand<StockModel, Real> {
  constructor(readonly spec: AppendSpec) {}

  check(): boolean {
    return true;
  }

  async run(model: StockModel, real: Real): Promise<void> {
    const { picks, deltas, skewAt, skew, key, reservation } = this.spec;
    const minute = model.events.length;
    const expected = picks.map((i, p): readonly [LevelRef, number] => {
      const v = model.version(i);
      const wrong = skew < 0 && v === 0 ? 1 : v + skew;
      return [refAt(i), p === skewAt ? wrong : v];
    });
    const events: StockEvent[] = picks.map((i, p) => adjusted(refAt(i), deltas[p] ?? 1, minute));
    const levels: WarehouseStockLevel[] = picks.map((i, p) => {
      const before = model.levels.get(i)?.level ?? levelOf(refAt(i), 0);
      return { ...before, onHand: before.onHand + (deltas[p] ?? 1) };
    });
    const writes: ReservationWrite[] = [];
    if (reservation !== undefined) {
      const ref = refAt(picks[reservation.pick % picks.length] ?? 0);
      const orderId = orders[reservation.order] ?? 'o-1';
      const lineId = `l-${String(reservation.line)}`;
      writes.push(reservationOf(ref, orderId, lineId, reservation.n));
      events.push(
        reservation.n > 0
          ? reserved(ref, orderId, lineId, reservation.n, minute)
          : released(ref, orderId, lineId, 1, minute),
      );
    }
    const batch = stockBatch({
      tenantId: real.tenantId,
      ...(key === undefined ? {} : { key: `k-${String(key)}` }),
      expected,
      events,
      levels,
      reservations: writes,
    });
    const actual = await real.stock.append(batch);
    const what = `append ${show(this.spec)}`;
    if (batch.key !== undefined && model.keys.has(batch.key)) {
      checkSame(
        actual,
        { ok: true, value: { duplicate: true, lastSeq: model.events.length } },
        what,
      );
      return;
    }
    const stale = picks.findIndex((i, p) => expected[p]?.[1] !== model.version(i));
    if (stale >= 0) {
      const [[warehouseId, sku], version] = expected[stale] ?? [refAt(0), 0];
      const error = {
        code: 'stock/version_conflict',
        tenantId: real.tenantId,
        warehouseId,
        sku,
        expectedVersion: version,
        actualVersion: model.version(picks[stale] ?? 0),
      };
      checkSame(actual, { ok: false, error }, what);
      return;
    }
    model.events.push(...events);
    picks.forEach((i, p) => {
      const level = levels[p] ?? levelOf(refAt(i), 0);
      model.levels.set(i, { level, version: model.version(i) + 1 });
    });
    for (const w of writes) {
      const id = JSON.stringify([w.orderId, w.lineId, w.warehouseId, w.sku]);
      if (w.quantity > 0) model.reservations.set(id, { ...w });
      else model.reservations.delete(id);
    }
    if (batch.key !== undefined) model.keys.add(batch.key);
    checkSame(
      actual,
      { ok: true, value: { duplicate: false, lastSeq: model.events.length } },
      what,
    );
  }

  toString(): string {
    return `append(${show(this.spec)})`;
  }
}

/** A save of published figures, from the checkpoint or a wrong one. */
export interface SaveSpec {
  readonly staleBy: number;
  readonly advance: number;
  readonly figures: readonly PublishedAvailability[];
}

export class SaveCommand implements fc.AsyncCommand<StockModel, Real> {
  constructor(readonly spec: SaveSpec) {}

  check(): boolean {
    return true;
  }

  async run(model: StockModel, real: Real): Promise<void> {
    const { staleBy, advance, figures } = this.spec;
    const { checkpoint } = model;
    const from =
      staleBy === 0 ? checkpoint : staleBy < 0 && checkpoint > 0 ? checkpoint - 1 : checkpoint + 1;
    const actual = await real.stock.savePublished(real.tenantId, from, from + advance, figures);
    const what = `savePublished from ${String(from)} ${show(this.spec)}`;
    if (from !== model.checkpoint) {
      const error = {
        code: 'stock/checkpoint_conflict',
        tenantId: real.tenantId,
        expectedSeq: from,
        actualSeq: model.checkpoint,
      };
      checkSame(actual, { ok: false, error }, what);
      return;
    }
    checkSame(actual.ok, true, what);
    model.checkpoint = from + advance;
    for (const f of figures) model.published.set(JSON.stringify([f.channel, f.sku]), f.quantity);
  }

  toString(): string {
    return `savePublished(${show(this.spec)})`;
  }
}

/** Reads of every kind, compared with the model. */
export interface ReadSpec {
  readonly afterSeq: number;
  readonly limit: number;
  readonly skus: readonly string[];
  readonly order: number;
  readonly channel: number;
}

export class ReadCommand implements fc.AsyncCommand<StockModel, Real> {
  constructor(readonly spec: ReadSpec) {}

  check(): boolean {
    return true;
  }

  async run(model: StockModel, real: Real): Promise<void> {
    const { afterSeq, limit, order, channel } = this.spec;
    const wanted = this.spec.skus;
    await checkRead(model, real, wanted, orders[order] ?? 'o-1', channels[channel] ?? 'web');
    const all = storedEvents(model.events);
    checkSame(
      await real.stock.loadEvents(real.tenantId, afterSeq, limit),
      all.slice(afterSeq, afterSeq + limit),
      `loadEvents(${String(afterSeq)}, ${String(limit)})`,
    );
  }

  toString(): string {
    return `read(${show(this.spec)})`;
  }
}
