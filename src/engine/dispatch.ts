import type { BlockingHold } from '../order/index.js';
import type { EffectKind, OutboxClaim, OutboxLeaseLost, OutboxMessage } from '../ports/index.js';
import { err, type Result } from '../result/index.js';
import { computeBackoff } from './computeBackoff.js';
import type { DispatchReport, OrderRef } from './oms.js';
import { applyStockMovement } from './_internal/applyStockMovement.js';
import { actorOf, callConnector } from './_internal/callConnector.js';
import type { EngineContext } from './_internal/context.js';
import {
  describeEffectFailure,
  describeHeldBack,
  effectFailedNextAction,
  effectHoldId,
  renderFailure,
  type AttemptFailure,
} from './_internal/dispatchNotes.js';
import { findHoldsStopping, planFollowUp } from './_internal/followUp.js';
import { runCommands } from './_internal/runCommands.js';

/** What became of one claimed message. */
type ClaimOutcome = 'delivered' | 'retried' | 'parked' | 'held' | 'lease_lost';

function toInstant(ms: number): string {
  return new Date(ms).toISOString();
}

function refOf(message: OutboxMessage): OrderRef {
  return { tenantId: message.tenantId, orderId: message.orderId };
}

function settled(
  result: Result<OutboxMessage, OutboxLeaseLost>,
  outcome: ClaimOutcome,
): ClaimOutcome {
  return result.ok ? outcome : 'lease_lost';
}

/**
 * After parking a message because of holds: if none of them is active any more, they were
 * released while the message was being parked, and the release's re-arm may have run first.
 * Re-arm the order's messages here so that none stays parked without a hold that explains it.
 */
async function rearmIfReleased(
  ctx: EngineContext,
  message: OutboxMessage,
  now: string,
  holdIds: readonly string[],
): Promise<void> {
  const record = await ctx.store.load(message.tenantId, message.orderId);
  if (record === undefined) return;
  if (record.state.holds.some((h) => holdIds.includes(h.holdId))) return;
  await ctx.outbox.rearm(message.tenantId, message.orderId, now);
}

/** Parks a message a hold stops: it is re-armed when the hold is released. */
async function holdBack(
  ctx: EngineContext,
  claim: OutboxClaim,
  now: string,
  holds: readonly BlockingHold[],
): Promise<ClaimOutcome> {
  const { message } = claim;
  const parked = await ctx.outbox.fail(claim, {
    error: describeHeldBack(holds, ctx.policy.locale),
  });
  if (!parked.ok) return 'lease_lost';
  await rearmIfReleased(
    ctx,
    message,
    now,
    holds.map((h) => h.holdId),
  );
  return 'held';
}

/** Puts the order on hold `effect_failed` for this message, unless its hold is there already. */
function placeEffectHold(ctx: EngineContext, message: OutboxMessage, note: string) {
  const holdId = effectHoldId(message.messageId);
  const nextAction = effectFailedNextAction(message.effect.target, ctx.policy.locale);
  return runCommands(
    ctx,
    refOf(message),
    (state) =>
      state.holds.some((h) => h.holdId === holdId)
        ? []
        : [
            {
              type: 'placeHold',
              holdId,
              reasonCode: 'effect_failed',
              scope: { kind: 'order' },
              note,
              nextAction,
            },
          ],
    { actor: ctx.policy.systemActor },
  );
}

/**
 * A failed attempt: retried after the backoff (or the remote side's `retryAfter`, if later),
 * or, when the failure is final or the attempts are spent, given up: the order goes on hold
 * `effect_failed` with the failure as its note, then the message is parked. The hold comes
 * first so that a crash in between leaves a hold and a message to claim again, never a parked
 * message that nothing explains.
 */
async function handleFailure(
  ctx: EngineContext,
  claim: OutboxClaim,
  now: string,
  nowMs: number,
  failure: AttemptFailure,
): Promise<ClaimOutcome> {
  const { message } = claim;
  const { policy } = ctx;
  const attempts = message.attempts + 1;
  const error = renderFailure(failure, message.effect.kind, policy.locale);
  const final =
    failure.code === 'connector/rejected' || failure.code === 'dispatch/connector_missing';
  const retry = async (): Promise<ClaimOutcome> => {
    const delay = computeBackoff(message.key, attempts, {
      baseMs: policy.backoffBaseMs,
      maxMs: policy.backoffMaxMs,
    });
    const asked = failure.code === 'connector/unavailable' ? failure.retryAfter : undefined;
    const askedMs = asked === undefined ? Number.NaN : Date.parse(asked);
    const next = Number.isNaN(askedMs) ? nowMs + delay : Math.max(nowMs + delay, askedMs);
    return settled(
      await ctx.outbox.fail(claim, { error, nextAttemptAt: toInstant(next) }),
      'retried',
    );
  };
  if (!final && attempts < policy.maxAttempts) return retry();
  const note = describeEffectFailure(message, attempts, error, policy.locale);
  const held = await placeEffectHold(ctx, message, note);
  // Without a hold to explain it, a parked message would be forgotten: keep retrying instead
  // (an unknown order has nothing to hold, and nothing to wait for).
  if (!held.ok && held.error.code !== 'engine/order_not_found') return retry();
  const parked = await ctx.outbox.fail(claim, { error });
  if (!parked.ok) return 'lease_lost';
  if (held.ok) await rearmIfReleased(ctx, message, now, [effectHoldId(message.messageId)]);
  return 'parked';
}

