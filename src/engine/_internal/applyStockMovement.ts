import {
  available,
  findStockLevel,
  inventoryMessages,
  type InventoryError,
  type StockCommand,
  type StockState,
} from '../../inventory/index.js';
import type {
  ConnectorFailure,
  OutboxMessage,
  StockLine,
  StockMovement,
  StockVersionConflict,
} from '../../ports/index.js';
import { err, ok, type Result } from '../../result/index.js';
import type { OmsInventory } from '../config.js';
import type { EngineContext } from './context.js';
import { lineCommands, unitsHeld } from './orderStock.js';
import { runStock, type StockRun, type StockSnapshot } from './stockLedger.js';

type Parts = readonly { readonly sku: string; readonly quantity: number }[];

/** What one unit of a movement's line takes from stock: its components, or its own SKU once. */
function partsOfLine(line: StockLine): Parts {
  return line.components ?? [{ sku: line.sku, quantity: 1 }];
}

/**
 * The movement with each bundle line's components: its own, else the catalogue's (the
 * reservation took them from the same place), so a kit from `inventory.bundles` releases and
 * consumes its components, not its own SKU.
 */
function withComponents(movement: StockMovement, inventory: OmsInventory): StockMovement {
  const lines = movement.lines.map((line): StockLine => {
    if (line.components !== undefined) return line;
    const components = inventory.bundles?.expanded.get(line.sku);
    if (components === undefined) return line;
    return { ...line, components: components.map((c) => ({ sku: c.sku, quantity: c.quantity })) };
  });
  return { ...movement, lines };
}

/** The warehouses holding units of the line: the movement's own first, then the largest, then by id. */
function warehousesOf(
  state: StockState,
  movement: StockMovement,
  line: StockLine,
): { readonly warehouseId: string; readonly units: number }[] {
  const ids = new Set<string>();
  for (const r of Object.values(state.reservations)) {
    if (r.orderId === movement.orderId && r.lineId === line.lineId) ids.add(r.warehouseId);
  }
  const first = movement.warehouseId;
  return [...ids]
    .map((warehouseId) => ({
      warehouseId,
      units: unitsHeld(state, movement.orderId, line.lineId, partsOfLine(line), warehouseId),
    }))
    .filter((w) => w.units > 0)
    .sort((a, b) => {
      if (a.warehouseId === first || b.warehouseId === first) {
        return a.warehouseId === first ? -1 : 1;
      }
      if (a.units !== b.units) return b.units - a.units;
      return a.warehouseId < b.warehouseId ? -1 : 1;
    });
}

/**
 * A ship command split by what is on hand: units a WMS count already took out of on-hand
 * (the count came after the parcel left) are released instead, so the reservation goes and
 * on-hand stays what the warehouse counted. `onHand` tracks what earlier commands shipped.
 */
function shipOrRelease(
  state: StockState,
  command: Extract<StockCommand, { type: 'ship' }>,
  onHand: Map<string, number>,
): StockCommand[] {
  const key = JSON.stringify([command.warehouseId, command.sku]);
  const left = onHand.get(key) ?? findStockLevel(state, command.warehouseId, command.sku).onHand;
  const shipped = Math.min(command.quantity, Math.max(0, left));
  onHand.set(key, left - shipped);
  const released = command.quantity - shipped;
  const parts: StockCommand[] = [];
  if (shipped > 0) parts.push({ ...command, quantity: shipped });
  if (released > 0) parts.push({ ...command, type: 'release', quantity: released });
  return parts;
}

/** Units of a line one warehouse could still reserve: the scarcest part decides. */
function freeUnits(state: StockState, warehouseId: string, parts: Parts): number {
  let units = Number.POSITIVE_INFINITY;
  for (const part of parts) {
    const free = available(findStockLevel(state, warehouseId, part.sku));
    units = Math.min(units, Math.floor(free / part.quantity));
  }
  return units;
}

/**
 * The release or ship commands of a movement: each line's units taken from the warehouses
 * that hold them, in {@link warehousesOf} order. Units no reservation holds are skipped (the
 * order was allocated outside the engine's stock, or a count already took them).
 *
 * A parcel leaves from its own warehouse: when that warehouse holds fewer of the line's units
 * than shipped (a cancellation released them there, while units stay reserved elsewhere), the
 * reservation moves to it first, as far as it has units free, so that the stock leaves where it
 * physically left; only the rest is taken from the other warehouses' reservations.
 */
