import type pg from 'pg';
import {
  createFakeErp,
  createFakeMarketplace,
  createFakeNotifier,
  createFakeWms,
  createSequentialIds,
  type FakeCall,
  type ManualClock,
} from '../../../src/adapters/memory/index.js';
import { createPostgresStorage } from '../../../src/adapters/postgres/index.js';
import { createOms } from '../../../src/engine/index.js';
import type { Oms, OrderEvent, OrderRef, OrderState, Outbox, Result } from '../../../src/index.js';
import { exclusiveOrder } from '../../order/_fixtures.js';
import { interceptAppend } from './_faults.js';
import { createPrng } from '../../../src/adapters/memory/_internal/prng.js';

export const tenantId = 'tenant-a';

/** A command a worker saw succeed: the version it returned and the event it must have written. */
export interface Succeeded {
  readonly orderId: string;
  /** `state.version` of the ok result. */
  readonly version: number;
  readonly type: OrderEvent['type'];
  /** The note text or hold id the event at `version` carries, when the command has one. */
  readonly marker?: string;
}

/** One of the concurrent workers: its own pool, OMS, fakes and bookkeeping. */
export interface Worker {
  readonly name: string;
  readonly oms: Oms;
  /** Every call its fake connectors got. */
  calls(): readonly FakeCall<unknown>[];
  readonly succeeded: Succeeded[];
  /** Failed commands by error code (conflicts, invalid transitions…), for the report. */
  readonly failed: Map<string, number>;
  /** Appends the store refused with `store/version_conflict` (the engine then retried). */
  readonly conflicts: { count: number };
  /** The messages this worker's `complete` calls marked done. */
  readonly completed: string[];
  /**
   * The messages this worker parked because a hold stops the effect or its follow-up: one
   * that was delivered first is sent again after the release (same key, at least once).
   */
  readonly heldBack: string[];
}

/** An outbox that notes each successful `complete` and each park for a hold in `worker`. */
function recordOutbox(outbox: Outbox, completed: string[], heldBack: string[]): Outbox {
  return {
    claimDue: (request) => outbox.claimDue(request),
    complete: async (claim, completedAt) => {
      const done = await outbox.complete(claim, completedAt);
      if (done.ok) completed.push(claim.message.messageId);
      return done;
    },
    fail: async (claim, failure) => {
      const failed = await outbox.fail(claim, failure);
      const held = failure.nextAttemptAt === undefined && /release of hold/u.test(failure.error);
      if (failed.ok && held) heldBack.push(claim.message.messageId);
      return failed;
    },
    rearm: (tenantId, orderId, now) => outbox.rearm(tenantId, orderId, now),
    listByOrder: (tenantId, orderId) => outbox.listByOrder(tenantId, orderId),
  };
}

/**
 * Creates worker `index` over its own pool: an OMS on the shared schema and clock, ids
 * prefixed `w<index>` (no two workers make the same id), and fake connectors failing 20 % of
 * the calls with `unavailable` (nothing acted on: a retry elsewhere is the only delivery).
 */
export function createWorker(
  index: number,
  pool: pg.Pool,
  schema: string,
  clock: ManualClock,
): Worker {
  const fakeOptions = { seed: index + 1, failureRate: 0.2 };
  const amazon = createFakeMarketplace('amazon', fakeOptions);
  const wms = createFakeWms(fakeOptions);
  const erp = createFakeErp(fakeOptions);
  const notifier = createFakeNotifier(fakeOptions);
  const { store, outbox } = createPostgresStorage(pool, { schema });
  const conflicts = { count: 0 };
  const completed: string[] = [];
  const heldBack: string[] = [];
  const counting = interceptAppend(store, async (batch, append) => {
    const result = await append(batch);
    if (!result.ok && result.error.code === 'store/version_conflict') conflicts.count += 1;
    return result;
  });
  const oms = createOms({
    store: counting,
    outbox: recordOutbox(outbox, completed, heldBack),
    clock,
    ids: createSequentialIds(`w${index}`),
    connectors: { marketplaces: { amazon }, wms, erp, notifier },
    policy: { conflictRetries: 20 },
  });
  return {
    name: `w${index}`,
    oms,
    calls: () => [...amazon.calls, ...wms.calls, ...erp.calls, ...notifier.calls],
    succeeded: [],
    failed: new Map(),
    conflicts,
    completed,
    heldBack,
  };
}

