import { toCapturedOrder } from '../order/index.js';
import type { Actor, Order, OrderState } from '../order/index.js';
import type { AppendBatch } from '../ports/index.js';
import { err, ok, type Result } from '../result/index.js';
import type { EngineError } from './errors.js';
import type { IngestOptions, IngestOutcome, OmsResult } from './oms.js';
import { buildAppendBatch } from './_internal/commitEvents.js';
import type { EngineContext, PlannedCommand } from './_internal/context.js';
import { holdsPlacedBy } from './_internal/channelConflictHold.js';
import { completeCommand, decideAll } from './_internal/decideAll.js';
import { planChannelChanges } from './_internal/planChannelChanges.js';
import { readPayload, type ReadPayload } from './_internal/readPayload.js';
import { runPlan } from './_internal/runCommands.js';
import { planValidationHolds } from './_internal/validationHolds.js';

/** The order as captured: its id, only `ordered` counted, no parcels (the lifecycle makes them). */
function toInitialForm(order: Order, orderId: string): Order {
  return { ...toCapturedOrder(order), orderId };
}

/** One ingest call's inputs, read once. */
export interface IngestRun {
  readonly ctx: EngineContext;
  readonly channel: string;
  readonly read: ReadPayload;
  readonly options: IngestOptions;
  readonly channelActor: Actor;
}

/** A new order's capture, ready to append, and what ingest answers once it is written. */
export interface PreparedCapture {
  readonly batch: AppendBatch;
  readonly outcome: IngestOutcome;
}

/**
 * Decides a new order's capture: capture, channel cancellations and validation holds, as one
 * batch (written by the caller).
 */
export function prepareCapture(
  run: IngestRun,
  orderId: string,
): Result<PreparedCapture, EngineError> {
  const { ctx, channel, read, options, channelActor } = run;
  const { policy } = ctx;
  const at = ctx.clock.now();
  const complete = (p: PlannedCommand) => completeCommand(p, at, policy.systemActor, options);
  const needsAcceptance =
    options.needsAcceptance ?? policy.channelsNeedingAcceptance.includes(channel);
  const initial = toInitialForm(read.order, orderId);
  const captured = decideAll(undefined, [
    complete({ type: 'capture', order: initial, needsAcceptance, actor: channelActor }),
  ]);
  if (!captured.ok) return captured;
  const start = captured.value.after as OrderState;
  // A fresh payload differs from its initial form only by the units its channel cancelled
  // (parcels are not read from payloads: the lifecycle makes them): skip the comparison
  // when there are none.
  const fresh = read.order.lines.every((l) => l.quantities.cancelled === 0);
  const planned = fresh
    ? { commands: [], changes: [] }
    : planChannelChanges(start, { ...read.order, orderId }, ctx, channelActor, at);
  const holds = planValidationHolds(read.issues, policy.locale).map((h): PlannedCommand => ({
    type: 'placeHold',
    holdId: ctx.ids.next('hold'),
    scope: { kind: 'order' },
    ...h,
    actor: policy.systemActor,
  }));
  const rest = decideAll(start, [...planned.commands, ...holds].map(complete));
  if (!rest.ok) return rest;
  const events = [...captured.value.events, ...rest.value.events];
  const after = rest.value.after ?? start;
  const holdsPlaced = holdsPlacedBy(events, after);
  return ok({
    batch: buildAppendBatch(ctx, undefined, events, after),
    outcome: {
      outcome: 'created',
      state: after,
      holdsPlaced,
      changes: [...planned.changes, ...holdsPlaced.map((h) => `on hold ${h.reasonCode}`)],
    },
  });
}

/** Captures a new order: {@link prepareCapture}, then one append. */
async function capture(
  run: IngestRun,
  orderId: string,
): Promise<Result<IngestOutcome, EngineError>> {
  const prepared = prepareCapture(run, orderId);
  if (!prepared.ok) return prepared;
  const appended = await run.ctx.store.append(prepared.value.batch);
  return appended.ok ? ok(prepared.value.outcome) : appended;
}