/** One claimed message: check the holds, call the connector, run the follow-up, settle. */
async function deliverClaim(
  ctx: EngineContext,
  claim: OutboxClaim,
  now: string,
  nowMs: number,
): Promise<ClaimOutcome> {
  const { message } = claim;
  const { effect } = message;
  const record = await ctx.store.load(message.tenantId, message.orderId);
  // Released along with another hold of the order while its own is still active: wait for it.
  const ownHold = record?.state.holds.find((h) => h.holdId === effectHoldId(message.messageId));
  if (ownHold !== undefined) {
    const { holdId, reasonCode, scope } = ownHold;
    return holdBack(ctx, claim, now, [{ holdId, reasonCode, scope }]);
  }
  const holds = record === undefined ? [] : findHoldsStopping(record.state, effect);
  if (holds.length > 0) return holdBack(ctx, claim, now, holds);
  if (effect.kind === 'stock.release' || effect.kind === 'stock.consume') {
    const moved =
      ctx.inventory === undefined
        ? err({ code: 'dispatch/connector_missing' as const, target: effect.target })
        : await applyStockMovement(ctx, ctx.inventory, message, now);
    if (!moved.ok) return handleFailure(ctx, claim, now, nowMs, moved.error);
    return settled(await ctx.outbox.complete(claim, now), 'delivered');
  }
  const called = await callConnector(ctx.connectors, effect, {
    idempotencyKey: message.key,
    tenantId: message.tenantId,
    attempt: message.attempts + 1,
    now,
  });
  if (!called.ok) return handleFailure(ctx, claim, now, nowMs, called.error);
  const plan = planFollowUp(effect, called.value);
  if (plan !== undefined) {
    const followed = await runCommands(ctx, refOf(message), plan, { actor: actorOf(effect) });
    if (!followed.ok) {
      const { error } = followed;
      if (error.code === 'order/on_hold') return holdBack(ctx, claim, now, error.holds);
      // The remote side acted and dedupes by key: calling again replays its answer.
      if (error.code === 'engine/conflict_persisting') {
        return handleFailure(ctx, claim, now, nowMs, error);
      }
      // Anything else (the order was cancelled meanwhile…): the effect is delivered all the same.
    }
  }
  return settled(await ctx.outbox.complete(claim, now), 'delivered');
}

/**
 * Delivers the outbox messages due at `now`: claims up to `policy.dispatchBatch` of them with a
 * lease of `policy.leaseMs`, then, one after the other, calls each message's connector (found
 * by the effect's kind and target) with the message's key as idempotency key, and runs what
 * the answer changes in the order (preparation started, ERP document linked, parcel shipped).
 *
 * - delivered → the message is done (a follow-up the lifecycle refuses, e.g. on an order
 *   cancelled meanwhile, does not undo the delivery);
 * - stopped by a hold (a preparation order or a label while the order is on hold, a message
 *   whose own `effect_failed` hold is still active, or a follow-up refused with
 *   `order/on_hold`) → parked until the hold is released;
 * - `connector/unavailable` or `connector/timeout` → retried after {@link computeBackoff}, or at
 *   the `retryAfter` the remote side asked for if later; a thrown exception counts as
 *   `connector/unavailable`;
 * - `connector/rejected`, no connector for the effect, or `policy.maxAttempts` failures → the
 *   order goes on hold `effect_failed` (hold id `hold-<messageId>`, note in `policy.locale`)
 *   and the message is parked; releasing the hold sends it again;
 * - `stock.release` and `stock.consume` are applied to the engine's own stock store (never
 *   held back: stock must follow the order even while it is on hold);
 * - the lease was lost meanwhile (another worker claimed it after it expired) → the result is
 *   dropped and counted in `leaseLost`.
 *
 * @param ctx - the engine's ports and policy
 * @param now - the instant of this run, ISO 8601
 * @returns what was claimed, delivered, retried, parked and held
 * @throws RangeError when `now` is not an instant
 */
export async function dispatchOutbox(ctx: EngineContext, now: string): Promise<DispatchReport> {
  const nowMs = Date.parse(now);
  if (Number.isNaN(nowMs)) throw new RangeError(`dispatch: "${now}" is not an ISO 8601 instant`);
  const claims = await ctx.outbox.claimDue({
    now,
    leaseUntil: toInstant(nowMs + ctx.policy.leaseMs),
    limit: ctx.policy.dispatchBatch,
    leaseId: ctx.ids.next('lease'),
  });
  const counts: Record<ClaimOutcome, number> = {
    delivered: 0,
    retried: 0,
    parked: 0,
    held: 0,
    lease_lost: 0,
  };
  const byKind: Partial<Record<EffectKind, number>> = {};
  for (const claim of claims) {
    const outcome = await deliverClaim(ctx, claim, now, nowMs);
    counts[outcome] += 1;
    if (outcome === 'delivered') {
      const kind = claim.message.effect.kind;
      byKind[kind] = (byKind[kind] ?? 0) + 1;
    }
  }
  return {
    claimed: claims.length,
    delivered: counts.delivered,
    retried: counts.retried,
    parked: counts.parked,
    held: counts.held,
    leaseLost: counts.lease_lost,
    byKind,
  };
}
