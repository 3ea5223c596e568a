import { planChannelSync, type ChannelSyncOutcome } from '../channels/index.js';
import type { Actor, OrderState } from '../order/index.js';
import { ok, type Locale } from '../result/index.js';
import type { CommandOptions, OmsResult, OrderRef, SyncChannelStatusOutcome } from './oms.js';
import type { EngineContext, PlannedCommand } from './_internal/context.js';
import { clip, clipNote } from './_internal/holdTexts.js';
import { runPlan } from './_internal/runCommands.js';
import { channelConflictHold, holdsPlacedBy } from './_internal/channelConflictHold.js';

const slug = /^[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?$/;

/** The note and next action of the hold for a channel that has no profile. */
function describeNoProfile(
  channel: string,
  status: unknown,
  locale: Locale,
): { note: string; nextAction: string } {
  const said = typeof status === 'string' ? clip(status, 100) : `(${typeof status})`;
  const name = clip(channel, 64);
  return locale === 'en'
    ? {
        note: clipNote(`Channel ${name} sent the status "${said}", but it has no channel profile.`),
        nextAction:
          'Check the order on the channel, apply the change by hand if needed, add the profile to policy.channelProfiles, then release the hold.',
      }
    : {
        note: clipNote(
          `Le canal ${name} a envoyé le statut « ${said} », mais il n'a pas de profil de canal.`,
        ),
        nextAction:
          'Vérifiez la commande sur le canal, reportez le changement à la main si besoin, ajoutez le profil à policy.channelProfiles, puis levez le blocage.',
      };
}

/** The commands for a channel without a profile: the observation and a hold (each once). */
function planWithoutProfile(
  ctx: EngineContext,
  state: OrderState,
  channel: string,
  status: unknown,
  channelActor: Actor,
): { outcome: ChannelSyncOutcome; commands: PlannedCommand[] } {
  const valid = slug.test(channel) && channel.length <= 64;
  const seen = valid && Object.hasOwn(state.channelStatuses, channel);
  if (seen && state.channelStatuses[channel]?.status === status) {
    return { outcome: 'unchanged', commands: [] };
  }
  const commands: PlannedCommand[] = [];
  if (valid && typeof status === 'string' && status.length > 0 && status.length <= 200) {
    commands.push({ type: 'observeChannelStatus', channel, status, actor: channelActor });
  }
  const { note, nextAction } = describeNoProfile(channel, status, ctx.policy.locale);
  if (!state.holds.some((h) => h.reasonCode === 'channel_conflict' && h.note === note)) {
    commands.push(channelConflictHold(ctx, note, nextAction));
  }
  return { outcome: 'conflict', commands };
}

/**
 * Applies a status a channel reports for an order (see `planChannelSync` and
 * docs/engine.md, "Channel status sync"): records it, follows the channel where ordokit can
 * without inventing data, and holds the order `channel_conflict` with a note otherwise. The
 * profile is `policy.channelProfiles[channel]`, the channel being the given one, else the
 * order's feed manager (`channelRef.via`), else its channel; a channel without a profile puts
 * the order on hold too.
 *
 * @param ctx - the engine
 * @param ref - the order
 * @param channel - the system reporting the status (undefined: from the order's `channelRef`)
 * @param status - the status as received (untrusted)
 * @param options - the actor of the observation and followed steps (default the channel)
 * @returns the outcome and the state after, or `engine/order_not_found`, a store error,
 *   `engine/conflict_persisting`
 */
export async function syncChannelStatus(
  ctx: EngineContext,
  ref: OrderRef,
  channel: string | undefined,
  status: unknown,
  options: CommandOptions = {},
): OmsResult<SyncChannelStatusOutcome> {
  let outcome: ChannelSyncOutcome = 'unchanged';
  const done = await runPlan(
    ctx,
    ref,
    (state) => {
      const { channelRef } = state.order;
      const code = channel ?? channelRef.via ?? channelRef.channel;
      const channelActor: Actor = options.actor ?? { kind: 'channel', id: code };
      const profile = Object.hasOwn(ctx.policy.channelProfiles, code)
        ? ctx.policy.channelProfiles[code]
        : undefined;
      if (profile === undefined) {
        const planned = planWithoutProfile(ctx, state, code, status, channelActor);
        outcome = planned.outcome;
        return planned.commands;
      }
      const plan = planChannelSync(state, profile, status, {
        channel: code,
        locale: ctx.policy.locale,
        actor: channelActor,
        at: ctx.clock.now(),
      });
      outcome = plan.outcome;
      const commands: PlannedCommand[] = plan.commands.map((c) => ({ ...c, actor: channelActor }));
      if (plan.hold !== undefined) {
        commands.push(channelConflictHold(ctx, plan.hold.note, plan.hold.nextAction));
      }
      return commands;
    },
    options,
  );
  if (!done.ok) return done;
  const { events, after } = done.value;
  return ok({ outcome, state: after, holdsPlaced: holdsPlacedBy(events, after) });
}
