import { z } from 'zod';
import { ActorSchema } from '../order/index.js';
import { count, identifier, instant, positiveCount, text } from './_internal/fields.js';

/** Why on-hand stock was adjusted outside orders and counts. */
export const stockAdjustmentReasons = [
  'received',
  'returned',
  'found',
  'damaged',
  'lost',
  'transfer_in',
  'transfer_out',
  'correction',
] as const;

/** Why on-hand stock was adjusted. See {@link stockAdjustmentReasons}. */
export const StockAdjustmentReasonSchema = z.enum(stockAdjustmentReasons);

/** Why on-hand stock was adjusted. */
export type StockAdjustmentReason = z.infer<typeof StockAdjustmentReasonSchema>;

/** The envelope every stock event carries besides `type` and `data`. */
const envelope = {
  /** When it happened: ISO 8601 instant from the host's Clock. */
  at: instant(),
  /** Who caused it (the WMS for counts, the engine for reservations…). */
  actor: ActorSchema,
  /** The actor's short free-text note. */
  reason: text(500).exactOptional(),
};

function defineEvent<const T extends string, D extends z.ZodType>(type: T, data: D) {
  return z.strictObject({ type: z.literal(type), ...envelope, data });
}

const lineUnits = {
  orderId: identifier(),
  lineId: identifier(),
  warehouseId: identifier(),
  sku: identifier(),
  quantity: positiveCount(),
};

/** A reservation a WMS count left without units: `quantity` of it is no longer on hand. */
export const UncoveredReservationSchema = z.strictObject({
  orderId: identifier(),
  lineId: identifier(),
  /** Units of the reservation not covered by the counted stock (≥ 1). */
  quantity: positiveCount(),
});

/** A reservation a count left (partly) without units. See {@link UncoveredReservationSchema}. */
export type UncoveredReservation = z.infer<typeof UncoveredReservationSchema>;

/**
 * The stock events: past-tense facts `{ type, at, actor, reason?, data }`, each about one
 * warehouse and one SKU. The ledger is their fold (`replayStock`).
 * - `stock.reserved`: units held for an order line (`bundleSku` when a bundle component)
 * - `stock.released`: held units given back (cancellation; partial quantities allowed)
 * - `stock.shipped`: held units left the warehouse: the reservation and on-hand both drop
 * - `stock.adjusted`: on-hand changed by `delta` for `reasonCode`
 * - `stock.counted`: a WMS count set on-hand to `counted`; `expected` was the ledger's figure,
 *   `discrepancy` = counted − expected; `uncovered` lists the reservations the count left
 *   without units (empty when reservations are covered)
 * - `stock.safety_set`: the safety stock of the SKU in the warehouse
 */
export const stockEventSchemas = {
  'stock.reserved': defineEvent(
    'stock.reserved',
    z.strictObject({ ...lineUnits, bundleSku: identifier().exactOptional() }),
  ),
  'stock.released': defineEvent('stock.released', z.strictObject(lineUnits)),
  'stock.shipped': defineEvent('stock.shipped', z.strictObject(lineUnits)),
  'stock.adjusted': defineEvent(
    'stock.adjusted',
    z.strictObject({
      warehouseId: identifier(),
      sku: identifier(),
      delta: z.int().refine((d) => d !== 0),
      reasonCode: StockAdjustmentReasonSchema,
    }),
  ),
  'stock.counted': defineEvent(
    'stock.counted',
    z.strictObject({
      warehouseId: identifier(),
      sku: identifier(),
      expected: count(),
      counted: count(),
      discrepancy: z.int(),
      uncovered: z.array(UncoveredReservationSchema),
    }),
  ),
  'stock.safety_set': defineEvent(
    'stock.safety_set',
    z.strictObject({ warehouseId: identifier(), sku: identifier(), safety: count() }),
  ),
} as const;

type EventSchemas = typeof stockEventSchemas;

/** The type of a stock event: `'stock.reserved'`, `'stock.counted'`… */
export type StockEventType = keyof EventSchemas;

/** The zod schema of every stock event, discriminated by `type`. */
export const StockEventSchema = z.discriminatedUnion('type', [
  stockEventSchemas['stock.reserved'],
  stockEventSchemas['stock.released'],
  stockEventSchemas['stock.shipped'],
  stockEventSchemas['stock.adjusted'],
  stockEventSchemas['stock.counted'],
  stockEventSchemas['stock.safety_set'],
]);

/** Every stock event type's event shape, by type. */
type EventsByType = { [T in StockEventType]: z.infer<EventSchemas[T]> };

/** One stock event of the given type. */
export type StockEventOf<T extends StockEventType> = EventsByType[T];

/** A stock event. See {@link StockEventSchema}. */
export type StockEvent = StockEventOf<StockEventType>;
