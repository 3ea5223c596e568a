import type { StockCommand } from '../inventory/index.js';
import { err, ok, type Result } from '../result/index.js';
import type { EngineError } from './errors.js';
import type {
  StockDiscrepancyOutcome,
  StockUpdate,
  StockUpdateOutcome,
  UpdateStockOptions,
} from './oms.js';
import type { EngineContext } from './_internal/context.js';
import { handleDiscrepancy } from './_internal/handleDiscrepancy.js';
import { runStock } from './_internal/stockLedger.js';

/**
 * Records a stock update from the host or the WMS: an adjustment (goods received, damaged,
 * transferred…), a count, or a safety stock. It is decided on the stored figures and appended
 * under optimistic concurrency (again on fresh figures after a conflict). A count that leaves
 * reservations without units (the WMS is the physical truth) is then handled per
 * `inventory.onDiscrepancy`: the lines go on hold `stock_discrepancy`, or their units move to
 * warehouses that have them.
 *
 * @param ctx - the engine's ports and policy
 * @param tenantId - the tenant whose stock changes
 * @param update - what changed
 * @param options - actor and reason (default: the policy's system actor), idempotency key
 * @returns the stock events and what became of each uncovered reservation, or
 *   `engine/inventory_missing`, an `inventory/…` error of the stock rules, `stock/version_conflict`
 */
export async function updateStock(
  ctx: EngineContext,
  tenantId: string,
  update: StockUpdate,
  options?: UpdateStockOptions,
): Promise<Result<StockUpdateOutcome, EngineError>> {
  const { inventory } = ctx;
  if (inventory === undefined) return err({ code: 'engine/inventory_missing' });
  const actor = options?.actor ?? ctx.policy.systemActor;
  const reason = options?.reason;
  const command = {
    ...update,
    at: ctx.clock.now(),
    actor,
    ...(reason === undefined ? {} : { reason }),
  } as StockCommand;
  const { warehouseId, sku } = update;
  const run = await runStock<never>(
    inventory.stock,
    tenantId,
    {
      scope: { skus: [sku], ...(update.type === 'count' ? { at: { warehouseId, sku } } : {}) },
      key: options?.key,
      attempts: ctx.policy.conflictRetries + 1,
    },
    () => ok([command]),
  );
  if (!run.ok) return run;
  const discrepancies: StockDiscrepancyOutcome[] = [];
  for (const event of run.value.events) {
    if (event.type !== 'stock.counted') continue;
    for (const uncovered of event.data.uncovered) {
      const site = { warehouseId: event.data.warehouseId, sku: event.data.sku };
      discrepancies.push(
        await handleDiscrepancy(ctx, inventory, tenantId, site, uncovered, { actor }),
      );
    }
  }
  return ok({ events: run.value.events, discrepancies });
}
