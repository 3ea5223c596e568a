import {
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
} from '../../ports/index.js';
import { err, ok, type Result } from '../../result/index.js';
import type { OmsInventory } from '../config.js';
import type { EngineContext } from './context.js';
import { lineCommands, unitsHeld } from './orderStock.js';
import { runStock, type StockSnapshot } from './stockLedger.js';

/** What one unit of a movement's line takes from stock: its components, or its own SKU once. */
function partsOfLine(
  line: StockLine,
): readonly { readonly sku: string; readonly quantity: number }[] {
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

/**
 * The release or ship commands of a movement: each line's units taken from the warehouses
 * that hold them, in {@link warehousesOf} order. Units no reservation holds are skipped (the
 * order was allocated outside the engine's stock, or a count already took them).
 */
function commandsOf(
  snapshot: StockSnapshot,
  movement: StockMovement,
  type: 'release' | 'ship',
  envelope: Pick<StockCommand, 'at' | 'actor'>,
): StockCommand[] {
  const commands: StockCommand[] = [];
  const onHand = new Map<string, number>();
  for (const line of movement.lines) {
    let remaining = line.quantity;
    for (const { warehouseId, units } of warehousesOf(snapshot.state, movement, line)) {
      if (remaining === 0) break;
      const quantity = Math.min(remaining, units);
      remaining -= quantity;
      const where = { orderId: movement.orderId, lineId: line.lineId, warehouseId };
      for (const command of lineCommands(type, envelope, where, partsOfLine(line), quantity)) {
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
  const movement = withComponents(effect.payload, inventory);
  const type = effect.kind === 'stock.release' ? 'release' : 'ship';
  const skus = new Set<string>();
  for (const line of movement.lines) {
    for (const part of partsOfLine(line)) skus.add(part.sku);
  }
  const envelope = { at: now, actor: ctx.policy.systemActor };
  const moved = await runStock<never>(
    inventory.stock,
    message.tenantId,
    {
      scope: { skus: [...skus], orderIds: [movement.orderId] },
      key: message.key,
      attempts: ctx.policy.conflictRetries + 1,
    },
    (snapshot) => ok(commandsOf(snapshot, movement, type, envelope)),
  );
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