/** The channel payload of order `n`: the hand-computed fixture with its own channel reference. */
function payloadOf(n: number): Record<string, unknown> {
  const json = exclusiveOrder();
  json['channelRef'] = {
    channel: 'amazon',
    channelOrderRef: `405-0000000-${String(n).padStart(7, '0')}`,
    marketplace: 'amazon.fr',
  };
  return json;
}

/** Records an engine result in the worker's books; returns the state when ok. */
function track(
  worker: Worker,
  result: Result<OrderState, { readonly code: string }>,
  type: OrderEvent['type'],
  marker?: (state: OrderState) => string | undefined,
): OrderState | undefined {
  if (!result.ok) {
    const code = result.error.code;
    worker.failed.set(code, (worker.failed.get(code) ?? 0) + 1);
    return undefined;
  }
  const state = result.value;
  const mark = marker?.(state);
  worker.succeeded.push({
    orderId: state.orderId,
    version: state.version,
    type,
    ...(mark === undefined ? {} : { marker: mark }),
  });
  return state;
}

/**
 * Ingests orders `from` to `to` (exclusive), every other one needing acceptance.
 *
 * @returns the ids of the orders created
 */
export async function ingestOrders(worker: Worker, from: number, to: number): Promise<string[]> {
  const ids: string[] = [];
  for (let n = from; n < to; n++) {
    const got = await worker.oms.ingest('amazon', payloadOf(n), { needsAcceptance: n % 2 === 0 });
    if (!got.ok) throw new Error(`ingest ${n} failed: ${JSON.stringify(got.error)}`);
    track(worker, { ok: true, value: got.value.state }, 'order.captured');
    ids.push(got.value.state.orderId);
  }
  return ids;
}

/** The active hold a worker placed (ids `w<n>-hold-…`), picked at random, if any. */
async function pickOwnHold(oms: Oms, ref: OrderRef, random: () => number) {
  const got = await oms.get(ref);
  if (!got.ok) return undefined;
  const placed = got.value.holds.filter((h) => /^w\d+-hold-/.test(h.holdId));
  return placed[Math.floor(random() * placed.length)]?.holdId;
}

/**
 * Runs `steps` random commands on random orders (half of them on the first 10, to make
 * conflicts likely) and dispatches the outbox now and then, recording what succeeded.
 */
export async function runRandomCommands(
  worker: Worker,
  orders: readonly string[],
  steps: number,
  seed: number,
): Promise<void> {
  const random = createPrng(seed);
  const { oms } = worker;
  for (let step = 0; step < steps; step++) {
    const pool = random() < 0.5 ? orders.slice(0, 10) : orders;
    const orderId = pool[Math.floor(random() * pool.length)] ?? orders[0]!;
    const ref = { tenantId, orderId };
    const roll = random();
    if (roll < 0.3) {
      const text = `${worker.name} note ${step}`;
      track(worker, await oms.addNote(ref, text), 'note.added', () => text);
    } else if (roll < 0.45) {
      const placed = await oms.placeHold(ref, { reasonCode: 'manual', note: worker.name });
      track(worker, placed, 'hold.placed', (s) => s.holds.at(-1)?.holdId);
    } else if (roll < 0.6) {
      const holdId = await pickOwnHold(oms, ref, random);
      if (holdId === undefined) continue;
      track(worker, await oms.releaseHold(ref, holdId), 'hold.released', () => holdId);
    } else if (roll < 0.7) {
      track(worker, await oms.accept(ref), 'order.accepted');
    } else if (roll < 0.8) {
      track(worker, await oms.startPreparation(ref), 'order.preparation_started');
    } else if (roll < 0.9) {
      const cancel = { lines: [{ lineId: 'L1', quantity: 1 }], requestedBy: 'seller' as const };
      const result = await oms.cancelLines(ref, { ...cancel, reasonCode: 'out_of_stock' });
      track(worker, result, 'order.lines_cancelled');
    } else {
      await oms.dispatch();
    }
  }
}
