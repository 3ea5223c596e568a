import type { ParcelLine } from '../../order/index.js';
import type {
  ActionJournalEntry,
  ChannelActionRequest,
  StatusPush,
  TrackingPush,
} from '../../ports/index.js';
import type { ChannelProfile } from '../../channels/index.js';

/** One action a push asks of the channel, with what its journal key is computed from. */
export interface PlannedAction {
  readonly request: ChannelActionRequest;
  /**
   * What the payload hash covers: the request; for a cancellation, the request and the
   * cumulative units it completes (two deltas of the same size are two actions).
   */
  readonly identity: unknown;
  /** Skipped, rather than rejected, when the profile lacks the action (`deliver`). */
  readonly optional: boolean;
}

/** What earlier cancellations sent (done, pending or still sending) cover. */
interface CancelledSent {
  /** One of them cancelled the whole order. */
  readonly whole: boolean;
  readonly byLine: ReadonlyMap<string, number>;
}

function addUnits(into: Map<string, number>, lines: readonly ParcelLine[]): void {
  for (const line of lines) into.set(line.lineId, (into.get(line.lineId) ?? 0) + line.quantity);
}

/** The units of the order's cancellations that the channel has or may have acted on. */
function countCancelledSent(entries: readonly ActionJournalEntry[]): CancelledSent {
  let whole = false;
  const byLine = new Map<string, number>();
  for (const entry of entries) {
    if (entry.state === 'failed' || entry.request.action !== 'cancel') continue;
    if (entry.request.lines.length === 0) whole = true;
    addUnits(byLine, entry.request.lines);
  }
  return { whole, byLine };
}

/** The cumulative units, one entry per line, sorted by line id. */
function normalise(lines: readonly ParcelLine[]): ParcelLine[] {
  const byLine = new Map<string, number>();
  addUnits(byLine, lines);
  return [...byLine]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([lineId, quantity]) => ({ lineId, quantity }));
}

/**
 * The cancellation a status push still asks for: the cumulative units cancelled minus what
 * earlier cancellations sent; the whole order (`lines: []`) when the order is cancelled on a
 * channel that only cancels whole orders, or when nothing was sent for a cancelled order.
 */
function cancelAction(
  push: StatusPush,
  entries: readonly ActionJournalEntry[],
  profile: ChannelProfile,
): PlannedAction | undefined {
  if (push.status === 'refused') return undefined;
  const sent = countCancelledSent(entries);
  if (sent.whole) return undefined;
  const cumulative = normalise(push.cancelled);
  const delta = cumulative
    .map((l) => ({ lineId: l.lineId, quantity: l.quantity - (sent.byLine.get(l.lineId) ?? 0) }))
    .filter((l) => l.quantity > 0);
  const rule = profile.actions.find((r) => r.action === 'cancel');
  const { orderId, channelRef } = push;
  let lines: ParcelLine[] = delta;
  if (push.status === 'cancelled' && rule?.partial === 'order') lines = [];
  else if (delta.length === 0) {
    // A cancelled order with no units said cancelled and nothing sent: cancel it whole.
    if (push.status !== 'cancelled' || sent.byLine.size > 0) return undefined;
    lines = [];
  }
  const request: ChannelActionRequest = { action: 'cancel', orderId, channelRef, lines };
  return { request, identity: { request, cancelledUpTo: cumulative }, optional: false };
}

/** The action the status itself asks for: accept, refuse or deliver. */
function statusAction(
  push: StatusPush,
  status: StatusPush['status'] = push.status,
): PlannedAction | undefined {
  const { orderId, channelRef } = push;
  let request: ChannelActionRequest;
  switch (status) {
    case 'accepted':
      request = { action: 'accept', orderId, channelRef, lines: [] };
      break;
    case 'refused':
      request = { action: 'refuse', orderId, channelRef, lines: [] };
      break;
    case 'delivered':
      request = { action: 'deliver', orderId, channelRef };
      break;
    default:
      return undefined;
  }
  return { request, identity: request, optional: push.status === 'delivered' };
}

/**
 * The cancellation of a push that says what it cancels (`cause: 'lines_cancelled'` with
 * `cancelledNow`): exactly those units, or the whole order when it is now cancelled on a
 * channel that cancels whole orders only. Its identity includes the effect's key, so two
 * cancellations of the same units are two actions, and a retry of one is the same action.
 */
function causedCancel(
  push: StatusPush,
  cancelledNow: readonly ParcelLine[],
  profile: ChannelProfile,
  effectKey: string,
): PlannedAction {
  const rule = profile.actions.find((r) => r.action === 'cancel');
  const whole = push.status === 'cancelled' && rule?.partial === 'order';
  const lines = whole ? [] : normalise(cancelledNow);
  const { orderId, channelRef } = push;
  const request: ChannelActionRequest = { action: 'cancel', orderId, channelRef, lines };
  return { request, identity: { request, effectKey }, optional: false };
}

/**
 * What a status push asks of the channel.
 *
 * With a `cause` (every push the engine plans): only the action of that cause — accept,
 * refuse, deliver (when the profile has it), or the cancellation of `cancelledNow`. Units the
 * channel cancelled itself are never sent back, and an order that did not need acceptance is
 * never "accepted" on the channel.
 *
 * Without one (pushes planned before `cause` existed), in order: the status's own action
 * (`accepted` → accept, `refused` → refuse, `delivered` → deliver), then the cancellation of
 * the units cancelled and not yet sent.
 *
 * @param push - the status push
 * @param entries - the order's journal entries on the channel (read for pushes without cause)
 * @param profile - the channel's profile (how partial its cancellations can be)
 * @param effectKey - the idempotency key of the effect being dispatched
 * @returns the actions, possibly none
 */
export function planStatusActions(
  push: StatusPush,
  entries: readonly ActionJournalEntry[],
  profile: ChannelProfile,
  effectKey: string,
): PlannedAction[] {
  if (push.cause === 'lines_cancelled') {
    return push.cancelledNow === undefined
      ? []
      : [causedCancel(push, push.cancelledNow, profile, effectKey)];
  }
  if (push.cause !== undefined) {
    const own = statusAction(push, push.cause);
    return own === undefined ? [] : [own];
  }
  const planned: PlannedAction[] = [];
  const own = statusAction(push);
  if (own !== undefined) planned.push(own);
  const cancel = cancelAction(push, entries, profile);
  if (cancel !== undefined) planned.push(cancel);
  return planned;
}

/** The ship action of a tracking push. */
export function planShipAction(push: TrackingPush): PlannedAction {
  const request: ChannelActionRequest = {
    action: 'ship',
    orderId: push.orderId,
    channelRef: push.channelRef,
    parcelId: push.parcelId,
    carrier: push.carrier,
    tracking: push.tracking,
    lines: push.lines,
  };
  return { request, identity: request, optional: false };
}
