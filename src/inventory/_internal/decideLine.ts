import { err, ok, type Result } from '../../result/index.js';
import type { BundleCatalogue } from '../bundleCatalogue.js';
import type { StockCommandOf } from '../commands.js';
import type { InventoryError } from '../errors.js';
import { expandBundle } from '../expandBundle.js';
import { available } from '../available.js';
import { findReservation, findStockLevel } from '../findStockLevel.js';
import type { StockState } from '../schema.js';
import { checkQuantity } from './checks.js';

/** One event's data for one stocked SKU of the line. */
export interface LineDraft {
  readonly orderId: string;
  readonly lineId: string;
  readonly warehouseId: string;
  readonly sku: string;
  readonly quantity: number;
  readonly bundleSku?: string;
}

type LineCommand = StockCommandOf<'reserve' | 'release' | 'ship'>;

/** The stocked SKUs of the line with their units (components for a bundle). */
function partsOf(
  command: LineCommand,
  catalogue: BundleCatalogue | undefined,
): Result<readonly LineDraft[], InventoryError> {
  const isBundle = catalogue?.expanded.has(command.sku) === true;
  const parts =
    catalogue === undefined
      ? [{ sku: command.sku, quantity: command.quantity }]
      : expandBundle(command, catalogue);
  const drafts: LineDraft[] = [];
  for (const part of parts) {
    const bad = checkQuantity('quantity', part.quantity, 'within_limit');
    if (bad !== undefined) return err(bad);
    const base = {
      orderId: command.orderId,
      lineId: command.lineId,
      warehouseId: command.warehouseId,
      sku: part.sku,
      quantity: part.quantity,
    };
    drafts.push(isBundle ? { ...base, bundleSku: command.sku } : base);
  }
  return ok(drafts);
}

/**
 * Checks a reserve, release or ship command against the ledger, all the line's SKUs at once:
 * either every part passes and the drafts are returned, or the first failing part's error.
 */
export function decideLine(
  state: StockState,
  command: LineCommand,
  catalogue: BundleCatalogue | undefined,
): Result<readonly LineDraft[], InventoryError> {
  const parts = partsOf(command, catalogue);
  if (!parts.ok) return parts;
  for (const part of parts.value) {
    const level = findStockLevel(state, part.warehouseId, part.sku);
    if (command.type === 'reserve') {
      const units = available(level);
      if (units < part.quantity) {
        return err({
          code: 'inventory/insufficient_stock',
          warehouseId: part.warehouseId,
          sku: part.sku,
          wanted: part.quantity,
          available: units,
          ...(part.bundleSku === undefined ? {} : { bundleSku: part.bundleSku }),
        });
      }
      continue;
    }
    const key = {
      orderId: part.orderId,
      lineId: part.lineId,
      warehouseId: part.warehouseId,
      sku: part.sku,
    };
    const held = findReservation(state, key);
    if (held === undefined) return err({ code: 'inventory/reservation_unknown', ...key });
    if (part.quantity > held.quantity) {
      return err({
        code:
          command.type === 'release'
            ? 'inventory/release_exceeds_reservation'
            : 'inventory/ship_exceeds_reservation',
        ...key,
        wanted: part.quantity,
        reserved: held.quantity,
      });
    }
    if (command.type === 'ship' && part.quantity > level.onHand) {
      return err({
        code: 'inventory/ship_exceeds_on_hand',
        warehouseId: part.warehouseId,
        sku: part.sku,
        wanted: part.quantity,
        onHand: level.onHand,
      });
    }
  }
  return parts;
}
