import type { z } from 'zod';
import {
  StockEventSchema,
  WarehouseStockLevelSchema,
  type Reservation,
  type StockEvent,
  type WarehouseStockLevel,
} from '../../inventory/index.js';
import { OrdokitError } from '../../result/index.js';
import type { StoreRecordInvalid, StoredStockEvent, StoredStockLevel } from '../../ports/index.js';

/** A row of `stock_levels` (bigint columns arrive as strings from `pg`, numbers from PGlite). */
interface LevelRow {
  readonly tenant_id: string;
  readonly warehouse_id: string;
  readonly sku: string;
  readonly on_hand: unknown;
  readonly reserved: unknown;
  readonly safety: unknown;
  readonly version: unknown;
}

/** A row of `stock_events`. */
interface EventRow {
  readonly tenant_id: string;
  readonly seq: unknown;
  readonly event: unknown;
}

/** A row of `stock_reservations`. */
interface ReservationRow {
  readonly order_id: string;
  readonly line_id: string;
  readonly warehouse_id: string;
  readonly sku: string;
  readonly quantity: unknown;
}

/** The columns {@link toStoredLevel} reads. */
export const levelColumns = 'tenant_id, warehouse_id, sku, on_hand, reserved, safety, version';

/** The columns {@link toStoredEvent} reads. */
export const stockEventColumns = 'tenant_id, seq, event';

/** The columns {@link toReservation} reads. */
export const reservationColumns = 'order_id, line_id, warehouse_id, sku, quantity';

/** A `bigint` or `integer` column as a number (`pg` gives bigints as text). */
const numberOf = (value: unknown): number => (typeof value === 'number' ? value : Number(value));

type Where = Omit<StoreRecordInvalid, 'code' | 'path'>;

/**
 * The value when it matches its schema (the value read is returned; the schema vouches).
 *
 * @throws OrdokitError `store/record_invalid` when it does not match
 */
function checked<S extends z.ZodType>(schema: S, value: unknown, where: Where): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return value as z.output<S>;
  const path = (result.error.issues[0]?.path ?? []).map((p) =>
    typeof p === 'symbol' ? String(p) : p,
  );
  const detail: StoreRecordInvalid = { code: 'store/record_invalid', ...where, path };
  throw new OrdokitError(
    detail,
    `ordokit/postgres: stored ${where.record} of tenant ${where.tenantId} is invalid at /${path.join('/')}`,
  );
}

/**
 * A stored level from a row of `stock_levels`.
 *
 * @param row - the row
 * @returns the level and its version
 * @throws OrdokitError `store/record_invalid` (record `stock_level`) when the level does not
 *   match `WarehouseStockLevelSchema`
 */
export function toStoredLevel(row: unknown): StoredStockLevel {
  const r = row as LevelRow;
  const level: WarehouseStockLevel = checked(
    WarehouseStockLevelSchema,
    {
      warehouseId: r.warehouse_id,
      sku: r.sku,
      onHand: numberOf(r.on_hand),
      reserved: numberOf(r.reserved),
      safety: numberOf(r.safety),
    },
    { record: 'stock_level', tenantId: r.tenant_id, warehouseId: r.warehouse_id, sku: r.sku },
  );
  return { level, version: numberOf(r.version) };
}

/**
 * A stored stock event from a row of `stock_events`.
 *
 * @param row - the row
 * @returns the event and its seq
 * @throws OrdokitError `store/record_invalid` (record `stock_event`) when the event does not
 *   match `StockEventSchema`
 */
export function toStoredEvent(row: unknown): StoredStockEvent {
  const r = row as EventRow;
  const seq = numberOf(r.seq);
  const event: StockEvent = checked(StockEventSchema, r.event, {
    record: 'stock_event',
    tenantId: r.tenant_id,
    seq,
  });
  return { seq, event };
}

/**
 * A reservation from a row of `stock_reservations` (its columns are typed and checked by the
 * table: nothing else to check).
 *
 * @param row - the row
 * @returns the reservation
 */
export function toReservation(row: unknown): Reservation {
  const r = row as ReservationRow;
  return {
    orderId: r.order_id,
    lineId: r.line_id,
    warehouseId: r.warehouse_id,
    sku: r.sku,
    quantity: numberOf(r.quantity),
  };
}
