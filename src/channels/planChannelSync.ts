import { apply, decide, orderLifecycleMessages } from '../order/index.js';
import type {
  Actor,
  LineQuantity,
  OrderCommand,
  OrderCommandOf,
  OrderCommandType,
  OrderLifecycleError,
  OrderState,
  OrderStatus,
} from '../order/index.js';
import type { Locale } from '../result/index.js';
import type { ChannelProfile, ChannelStage, ChannelStatusMeaning } from './profile.js';
import { readChannelStatus } from './readChannelStatus.js';
import { describeSyncConflict, type SyncConflict } from './_internal/syncTexts.js';
import { describeKind } from './_internal/describeKind.js';

/** An order command without its envelope (`at`, `actor`, `reason`: the caller fills them). */
type Bare<T extends OrderCommandType> = Omit<OrderCommandOf<T>, 'at' | 'actor' | 'reason'>;

/** A command a channel status leads to: the observation, or a step ordokit follows. */
export type ChannelSyncCommand =
  | Bare<'observeChannelStatus'>
  | Bare<'accept'>
  | Bare<'refuse'>
  | Bare<'cancelLines'>
  | Bare<'close'>;

/** The `channel_conflict` hold to place (the caller gives it a `holdId`). */
export interface ChannelSyncHold {
  readonly reasonCode: 'channel_conflict';
  readonly scope: { readonly kind: 'order' };
  /** What the channel says and why ordokit does not follow, in the locale. */
  readonly note: string;
  /** What to do before releasing the hold, in the locale. */
  readonly nextAction: string;
}

/**
 * What a channel status does to an order:
 * - `unchanged`: the order already shows this status for the channel: nothing to do;
 * - `observed`: only the observation (the channel is behind or level, or raises flags only);
 * - `followed`: the observation and the steps ordokit follows (`accept`, `refuse`,
 *   `cancelLines`, `close`);
 * - `conflict`: the observation and a hold (absent when the same hold is active already).
 */
export type ChannelSyncOutcome = 'unchanged' | 'observed' | 'followed' | 'conflict';

/** The decision of {@link planChannelSync}: plain data for the caller to run. */
export interface ChannelSyncPlan {
  readonly outcome: ChannelSyncOutcome;
  /** What the status means, when the profile knows it. */
  readonly meaning?: ChannelStatusMeaning;
  /** The commands to run in order (the observation first); empty when `unchanged`. */
  readonly commands: readonly ChannelSyncCommand[];
  /** The hold to place after the commands, when the status conflicts with the order. */
  readonly hold?: ChannelSyncHold;
}

/** Options of {@link planChannelSync}. */
export interface PlanChannelSyncOptions {
  /** The code the observation is recorded under (default: the profile's code). */
  readonly channel?: string;
  /** The language of the hold's note (default `'en'`). */
  readonly locale?: Locale;
  /** Who the followed steps are checked for (default `{ kind: 'channel', id: channel }`). */
  readonly actor?: Actor;
  /** The instant the steps are checked at (default the Unix epoch: the checks ignore time). */
  readonly at?: string;
}

/** Progress along the order's way, low to high; `partially_shipped` sits before `shipped`. */
const ranks: Readonly<Partial<Record<ChannelStage, number>>> = {
  created: 0,
  accepted: 1,
  in_preparation: 2,
  partially_shipped: 3,
  shipped: 4,
  delivered: 5,
  closed: 6,
};

const ended: ReadonlySet<OrderStatus> = new Set(['cancelled', 'refused']);

function anyShipped(state: OrderState): boolean {
  return state.order.lines.some((l) => l.quantities.shipped > 0);
}

/** The order's progress rank: its status, or partially shipped when some units have left. */
function progressOf(state: OrderState): number {
  const rank = ranks[state.status] ?? 0;
  return anyShipped(state) ? Math.max(rank, ranks.partially_shipped ?? 0) : rank;
}

/** Every unit still ordered, line by line. */
function remainingUnits(state: OrderState): LineQuantity[] {
  return state.order.lines
    .map((l) => ({ lineId: l.lineId, quantity: l.quantities.ordered - l.quantities.cancelled }))
    .filter((l) => l.quantity > 0);
}

/** What to do about a known stage: steps to follow, a conflict, or nothing (`[]`). */
type Verdict = readonly ChannelSyncCommand[] | SyncConflict;

function judgeProgress(state: OrderState, stage: ChannelStage, rank: number): Verdict {
  if (ended.has(state.status)) return rank <= (ranks.in_preparation ?? 0) ? [] : 'order_ended';
  if (rank <= progressOf(state)) return [];
  if (state.status === 'created' && (stage === 'accepted' || stage === 'in_preparation')) {
    return [{ type: 'accept' }];
  }
  // Preparation is the host's (warehouse) business: the channel saying so adds nothing.
  if (stage === 'in_preparation') return [];
  if (stage === 'closed' && state.status === 'delivered') return [{ type: 'close' }];
  return 'missing_data';
}

function judgeCancellation(state: OrderState): Verdict {
  if (ended.has(state.status)) return [];
  if (anyShipped(state) || (ranks[state.status] ?? 0) >= (ranks.shipped ?? 0)) {
    return 'cancelled_after_shipment';
  }
  const lines = remainingUnits(state);
  if (lines.length === 0) return [];
  return [{ type: 'cancelLines', lines, requestedBy: 'channel', reasonCode: 'channel_cancelled' }];
}

function judgeRefund(state: OrderState, stage: 'refunded' | 'partially_refunded'): Verdict {
  const recorded =
    stage === 'partially_refunded'
      ? state.refunds.refundIds.length > 0
      : state.order.lines.every((l) => l.quantities.refunded >= l.quantities.ordered);
  return recorded ? [] : 'refund_unrecorded';
}

