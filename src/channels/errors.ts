import type { ChannelAction } from './profile.js';

/** A channel sent a status its profile does not know: the order is held rather than guessed. */
export interface ChannelStatusUnknown {
  readonly code: 'channel/status_unknown';
  readonly channel: string;
  /** The status as received, or a description when it is not a string. */
  readonly status: string;
  /** The statuses the profile knows, for the message. */
  readonly known: readonly string[];
}

/** The channel has no way to do this action (Channable has no refund, Iziflux no cancel…). */
export interface ChannelActionUnsupported {
  readonly code: 'channel/action_unsupported';
  readonly channel: string;
  readonly action: ChannelAction;
}

/** The channel does this action, but not while the order is at this channel status. */
export interface ChannelActionNotAllowed {
  readonly code: 'channel/action_not_allowed';
  readonly channel: string;
  readonly action: ChannelAction;
  readonly status: string;
  /** The statuses at which the channel accepts the action. */
  readonly allowedAt: readonly string[];
}

/** Every error of the channels module. */
export type ChannelError =
  ChannelStatusUnknown | ChannelActionUnsupported | ChannelActionNotAllowed;
