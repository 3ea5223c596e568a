import { z } from 'zod';
import { ActorSchema } from '../order/index.js';
import { count, identifier, instant, positiveCount, text } from './_internal/fields.js';
import { StockAdjustmentReasonSchema } from './events.js';

const envelope = {
  /** When the command is given: ISO 8601 instant from the host's Clock (copied to the events). */
  at: instant(),
  /** Who gives the command (copied to the events). */
  actor: ActorSchema,
  /** The actor's short note, copied to the events. */
  reason: text(500).exactOptional(),
};

function defineCommand<const T extends string, S extends z.core.$ZodLooseShape>(type: T, shape: S) {
  return z.strictObject({ type: z.literal(type), ...envelope, ...shape });
}

const lineUnits = {
  orderId: identifier(),
  lineId: identifier(),
  warehouseId: identifier(),
  /** The SKU of the order line: a bundle SKU expands to its components (see `decideStock`). */
  sku: identifier(),
  quantity: positiveCount(),
};

/**
 * The stock commands, by type:
 * - `reserve`: hold `quantity` units of an order line in one warehouse
 * - `release`: give back held units (cancellation), all or part
 * - `ship`: held units leave the warehouse (reservation and on-hand both drop)
 * - `adjust`: change on-hand by a non-zero `delta`, for a `reasonCode`
 * - `count`: a WMS count: on-hand becomes `counted`
 * - `setSafety`: the safety stock of a SKU in a warehouse
 */
export const stockCommandSchemas = {
  reserve: defineCommand('reserve', lineUnits),
  release: defineCommand('release', lineUnits),
  ship: defineCommand('ship', lineUnits),
  adjust: defineCommand('adjust', {
    warehouseId: identifier(),
    sku: identifier(),
    delta: z.int(),
    reasonCode: StockAdjustmentReasonSchema,
  }),
  count: defineCommand('count', { warehouseId: identifier(), sku: identifier(), counted: count() }),
  setSafety: defineCommand('setSafety', {
    warehouseId: identifier(),
    sku: identifier(),
    safety: count(),
  }),
} as const;

type CommandSchemas = typeof stockCommandSchemas;

/** The type of a stock command: `'reserve'`, `'count'`… */
export type StockCommandType = keyof CommandSchemas;

/** The zod schema of every stock command, discriminated by `type`. */
export const StockCommandSchema = z.discriminatedUnion('type', [
  stockCommandSchemas.reserve,
  stockCommandSchemas.release,
  stockCommandSchemas.ship,
  stockCommandSchemas.adjust,
  stockCommandSchemas.count,
  stockCommandSchemas.setSafety,
]);

/** Every stock command type's shape, by type. */
type CommandsByType = { [T in StockCommandType]: z.infer<CommandSchemas[T]> };

/** One stock command of the given type. */
export type StockCommandOf<T extends StockCommandType> = CommandsByType[T];

/** A stock command. See {@link StockCommandSchema}. */
export type StockCommand = StockCommandOf<StockCommandType>;
