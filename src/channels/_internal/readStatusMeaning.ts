import type { ChannelProfile, ChannelStatusMeaning } from '../profile.js';

/**
 * What a status means in a profile; own keys only (`constructor` is no status).
 *
 * @param profile - the channel's profile
 * @param status - the status as the payload gave it, when it did
 * @returns the meaning, or undefined for an unknown or missing status
 */
export function readStatusMeaning(
  profile: ChannelProfile,
  status: string | undefined,
): ChannelStatusMeaning | undefined {
  const statuses = profile.statuses;
  return status !== undefined && Object.hasOwn(statuses, status) ? statuses[status] : undefined;
}