/** Applies what a known order's new payload changes (nothing when it is the same). */
async function update(
  run: IngestRun,
  tenantId: string,
  orderId: string,
): Promise<Result<IngestOutcome, EngineError>> {
  const { ctx, read, options, channelActor } = run;
  let changes: readonly string[] = [];
  const done = await runPlan(
    ctx,
    { tenantId, orderId },
    (state) => {
      const incoming = { ...read.order, orderId: state.orderId };
      const planned = planChannelChanges(state, incoming, ctx, channelActor, ctx.clock.now());
      changes = planned.changes;
      return planned.commands;
    },
    options,
  );
  if (!done.ok) return done;
  const { events, after } = done.value;
  if (events.length === 0)
    return ok({ outcome: 'unchanged', state: after, holdsPlaced: [], changes: [] });
  return ok({
    outcome: 'updated',
    state: after,
    holdsPlaced: holdsPlacedBy(events, after),
    changes,
  });
}

/**
 * Ingests a channel's order: captures it when `(tenant, channel, channelOrderRef)` is new,
 * else applies what changed since the last ingest (see docs/engine.md, "Ingest and dedupe").
 *
 * - A payload that is not an order returns `engine/payload_invalid` and writes nothing; one
 *   from another channel returns `engine/channel_mismatch`.
 * - A new order is captured with an id from the IdGenerator (the payload's `orderId` is
 *   ignored), its quantities in the initial form and no parcels; in the same append, the units
 *   the channel already cancelled are cancelled (`requestedBy: 'channel'`) and each address,
 *   phone or totals problem puts it on hold with a note and what to do next.
 * - A known order: the same payload again writes nothing (`unchanged`); a higher `cancelled`
 *   on a line cancels the difference; any other difference (address, lines, totals, buyer…)
 *   puts it on hold `channel_conflict` listing the fields, once.
 * - When a concurrent ingest captured the same channel order first, this one becomes an update.
 *
 * Capture and channel cancellations are by `options.actor`, else the channel
 * (`{ kind: 'channel', id: channel }`); holds by the policy's system actor.
 *
 * @param ctx - the engine's ports and policy
 * @param channel - the channel it comes from (`ChannelRef.channel`)
 * @param payload - the order mapped to the canonical shape, as untrusted data
 * @param options - actor, reason, whether the seller must accept it
 * @returns what happened, or the error
 */
export async function ingest(
  ctx: EngineContext,
  channel: string,
  payload: unknown,
  options: IngestOptions = {},
): OmsResult<IngestOutcome> {
  const run = readIngest(ctx, channel, payload, options);
  return run.ok ? ingestRead(run.value) : run;
}

/** Reads an ingested payload into a run (see {@link readPayload}); writes nothing. */
export function readIngest(
  ctx: EngineContext,
  channel: string,
  payload: unknown,
  options: IngestOptions,
): Result<IngestRun, EngineError> {
  const read = readPayload(channel, payload, ctx.policy.validation);
  if (!read.ok) return read;
  const channelActor = options.actor ?? { kind: 'channel', id: channel };
  return ok({ ctx, channel, read: read.value, options, channelActor });
}

/** Ingests a payload already read: capture when its channel reference is new, else update. */
export async function ingestRead(run: IngestRun): OmsResult<IngestOutcome> {
  const { ctx, channel } = run;
  const { tenantId, channelRef } = run.read.order;
  const attempts = ctx.policy.conflictRetries + 1;
  let orderId = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const known = await ctx.store.findByChannelRef(tenantId, channel, channelRef.channelOrderRef);
    if (known !== undefined) return update(run, tenantId, known.state.orderId);
    orderId = ctx.ids.next('order');
    const captured = await capture(run, orderId);
    if (captured.ok) return captured;
    if (captured.error.code === 'store/channel_ref_taken') {
      return update(run, tenantId, captured.error.existingOrderId);
    }
    // A version conflict here means the id is taken: try again with a fresh one.
    if (captured.error.code !== 'store/version_conflict') return captured;
  }
  return err({ code: 'engine/conflict_persisting', tenantId, orderId, attempts });
}
