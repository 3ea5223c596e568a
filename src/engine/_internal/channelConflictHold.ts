import type { Hold, OrderEvent, OrderState } from '../../order/index.js';
import type { EngineContext, PlannedCommand } from './context.js';

/**
 * The `placeHold` of a `channel_conflict` on the whole order, by the policy's system actor,
 * with a fresh hold id.
 */
export function channelConflictHold(
  ctx: EngineContext,
  note: string,
  nextAction: string | undefined,
): PlannedCommand {
  return {
    type: 'placeHold',
    holdId: ctx.ids.next('hold'),
    reasonCode: 'channel_conflict',
    scope: { kind: 'order' },
    note,
    ...(nextAction === undefined ? {} : { nextAction }),
    actor: ctx.policy.systemActor,
  };
}

/** The holds the events placed, as the state shows them. */
export function holdsPlacedBy(events: readonly OrderEvent[], state: OrderState): Hold[] {
  const ids = new Set<string>();
  for (const e of events) if (e.type === 'hold.placed') ids.add(e.data.holdId);
  return state.holds.filter((h) => ids.has(h.holdId));
}
