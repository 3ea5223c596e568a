import { ok, type Result } from '../result/index.js';
import type { EngineError } from './errors.js';
import { ingestRead, prepareCapture, readIngest, type IngestRun } from './ingest.js';
import type { IngestOptions, IngestOutcome } from './oms.js';
import type { EngineContext } from './_internal/context.js';
import type { PreparedCapture } from './ingest.js';

/** A payload of the call whose order is new: its run and its capture, ready to append. */
interface NewOrder {
  readonly index: number;
  readonly run: IngestRun;
  readonly prepared: PreparedCapture;
}

/** A tenant-scoped key of a channel reference, to spot repeats within one call. */
function refKey(run: IngestRun): string {
  const { tenantId, channelRef } = run.read.order;
  return JSON.stringify([tenantId, channelRef.channelOrderRef]);
}

/**
 * Ingests many payloads of one channel, as `ingest` would one after the other, with the new
 * orders captured in one write when the store has `appendMany` (see docs/engine.md, "Ingest
 * in batches").
 *
 * - Each payload gets its own result, in the order given: an unreadable payload its
 *   `engine/payload_invalid`, the others what `ingest` would answer.
 * - Payloads whose channel reference is new (and first in the call) are captured together:
 *   one `appendMany`, all or nothing. When it fails (another writer captured one of them, an
 *   id was taken), each of them is ingested alone, which settles the conflict as `ingest` does.
 * - Payloads of known orders, and repeats within the call, are ingested one by one after the
 *   new orders are written, so a repeat becomes an update (or `unchanged`).
 *
 * @param ctx - the engine's ports and policy
 * @param channel - the channel they all come from
 * @param payloads - orders mapped to the canonical shape, as untrusted data
 * @param options - as for `ingest`, applied to every payload
 * @returns one result per payload, in order
 */
export async function ingestMany(
  ctx: EngineContext,
  channel: string,
  payloads: readonly unknown[],
  options: IngestOptions = {},
): Promise<readonly Result<IngestOutcome, EngineError>[]> {
  const results: (Result<IngestOutcome, EngineError> | undefined)[] = payloads.map(() => undefined);
  const runs = payloads.map((payload) => readIngest(ctx, channel, payload, options));
  const known = await lookUpAll(ctx, channel, runs);
  const later: { index: number; run: IngestRun }[] = [];
  const fresh: NewOrder[] = [];
  const seen = new Set<string>();
  for (const [index, run] of runs.entries()) {
    if (!run.ok) {
      results[index] = run;
      continue;
    }
    const key = refKey(run.value);
    if (seen.has(key) || known.has(key)) {
      later.push({ index, run: run.value });
      continue;
    }
    seen.add(key);
    const prepared = prepareCapture(run.value, ctx.ids.next('order'));
    if (prepared.ok) fresh.push({ index, run: run.value, prepared: prepared.value });
    else results[index] = prepared;
  }
  const written = await appendTogether(ctx, fresh);
  for (const [i, order] of fresh.entries()) {
    results[order.index] =
      written[i] === true ? ok(order.prepared.outcome) : await ingestRead(order.run);
  }
  for (const { index, run } of later) results[index] = await ingestRead(run);
  return results.map((r) => r as Result<IngestOutcome, EngineError>);
}

/**
 * The channel references of the call the store already knows: one `findOrderIds` per tenant
 * when the store has it, else the lookups side by side (a store on a connection pool runs
 * them in parallel).
 */
async function lookUpAll(
  ctx: EngineContext,
  channel: string,
  runs: readonly Result<IngestRun, EngineError>[],
): Promise<ReadonlySet<string>> {
  const refsByTenant = new Map<string, Set<string>>();
  for (const run of runs) {
    if (!run.ok) continue;
    const { tenantId, channelRef } = run.value.read.order;
    const refs = refsByTenant.get(tenantId) ?? new Set<string>();
    refs.add(channelRef.channelOrderRef);
    refsByTenant.set(tenantId, refs);
  }
  const { store } = ctx;
  const found = await Promise.all(
    [...refsByTenant].map(async ([tenantId, refs]) => {
      const known =
        store.findOrderIds === undefined
          ? await Promise.all(
              [...refs].map(async (ref) =>
                (await store.findByChannelRef(tenantId, channel, ref)) === undefined ? [] : [ref],
              ),
            ).then((lists) => lists.flat())
          : [...(await store.findOrderIds(tenantId, channel, [...refs])).keys()];
      return known.map((ref) => JSON.stringify([tenantId, ref]));
    }),
  );
  return new Set(found.flat());
}

/** Appends the captures, in one write when the store can: whether each was written. */
async function appendTogether(
  ctx: EngineContext,
  fresh: readonly NewOrder[],
): Promise<readonly boolean[]> {
  const batches = fresh.map((f) => f.prepared.batch);
  if (ctx.store.appendMany !== undefined && batches.length > 0) {
    const written = (await ctx.store.appendMany(batches)).ok;
    return batches.map(() => written);
  }
  const written: boolean[] = [];
  for (const batch of batches) written.push((await ctx.store.append(batch)).ok);
  return written;
}
