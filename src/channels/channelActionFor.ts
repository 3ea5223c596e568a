import { err, ok, type Result } from '../result/index.js';
import type { ChannelActionNotAllowed, ChannelActionUnsupported } from './errors.js';
import type { ChannelAction, ChannelActionRule, ChannelProfile } from './profile.js';

/**
 * How to ask a channel for one of ordokit's actions while the order is at a channel status:
 * the channel's rule (its API name, how partial it can be, whether it answers later), or why
 * not. It never proposes an action the channel forbids at that status.
 *
 * @param profile - the channel's profile
 * @param action - what ordokit wants done
 * @param channelStatus - the order's status on the channel, as last observed
 * @returns the rule, or `channel/action_unsupported` / `channel/action_not_allowed`
 * @example
 * ```ts
 * channelActionFor(lengowProfile, 'ship', 'waiting_shipment'); // ok({ apiName: 'ship', … })
 * channelActionFor(lengowProfile, 'ship', 'new'); // err({ code: 'channel/action_not_allowed', … })
 * ```
 */
export function channelActionFor(
  profile: ChannelProfile,
  action: ChannelAction,
  channelStatus: string,
): Result<ChannelActionRule, ChannelActionUnsupported | ChannelActionNotAllowed> {
  const rule = profile.actions.find((r) => r.action === action);
  if (rule === undefined) {
    return err({ code: 'channel/action_unsupported', channel: profile.code, action });
  }
  if (!rule.allowedAt.includes(channelStatus)) {
    return err({
      code: 'channel/action_not_allowed',
      channel: profile.code,
      action,
      status: channelStatus,
      allowedAt: rule.allowedAt,
    });
  }
  return ok(rule);
}
