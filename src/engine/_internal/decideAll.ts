import { apply, decide } from '../../order/index.js';
import type {
  Actor,
  OrderCommand,
  OrderEvent,
  OrderLifecycleError,
  OrderState,
} from '../../order/index.js';
import { err, ok, type Result } from '../../result/index.js';
import type { CommandOptions } from '../oms.js';
import type { PlannedCommand } from './context.js';

/** The events of a batch of commands and the state they lead to. */
export interface Decided {
  readonly events: readonly OrderEvent[];
  /** The state after the events; `undefined` only when nothing was decided from nothing. */
  readonly after: OrderState | undefined;
}

/**
 * Completes a planned command's envelope: its own `at`, `actor`, `reason` first, then the
 * options', then the defaults.
 */
export function completeCommand(
  planned: PlannedCommand,
  at: string,
  systemActor: Actor,
  options: CommandOptions | undefined,
): OrderCommand {
  const actor = planned.actor ?? options?.actor ?? systemActor;
  const reason = planned.reason ?? options?.reason;
  const full = { ...planned, at: planned.at ?? at, actor };
  return reason === undefined ? full : { ...full, reason };
}

/**
 * Decides commands one after the other, each on the state the previous ones left; the first
 * refusal stops everything.
 */
export function decideAll(
  state: OrderState | undefined,
  commands: readonly OrderCommand[],
): Result<Decided, OrderLifecycleError> {
  const events: OrderEvent[] = [];
  let current = state;
  for (const command of commands) {
    const decided = decide(current, command);
    if (!decided.ok) return err(decided.error);
    for (const event of decided.value) {
      current = apply(current, event);
      events.push(event);
    }
  }
  return ok({ events, after: current });
}
