import { apply, decide } from '../../order/index.js';
import type { Actor, Order, OrderState } from '../../order/index.js';
import type { EngineContext, PlannedCommand } from './context.js';
import { diffOrder } from './diffOrder.js';
import { describeDifferences, describeRefusedCancellation, nextActionFor } from './holdTexts.js';
import { renderLifecycleError } from './renderIssue.js';
import { channelConflictHold } from './channelConflictHold.js';

/** The commands that bring a channel's new payload into a stored order, and what they do. */
export interface ChannelChanges {
  readonly commands: readonly PlannedCommand[];
  /** What changed, in words for logs. */
  readonly changes: readonly string[];
}

/**
 * Plans what a channel's payload changes on an order: channel cancellations (those the
 * lifecycle refuses become a `channel_conflict` hold), and a `channel_conflict` hold listing
 * any other field that differs. A hold whose note an active `channel_conflict` hold already
 * has is not placed again, so the same payload twice changes nothing.
 *
 * @param state - the order's current state
 * @param incoming - the channel's order
 * @param ctx - the engine (ids for holds, policy for the locale and actors)
 * @param channelActor - who cancels
 * @param at - the instant the commands are checked at
 */
export function planChannelChanges(
  state: OrderState,
  incoming: Order,
  ctx: EngineContext,
  channelActor: Actor,
  at: string,
): ChannelChanges {
  const { locale } = ctx.policy;
  const diff = diffOrder(state.order, incoming);
  const commands: PlannedCommand[] = [];
  const changes: string[] = [];
  const notes = new Set(
    state.holds.filter((h) => h.reasonCode === 'channel_conflict').map((h) => h.note),
  );
  const nextAction = nextActionFor('channel_conflict', locale);
  const hold = (note: string): boolean => {
    if (notes.has(note)) return false;
    notes.add(note);
    commands.push(channelConflictHold(ctx, note, nextAction));
    return true;
  };
  let running = state;
  for (const line of diff.cancellations) {
    const command: PlannedCommand & { readonly type: 'cancelLines' } = {
      type: 'cancelLines',
      lines: [line],
      requestedBy: 'channel',
      reasonCode: 'channel_cancelled',
      actor: channelActor,
    };
    const decided = decide(running, { ...command, at, actor: channelActor });
    const label = `${line.lineId} ×${String(line.quantity)}`;
    if (decided.ok) {
      running = decided.value.reduce(apply, running);
      commands.push(command);
      changes.push(`cancelled ${label}`);
    } else {
      const why = renderLifecycleError(decided.error, locale);
      if (hold(describeRefusedCancellation(line.lineId, line.quantity, why, locale))) {
        changes.push(`cancellation of ${label} refused (${decided.error.code})`);
      }
    }
  }
  if (diff.differing.length > 0 && hold(describeDifferences(diff.differing, locale))) {
    for (const field of diff.differing) changes.push(`${field} differs`);
  }
  return { commands, changes };
}
