import { err, ok, type Result } from '../result/index.js';
import type { ChannelStatusUnknown } from './errors.js';
import type { ChannelProfile, ChannelStatusMeaning } from './profile.js';
import { describeKind } from './_internal/describeKind.js';

/**
 * What a status received from a channel means: its stage in the unified lifecycle and its
 * flags. A status the profile does not know (or a value that is not a string) is an error, so
 * the caller can hold the order with a note instead of guessing. Never throws.
 *
 * @param profile - the channel's profile
 * @param status - the status as received (untrusted)
 * @returns the meaning, or `channel/status_unknown`
 * @example
 * ```ts
 * readChannelStatus(lengowProfile, 'waiting_shipment');
 * // ok({ stage: 'accepted', flags: [], final: false, confidence: 'secondary' })
 * ```
 */
export function readChannelStatus(
  profile: ChannelProfile,
  status: unknown,
): Result<ChannelStatusMeaning, ChannelStatusUnknown> {
  const known = Object.keys(profile.statuses);
  if (typeof status === 'string' && Object.hasOwn(profile.statuses, status)) {
    return ok(profile.statuses[status] as ChannelStatusMeaning);
  }
  return err({
    code: 'channel/status_unknown',
    channel: profile.code,
    status: typeof status === 'string' ? status : describeKind(status),
    known,
  });
}