function judge(state: OrderState, stage: ChannelStage): Verdict {
  const rank = ranks[stage];
  if (rank !== undefined) return judgeProgress(state, stage, rank);
  switch (stage) {
    case 'cancelled':
      return judgeCancellation(state);
    case 'refused':
      if (ended.has(state.status)) return [];
      return state.status === 'created'
        ? [{ type: 'refuse', reasonCode: 'other' }]
        : 'refused_after_acceptance';
    case 'refunded':
    case 'partially_refunded':
      return judgeRefund(state, stage);
    default:
      return [];
  }
}

/** Decides the steps in turn; the first refusal, or undefined when the lifecycle accepts all. */
function checkSteps(
  state: OrderState,
  steps: readonly ChannelSyncCommand[],
  at: string,
  actor: Actor,
): OrderLifecycleError | undefined {
  let running = state;
  for (const step of steps) {
    const command: OrderCommand = { ...step, at, actor };
    const decided = decide(running, command);
    if (!decided.ok) return decided.error;
    running = decided.value.reduce(apply, running);
  }
  return undefined;
}

function renderWhy(error: OrderLifecycleError, locale: Locale): string {
  const catalog = orderLifecycleMessages as Readonly<
    Record<string, Readonly<Record<Locale, (e: OrderLifecycleError) => string>> | undefined>
  >;
  return catalog[error.code]?.[locale](error) ?? error.code;
}

/**
 * Plans what a status received from a channel does to an order, without ever regressing the
 * host's progress or inventing data (docs/channels.md, "Status sync"):
 *
 * - the observation is always recorded (`observeChannelStatus`, the status verbatim), unless
 *   the order already shows that status for the channel: then nothing at all;
 * - a channel behind or level with the order changes nothing else (`waiting_shipment` while
 *   the order is in preparation: it stays in preparation); flags alone change nothing else;
 * - a channel ahead where ordokit can follow: `accept` (accepted or in preparation while
 *   created), `close` (closed while delivered), `refuse` reason `other` (refused while
 *   created), `cancelLines` of every remaining unit by the channel (cancelled while nothing
 *   has shipped);
 * - otherwise — shipped or delivered without parcels, a refund ordokit has not recorded, a
 *   cancellation after shipment, a refusal after acceptance, an unknown status, a step the
 *   lifecycle refuses (an order hold…) — a `channel_conflict` hold with a note saying what the
 *   channel says and what to do, unless an active hold has the same note.
 *
 * Pure and total: never throws, whatever `status` is.
 *
 * @param state - the order's current state
 * @param profile - the channel's profile
 * @param status - the status as received (untrusted)
 * @param options - the observation's channel code, the note's locale, the steps' actor
 * @returns the plan: outcome, commands, and the hold to place
 * @example
 * ```ts
 * const plan = planChannelSync(state, lengowProfile, 'waiting_shipment');
 * // state in_preparation → { outcome: 'observed', commands: [{ type: 'observeChannelStatus',
 * //   channel: 'lengow', status: 'waiting_shipment' }] }
 * ```
 */
export function planChannelSync(
  state: OrderState,
  profile: ChannelProfile,
  status: unknown,
  options: PlanChannelSyncOptions = {},
): ChannelSyncPlan {
  const channel = options.channel ?? profile.code;
  const seen = Object.hasOwn(state.channelStatuses, channel)
    ? state.channelStatuses[channel]
    : undefined;
  if (typeof status === 'string' && seen?.status === status) {
    return { outcome: 'unchanged', commands: [] };
  }
  const observable = typeof status === 'string' && status.length > 0 && status.length <= 200;
  const observe: ChannelSyncCommand[] = observable
    ? [{ type: 'observeChannelStatus', channel, status }]
    : [];
  const read = readChannelStatus(profile, status);
  const locale = options.locale ?? 'en';
  const conflict = (
    kind: SyncConflict,
    meaning?: ChannelStatusMeaning,
    why?: string,
  ): ChannelSyncPlan => {
    const { note, nextAction } = describeSyncConflict(
      kind,
      {
        channel,
        status: typeof status === 'string' ? status : describeKind(status),
        verbatim: typeof status === 'string',
        ...(meaning?.stage === undefined ? {} : { stage: meaning.stage }),
        orderStatus: state.status,
        ...(why === undefined ? {} : { why }),
      },
      locale,
    );
    const active = state.holds.some((h) => h.reasonCode === 'channel_conflict' && h.note === note);
    const base = { outcome: 'conflict' as const, commands: observe };
    const withMeaning = meaning === undefined ? base : { ...base, meaning };
    if (active) return withMeaning;
    return {
      ...withMeaning,
      hold: { reasonCode: 'channel_conflict', scope: { kind: 'order' }, note, nextAction },
    };
  };
  if (!read.ok) return conflict('status_unknown');
  const meaning = read.value;
  if (meaning.stage === undefined) return { outcome: 'observed', meaning, commands: observe };
  const verdict = judge(state, meaning.stage);
  if (typeof verdict === 'string') return conflict(verdict, meaning);
  if (verdict.length === 0) return { outcome: 'observed', meaning, commands: observe };
  const actor = options.actor ?? { kind: 'channel', id: channel };
  const refused = checkSteps(state, verdict, options.at ?? '1970-01-01T00:00:00.000Z', actor);
  if (refused !== undefined) {
    return conflict('follow_refused', meaning, renderWhy(refused, locale));
  }
  return { outcome: 'followed', meaning, commands: [...observe, ...verdict] };
}
