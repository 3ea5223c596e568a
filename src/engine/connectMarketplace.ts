import { err, ok, OrdokitError, type Result } from '../result/index.js';
import type { ChannelProfile } from '../channels/index.js';
import {
  ChannelActionRequestSchema,
  type ActionJournal,
  type ActionJournalEntry,
  type ChannelActionRequest,
  type ChannelCallContext,
  type ConnectorFailure,
  type ConnectorResult,
  type MarketplaceApi,
  type MarketplaceConnector,
} from '../ports/index.js';
import type { EngineConfigInvalid } from './errors.js';
import { planShipAction, planStatusActions } from './_internal/channelActionRequests.js';
import { runAction, sendEntry, type JournalDeps } from './_internal/journaledSend.js';

/** Options of {@link connectMarketplace}. */
export interface ConnectMarketplaceOptions {
  /** The channel's API; its `channel` must be the profile's `code`. */
  readonly api: MarketplaceApi;
  /** The channel's profile: which actions it has, at which statuses, how partial. */
  readonly profile: ChannelProfile;
  /** Where every outgoing action is recorded before it is sent. */
  readonly journal: ActionJournal;
}

/** What `send` receives: the seller, the instant, and the channel status last observed. */
export interface SendActionContext extends ChannelCallContext {
  /** The order's status on the channel as last observed, to check the action against. */
  readonly channelStatus?: string;
  /**
   * The host's own key for this action (a refund's id). Without it, the same request is the
   * same action: sent once, however often `send` is called. Give a distinct key to send the
   * same request again on purpose (a second refund of the same amount).
   */
  readonly key?: string;
}

/** A marketplace connector over a channel's API, that can also send any action. */
export interface MarketplaceActionConnector extends MarketplaceConnector {
  /**
   * Sends one action through the journal, as the pushes do (refunds come from the host).
   * Returns its journal entry (done or pending), `undefined` when the observed channel status
   * shows its outcome already, or the failure.
   */
  send(
    request: ChannelActionRequest,
    context: SendActionContext,
  ): ConnectorResult<ActionJournalEntry | undefined>;
}

/** Runs tasks of one key one after the other (a cancellation's delta reads the journal). */
function createQueue() {
  const tails = new Map<string, Promise<void>>();
  return <T>(key: string, task: () => Promise<T>): Promise<T> => {
    const run = (tails.get(key) ?? Promise.resolve()).then(task);
    const tail = run.then(
      () => undefined,
      () => undefined,
    );
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return run;
  };
}

/**
 * Sends again the order's cancellations left `sending` (a crash or a timeout), under their own
 * keys, so that the next delta counts what the channel did. Stops at a failure worth retrying.
 */
async function drainCancellations(
  deps: JournalDeps,
  orderId: string,
  context: ChannelCallContext,
): Promise<Result<void, ConnectorFailure>> {
  const entries = await deps.journal.listByOrder(context.tenantId, deps.channel, orderId);
  for (const entry of entries) {
    if (entry.action !== 'cancel' || entry.state !== 'sending') continue;
    const sent = await sendEntry(deps, entry, context);
    if (!sent.ok && sent.error.code !== 'connector/rejected') return err(sent.error);
  }
  return ok(undefined);
}

function checkOptions(options: ConnectMarketplaceOptions): void {
  const fail = (field: string, expected: EngineConfigInvalid['expected']): never => {
    throw new OrdokitError<EngineConfigInvalid>({ code: 'engine/config_invalid', field, expected });
  };
  const { api, journal, profile } = options;
  for (const method of ['sendAction', 'getActionResult'] as const) {
    if (typeof api[method] !== 'function') fail('api', 'port');
  }
  for (const method of ['begin', 'record', 'get', 'listByOrder'] as const) {
    if (typeof journal[method] !== 'function') fail('journal', 'port');
  }
  if (profile.code !== api.channel) fail('profile.code', 'matching_key');
}