function commandsOf(
  snapshot: StockSnapshot,
  movement: StockMovement,
  type: 'release' | 'ship',
  envelope: Pick<StockCommand, 'at' | 'actor'>,
): StockCommand[] {
  const commands: StockCommand[] = [];
  const onHand = new Map<string, number>();
  const first = movement.warehouseId;
  for (const line of movement.lines) {
    const parts = partsOfLine(line);
    const where = (warehouseId: string) => ({
      orderId: movement.orderId,
      lineId: line.lineId,
      warehouseId,
    });
    const holders = warehousesOf(snapshot.state, movement, line).map((h) => ({ ...h }));
    if (type === 'ship' && first !== undefined) {
      const here = holders.find((h) => h.warehouseId === first);
      const held = here?.units ?? 0;
      const elsewhere = holders.reduce((n, h) => n + (h.warehouseId === first ? 0 : h.units), 0);
      const short = Math.min(Math.max(0, line.quantity - held), elsewhere);
      const swap = Math.min(short, freeUnits(snapshot.state, first, parts));
      let left = swap;
      for (const h of holders) {
        if (left === 0) break;
        if (h.warehouseId === first) continue;
        const quantity = Math.min(left, h.units);
        left -= quantity;
        h.units -= quantity;
        commands.push(...lineCommands('release', envelope, where(h.warehouseId), parts, quantity));
      }
      if (swap > 0) {
        commands.push(...lineCommands('reserve', envelope, where(first), parts, swap));
        if (here === undefined) holders.unshift({ warehouseId: first, units: swap });
        else here.units += swap;
      }
    }
    let remaining = line.quantity;
    for (const { warehouseId, units } of holders) {
      if (remaining === 0) break;
      const quantity = Math.min(remaining, units);
      if (quantity === 0) continue;
      remaining -= quantity;
      for (const command of lineCommands(type, envelope, where(warehouseId), parts, quantity)) {
        if (command.type === 'ship')
          commands.push(...shipOrRelease(snapshot.state, command, onHand));
        else commands.push(command);
      }
    }
  }
  return commands;
}

function describeInventoryError(error: InventoryError): string {
  const render = inventoryMessages[error.code].en as (e: InventoryError) => string;
  return render(error);
}

/**
 * Releases or ships the units of a movement's lines in the stock store (see
 * {@link commandsOf}), in one append under `key` when given, again on fresh figures after a
 * version conflict.
 */
export function moveStock(
  ctx: EngineContext,
  inventory: OmsInventory,
  tenantId: string,
  given: StockMovement,
  type: 'release' | 'ship',
  options: { readonly key?: string; readonly now: string },
): Promise<Result<StockRun, InventoryError | StockVersionConflict>> {
  const movement = withComponents(given, inventory);
  const skus = new Set<string>();
  for (const line of movement.lines) {
    for (const part of partsOfLine(line)) skus.add(part.sku);
  }
  const envelope = { at: options.now, actor: ctx.policy.systemActor };
  return runStock<never>(
    inventory.stock,
    tenantId,
    {
      scope: { skus: [...skus], orderIds: [movement.orderId] },
      key: options.key,
      attempts: ctx.policy.conflictRetries + 1,
    },
    (snapshot) => ok(commandsOf(snapshot, movement, type, envelope)),
  );
}

/**
 * Applies a `stock.release` or `stock.consume` message to the stock store: the reservations of
 * the movement's lines are released or shipped, under the message's key (a message delivered
 * twice moves stock once). A stock rule refusing the movement is `connector/rejected` (the
 * order goes on hold `effect_failed`); levels that keep changing are `connector/unavailable`
 * (retried later).
 */
export async function applyStockMovement(
  ctx: EngineContext,
  inventory: OmsInventory,
  message: OutboxMessage,
  now: string,
): Promise<Result<void, ConnectorFailure>> {
  const { effect } = message;
  if (effect.kind !== 'stock.release' && effect.kind !== 'stock.consume') return ok(undefined);
  const type = effect.kind === 'stock.release' ? 'release' : 'ship';
  const moved = await moveStock(ctx, inventory, message.tenantId, effect.payload, type, {
    key: message.key,
    now,
  });
  if (moved.ok) return ok(undefined);
  const { error } = moved;
  if (error.code === 'stock/version_conflict') {
    return err({
      code: 'connector/unavailable',
      target: effect.target,
      detail: `the stock of ${error.sku} in ${error.warehouseId} kept changing`,
    });
  }
  return err({
    code: 'connector/rejected',
    target: effect.target,
    detail: describeInventoryError(error),
  });
}
