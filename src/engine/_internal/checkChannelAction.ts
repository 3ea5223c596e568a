import { readChannelStatus, type ChannelProfile, type ChannelStage } from '../../channels/index.js';
import type { ChannelActionRequest } from '../../ports/index.js';

/**
 * What to do with an action before it is journaled: send it, skip it (nothing to do on the
 * channel), or refuse it with a reason in words (the `detail` of a `connector/rejected`).
 */
export type ActionCheck =
  | { readonly verdict: 'send' }
  | { readonly verdict: 'skip' }
  | { readonly verdict: 'reject'; readonly detail: string };

/** The channel stages that show an action's outcome already: sending it would change nothing. */
const outcomeShown: Readonly<
  Partial<Record<ChannelActionRequest['action'], readonly ChannelStage[]>>
> = {
  accept: [
    'accepted',
    'in_preparation',
    'shipped',
    'partially_shipped',
    'delivered',
    'closed',
    'refunded',
    'partially_refunded',
  ],
  refuse: ['refused'],
  cancel: ['cancelled'],
  deliver: ['delivered', 'closed'],
};

/**
 * Checks an action against the channel's profile and the order's status on the channel as
 * last observed:
 * - the observed status already shows the action's outcome (accepted, refused, cancelled,
 *   delivered there) → skip;
 * - the profile has no such action → reject, or skip when `optional` (deliver);
 * - a cancellation of some lines on a channel that cancels whole orders only → reject;
 * - the action is not allowed at the observed status: reject when that status is final in
 *   the profile (nothing will change there), else send: observations lag behind our own
 *   earlier actions (we accepted, the channel still said `waiting_acceptance` at the last
 *   sync), and the channel's answer decides.
 *
 * @param profile - the channel's profile
 * @param request - the action
 * @param channelStatus - the order's status on the channel as last observed, if any
 * @param optional - whether an action the profile lacks is skipped rather than rejected
 * @returns the verdict
 */
export function checkChannelAction(
  profile: ChannelProfile,
  request: ChannelActionRequest,
  channelStatus: string | undefined,
  optional: boolean,
): ActionCheck {
  const { action } = request;
  const meaning =
    channelStatus === undefined ? undefined : readChannelStatus(profile, channelStatus);
  const stage = meaning?.ok === true ? meaning.value.stage : undefined;
  if (stage !== undefined && (outcomeShown[action] ?? []).includes(stage)) {
    return { verdict: 'skip' };
  }
  const rule = profile.actions.find((r) => r.action === action);
  if (rule === undefined) {
    if (optional) return { verdict: 'skip' };
    return { verdict: 'reject', detail: `${profile.code} has no ${action} action` };
  }
  if (action === 'cancel' && request.lines.length > 0 && rule.partial === 'order') {
    return {
      verdict: 'reject',
      detail: `${profile.code} cancels whole orders only: a cancellation of some lines cannot be sent`,
    };
  }
  if (channelStatus === undefined || rule.allowedAt.includes(channelStatus)) {
    return { verdict: 'send' };
  }
  if (meaning?.ok === true && meaning.value.final) {
    return {
      verdict: 'reject',
      detail: `${profile.code} does not allow ${action} at status ${channelStatus}, which is final (allowed at: ${rule.allowedAt.join(', ')})`,
    };
  }
  return { verdict: 'send' };
}