/**
 * Turns a channel's API into the engine's marketplace connector: status and tracking pushes
 * become channel actions through the profile, each recorded in the action journal before it
 * is sent, so that a retry, a repeated push or a crash never makes the channel act twice.
 *
 * - `pushStatus` follows the push's `cause` (set on every push the engine plans): `accepted`
 *   → accept, `refused` → refuse, `delivered` → deliver when the profile has it (else
 *   nothing), `lines_cancelled` → a cancellation of exactly `cancelledNow` (`lines: []` when
 *   the order is now cancelled on a channel that cancels whole orders only). Units the
 *   channel cancelled itself are never sent back. A push without a cause (planned by an
 *   older version): `accepted` → accept, `refused` → refuse, `delivered` → deliver, then, for
 *   any status but `refused`, a cancellation of the cumulative `push.cancelled` minus the
 *   units of the order's earlier cancellations that are done, pending or sending.
 * - `pushTracking` → ship, with the parcel's carrier, tracking and lines.
 * - `publishStock` → `api.publishStock` as is (absolute figures: no journal needed).
 * - Checks before the first send: an action the profile lacks → `connector/rejected` naming
 *   it; a cancellation of some lines where the profile's cancel is `partial: 'order'` →
 *   rejected. With `channelStatus` (the status last observed on the channel): when it shows
 *   the action's outcome already (accepted, refused, cancelled, delivered there) nothing is
 *   sent; when the action is not allowed there and the status is final in the profile →
 *   rejected (nothing will change there); not allowed but not final → sent anyway, because
 *   observations lag behind our own earlier actions (we accepted, the channel still said
 *   `waiting_acceptance` at the last sync): the channel's answer decides.
 * - Journal key `{ tenantId, channel: profile.code, orderId, action, payloadHash }`, the hash
 *   being FNV-1a 64 over the request's canonical JSON (for a cancellation, with the effect's
 *   idempotency key, or for a push without cause the cumulative units it completes, so two
 *   equal cancellations stay two actions). An entry done or pending → ok
 *   without sending; failed → its recorded rejection; sending (new, or left by a crash or a
 *   timeout) → sent with `idempotencyKey` `<channel>:<orderId>:<action>:<hash>` and `attempt`
 *   = attempts + 1, then recorded: done, pending with the receipt's handle, failed on a
 *   rejection, still sending on `unavailable` or `timeout` (returned, so the outbox retries).
 *
 * Pushes of one order through one connector run one after the other. Two processes pushing
 * cancellations without cause for one order at the same instant could each miss the other's
 * units.
 *
 * @param options - the channel's API, its profile and the action journal
 * @returns the connector, to put in `connectors.marketplaces[api.channel]`
 * @throws OrdokitError `engine/config_invalid` when `profile.code` is not `api.channel`, or the
 * API or the journal lacks a method
 * @example
 * ```ts
 * const lengow = connectMarketplace({ api: lengowApi, profile: lengowProfile, journal });
 * const oms = createOms({ store, outbox, clock, ids, connectors: { marketplaces: { lengow } } });
 * ```
 */
export function connectMarketplace(options: ConnectMarketplaceOptions): MarketplaceActionConnector {
  checkOptions(options);
  const { api, profile, journal } = options;
  const deps: JournalDeps = { api, journal, channel: profile.code };
  const inOrder = createQueue();
  const queueKey = (tenantId: string, orderId: string) => `${tenantId}\u0000${orderId}`;
  const asVoid = (outcome: Result<unknown, ConnectorFailure>): Result<void, ConnectorFailure> =>
    outcome.ok ? ok(undefined) : outcome;

  return {
    channel: api.channel,
    pushStatus(push, context) {
      const call: ChannelCallContext = { tenantId: context.tenantId, now: context.now };
      return inOrder(queueKey(call.tenantId, push.orderId), async () => {
        // Pushes without a cause compute cancellations from the cumulative units and the
        // order's journal: first re-send those left unsettled by a crash, so that the delta is
        // exact. Pushes with a cause need no journal read.
        let entries: readonly ActionJournalEntry[] = [];
        if (push.cause === undefined) {
          const drained = await drainCancellations(deps, push.orderId, call);
          if (!drained.ok) return drained;
          entries = await journal.listByOrder(call.tenantId, deps.channel, push.orderId);
        }
        const plan = planStatusActions(push, entries, profile, context.idempotencyKey);
        let rejection: ConnectorFailure | undefined;
        for (const planned of plan) {
          const outcome = await runAction(deps, profile, planned, push.channelStatus, call);
          if (outcome.ok) continue;
          // A failure worth retrying stops here: the actions after it wait for the retry.
          if (outcome.error.code !== 'connector/rejected') return err(outcome.error);
          rejection ??= outcome.error;
        }
        return rejection === undefined ? ok(undefined) : err(rejection);
      });
    },
    pushTracking(push, context) {
      const call: ChannelCallContext = { tenantId: context.tenantId, now: context.now };
      return inOrder(queueKey(call.tenantId, push.orderId), async () =>
        asVoid(await runAction(deps, profile, planShipAction(push), push.channelStatus, call)),
      );
    },
    send(request, context) {
      const parsed = ChannelActionRequestSchema.safeParse(request);
      if (!parsed.success) {
        const path = parsed.error.issues[0]?.path.join('.') ?? '';
        return Promise.resolve(
          err({
            code: 'connector/rejected',
            target: api.channel,
            detail: `invalid action request${path === '' ? '' : ` at ${path}`}`,
          }),
        );
      }
      const call: ChannelCallContext = { tenantId: context.tenantId, now: context.now };
      const identity =
        context.key === undefined ? parsed.data : { request: parsed.data, key: context.key };
      const planned = { request: parsed.data, identity, optional: false };
      return inOrder(queueKey(call.tenantId, request.orderId), () =>
        runAction(deps, profile, planned, context.channelStatus, call),
      );
    },
    publishStock(levels, context) {
      return api.publishStock(levels, { tenantId: context.tenantId, now: context.now });
    },
  };
}
