import { err, ok, type Result } from '../result/index.js';
import type { BundleCatalogue } from './bundleCatalogue.js';
import type { StockCommand, StockCommandOf } from './commands.js';
import type { InventoryError } from './errors.js';
import type { StockEvent } from './events.js';
import { findStockLevel } from './findStockLevel.js';
import type { StockState } from './schema.js';
import { checkIdentifiers, checkQuantity } from './_internal/checks.js';
import { decideLine } from './_internal/decideLine.js';
import { findUncovered } from './_internal/findUncovered.js';

/** Options of {@link decideStock}. */
export interface DecideStockOptions {
  /** Bundles: a reserve, release or ship of a bundle SKU acts on all its components at once. */
  readonly catalogue?: BundleCatalogue;
}

type Data<T extends StockEvent['type']> = Extract<StockEvent, { type: T }>['data'];
type Draft = {
  [T in StockEvent['type']]: { readonly type: T; readonly data: Data<T> };
}[StockEvent['type']];

function seal(command: StockCommand, drafts: readonly Draft[]): StockEvent[] {
  const { at, actor, reason } = command;
  return drafts.map(
    (d) =>
      (reason === undefined
        ? { type: d.type, at, actor, data: d.data }
        : { type: d.type, at, actor, reason, data: d.data }) as StockEvent,
  );
}

function decideAdjust(
  state: StockState,
  command: StockCommandOf<'adjust'>,
): Result<readonly Draft[], InventoryError> {
  const bad = checkQuantity('delta', command.delta, 'non_zero');
  if (bad !== undefined) return err(bad);
  const { warehouseId, sku, delta, reasonCode } = command;
  const level = findStockLevel(state, warehouseId, sku);
  const after = level.onHand + delta;
  const overflow = checkQuantity('delta', after, 'within_limit');
  if (overflow !== undefined) return err({ ...overflow, value: delta });
  const refused =
    after < 0
      ? 'below_zero'
      : delta < 0 && after < level.reserved
        ? 'uncovers_reservations'
        : undefined;
  if (refused !== undefined) {
    return err({
      code: 'inventory/adjustment_refused',
      reason: refused,
      warehouseId,
      sku,
      onHand: level.onHand,
      reserved: level.reserved,
      delta,
    });
  }
  return ok([{ type: 'stock.adjusted', data: { warehouseId, sku, delta, reasonCode } }]);
}

function decideCount(
  state: StockState,
  command: StockCommandOf<'count'>,
): Result<readonly Draft[], InventoryError> {
  const bad = checkQuantity('counted', command.counted, 'non_negative');
  if (bad !== undefined) return err(bad);
  const { warehouseId, sku, counted } = command;
  const expected = findStockLevel(state, warehouseId, sku).onHand;
  const uncovered = findUncovered(state, warehouseId, sku, counted);
  const data = { warehouseId, sku, expected, counted, discrepancy: counted - expected, uncovered };
  return ok([{ type: 'stock.counted', data }]);
}

function route(
  state: StockState,
  command: StockCommand,
  options: DecideStockOptions,
): Result<readonly Draft[], InventoryError> {
  switch (command.type) {
    case 'reserve':
    case 'release':
    case 'ship': {
      const bad = checkQuantity('quantity', command.quantity, 'positive');
      if (bad !== undefined) return err(bad);
      const parts = decideLine(state, command, options.catalogue);
      if (!parts.ok) return parts;
      const type =
        `stock.${command.type === 'reserve' ? 'reserved' : command.type === 'release' ? 'released' : 'shipped'}` as const;
      return ok(
        parts.value.map((p): Draft => {
          const { bundleSku, ...units } = p;
          return type === 'stock.reserved'
            ? { type, data: bundleSku === undefined ? units : { ...units, bundleSku } }
            : { type, data: units };
        }),
      );
    }
    case 'adjust':
      return decideAdjust(state, command);
    case 'count':
      return decideCount(state, command);
    case 'setSafety': {
      const bad = checkQuantity('safety', command.safety, 'non_negative');
      if (bad !== undefined) return err(bad);
      const { warehouseId, sku, safety } = command;
      return ok([{ type: 'stock.safety_set', data: { warehouseId, sku, safety } }]);
    }
  }
}

/**
 * Decides what a stock command does to the ledger: the events it causes, or the typed error
 * of the first rule it breaks (the ledger is then unchanged). Rules:
 * - `reserve` needs `available` ≥ quantity in that warehouse (`inventory/insufficient_stock`);
 *   a bundle SKU (with `options.catalogue`) reserves every component in the same warehouse, or
 *   nothing: one event per component, or one error
 * - `release` and `ship` need a reservation of the line for that warehouse and SKU holding at
 *   least the quantity; `ship` also needs the units on hand
 * - `adjust` never takes on-hand below 0 nor below the reserved units
 * - `count` always succeeds: on-hand becomes the counted units; the event reports the
 *   discrepancy and the reservations left uncovered
 * Quantities must be safe integers (`inventory/quantity_invalid`), ids valid
 * (`inventory/identifier_invalid`). Pure: time and actor come in the command.
 *
 * @param state - the ledger (`emptyStockState` at first)
 * @param command - what to do
 * @param options - the bundle catalogue, if bundle SKUs may occur
 * @returns the events to append (then `applyStock` them), or a typed error
 * @example
 * ```ts
 * const decided = decideStock(state, {
 *   type: 'reserve', at: clock.now(), actor: { kind: 'system', id: 'router' },
 *   orderId: 'O1', lineId: 'L1', warehouseId: 'PAR', sku: 'MUG', quantity: 2,
 * });
 * if (decided.ok) state = decided.value.reduce(applyStock, state);
 * else console.log(formatError(decided.error, 'fr'));
 * ```
 */
export function decideStock(
  state: StockState,
  command: StockCommand,
  options: DecideStockOptions = {},
): Result<readonly StockEvent[], InventoryError> {
  const ids =
    command.type === 'reserve' || command.type === 'release' || command.type === 'ship'
      ? checkIdentifiers([
          ['orderId', command.orderId],
          ['lineId', command.lineId],
          ['warehouseId', command.warehouseId],
          ['sku', command.sku],
        ])
      : checkIdentifiers([
          ['warehouseId', command.warehouseId],
          ['sku', command.sku],
        ]);
  if (ids !== undefined) return err(ids);
  const drafts = route(state, command, options);
  return drafts.ok ? ok(seal(command, drafts.value)) : drafts;
}
