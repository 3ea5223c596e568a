import type { TickReport } from './oms.js';
import type { EngineContext } from './_internal/context.js';
import { runCommands } from './_internal/runCommands.js';

const dayMs = 86_400_000;

/** Closes the tenant's delivered orders untouched since `before`, every page; the count closed. */
async function closeDelivered(
  ctx: EngineContext,
  tenantId: string,
  before: string,
): Promise<number> {
  let closed = 0;
  let cursor: string | undefined;
  do {
    const page = await ctx.store.list(tenantId, {
      status: ['delivered'],
      updatedBefore: before,
      ...(cursor === undefined ? {} : { cursor }),
    });
    for (const record of page.items) {
      const ref = { tenantId, orderId: record.state.orderId };
      const done = await runCommands(
        ctx,
        ref,
        (state) => (state.status === 'delivered' ? [{ type: 'close' }] : []),
        { actor: ctx.policy.systemActor },
      );
      // A refusal (open return, hold, open line) leaves the order for a later tick or a person.
      if (done.ok && done.value.status === 'closed') closed += 1;
    }
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return closed;
}

/**
 * Runs the timers due at `now`, for each tenant of `policy.tenants`: closes the orders that
 * have been `delivered` for `policy.autoCloseAfterDays` days (their last event is older than
 * `now` minus that many 24-hour days), walking every page of the store's list. An order that
 * `decide` refuses to close (a return open, a hold, a line still open) is skipped and stays
 * delivered; an order that changed meanwhile is decided on its fresh state.
 *
 * @param ctx - the engine's ports and policy
 * @param now - the instant of this run, ISO 8601
 * @returns how many orders were closed
 * @throws RangeError when `now` is not an instant
 */
export async function runTimers(ctx: EngineContext, now: string): Promise<TickReport> {
  const nowMs = Date.parse(now);
  if (Number.isNaN(nowMs)) throw new RangeError(`tick: "${now}" is not an ISO 8601 instant`);
  const before = new Date(nowMs - ctx.policy.autoCloseAfterDays * dayMs).toISOString();
  let closed = 0;
  for (const tenantId of new Set(ctx.policy.tenants)) {
    closed += await closeDelivered(ctx, tenantId, before);
  }
  return { closed };
}
