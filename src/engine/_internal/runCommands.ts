import type { OrderEvent, OrderState } from '../../order/index.js';
import { err, ok, type Result } from '../../result/index.js';
import type { EngineError } from '../errors.js';
import type { CommandOptions, OrderRef } from '../oms.js';
import { commitEvents } from './commitEvents.js';
import type { CommandPlan, EngineContext } from './context.js';
import { completeCommand, decideAll } from './decideAll.js';

/** What a command run did: the state it started from, the events appended, the state after. */
export interface CommandRun {
  readonly before: OrderState;
  /** The events appended (empty when the plan had nothing to do: nothing was written). */
  readonly events: readonly OrderEvent[];
  readonly after: OrderState;
}

/**
 * {@link runCommands}, returning the events appended too (ingest needs them).
 *
 * @param ctx - the engine's ports and policy
 * @param ref - the order
 * @param plan - the commands to run, built on the current state (again after a conflict)
 * @param options - actor and reason of commands that name none
 * @returns the run, or the first error
 */
export async function runPlan(
  ctx: EngineContext,
  ref: OrderRef,
  plan: CommandPlan,
  options?: CommandOptions,
): Promise<Result<CommandRun, EngineError>> {
  const attempts = ctx.policy.conflictRetries + 1;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const record = await ctx.store.load(ref.tenantId, ref.orderId);
    if (record === undefined) {
      return err({ code: 'engine/order_not_found', tenantId: ref.tenantId, orderId: ref.orderId });
    }
    const before = record.state;
    const planned = plan(before);
    if (planned.length === 0) return ok({ before, events: [], after: before });
    const at = ctx.clock.now();
    const commands = planned.map((p) => completeCommand(p, at, ctx.policy.systemActor, options));
    const decided = decideAll(before, commands);
    if (!decided.ok) return decided;
    const { events, after } = decided.value;
    if (events.length === 0 || after === undefined)
      return ok({ before, events: [], after: before });
    const appended = await commitEvents(ctx, before, events, after);
    if (appended.ok) return ok({ before, events, after });
    if (appended.error.code !== 'store/version_conflict') return appended;
  }
  return err({
    code: 'engine/conflict_persisting',
    tenantId: ref.tenantId,
    orderId: ref.orderId,
    attempts,
  });
}

/**
 * Runs commands on one order: loads it, builds the commands on its state, decides each in
 * turn, plans the effects of the events, and appends events, state and outbox messages in one
 * write. On a version conflict it starts again on fresh state, up to `policy.conflictRetries`
 * times, then gives up with `engine/conflict_persisting`.
 *
 * Commands get `at` = the clock's now and `actor` = their own, else `options.actor`, else the
 * policy's system actor. A plan returning no command writes nothing.
 *
 * @param ctx - the engine's ports and policy
 * @param ref - the order
 * @param plan - the commands to run, built on the current state
 * @param options - actor and reason of commands that name none
 * @returns the state after the commands (unchanged when nothing was written), or the error:
 *   `engine/order_not_found`, a lifecycle error of the first refused command, a store error,
 *   `engine/conflict_persisting`
 */
export async function runCommands(
  ctx: EngineContext,
  ref: OrderRef,
  plan: CommandPlan,
  options?: CommandOptions,
): Promise<Result<OrderState, EngineError>> {
  const run = await runPlan(ctx, ref, plan, options);
  return run.ok ? ok(run.value.after) : run;
}
