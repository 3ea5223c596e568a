import {
  err,
  ok,
  type ActionJournal,
  type ActionJournalEntry,
  type ActionJournalKey,
  type ActionResult,
  type ChannelActionRequest,
  type ConnectorContext,
  type MarketplaceApi,
} from '../../src/index.js';

/** What the fake channel does with the next `sendAction` call. */
export type FakeSendOutcome =
  'done' | 'pending' | 'unavailable' | 'timeout_acted' | 'timeout_lost' | 'rejected';

/** One `sendAction` call the fake saw. */
export interface FakeSendCall {
  readonly request: ChannelActionRequest;
  readonly context: ConnectorContext;
}

/** A fake channel API: records calls, acts once per idempotency key, fails on demand. */
export interface FakeChannelApi {
  readonly api: MarketplaceApi;
  /** Every `sendAction` call, in order. */
  readonly calls: FakeSendCall[];
  /** The actions the channel performed (at most one per idempotency key). */
  readonly acted: ChannelActionRequest[];
  /** The actions the channel refused. */
  readonly refused: ChannelActionRequest[];
  /** Outcomes of the next `sendAction` calls, taken one by one; `done` when empty. */
  readonly script: FakeSendOutcome[];
  /** What `getActionResult` answers, by handle (`pending` until set). */
  readonly results: Map<string, ActionResult>;
  /** Failures of the next `getActionResult` calls, taken one by one. */
  readonly pollFailures: ('unavailable' | 'timeout')[];
  /** Every `getActionResult` call, by handle. */
  readonly polled: string[];
}

/**
 * A fake `MarketplaceApi` for the channel `channel`, well behaved like a channel that takes
 * idempotency keys: a key it acted on answers the same receipt again without acting.
 */
export function fakeChannelApi(channel: string): FakeChannelApi {
  const calls: FakeSendCall[] = [];
  const acted: ChannelActionRequest[] = [];
  const refused: ChannelActionRequest[] = [];
  const script: FakeSendOutcome[] = [];
  const results = new Map<string, ActionResult>();
  const pollFailures: ('unavailable' | 'timeout')[] = [];
  const polled: string[] = [];
  const receipts = new Map<string, { state: 'done' } | { state: 'pending'; handle: string }>();
  const api: MarketplaceApi = {
    channel,
    fetchOrders: () => Promise.resolve(ok({ payloads: [], nextCursor: '', more: false })),
    acknowledgeImport: () => Promise.resolve(ok(undefined)),
    publishStock: () => Promise.resolve(ok(undefined)),
    sendAction(request, context) {
      calls.push({ request: structuredClone(request), context });
      const outcome = script.shift() ?? 'done';
      const target = channel;
      if (outcome === 'unavailable') {
        return Promise.resolve(err({ code: 'connector/unavailable', target, detail: '503' }));
      }
      if (outcome === 'timeout_lost') {
        return Promise.resolve(err({ code: 'connector/timeout', target }));
      }
      const known = receipts.get(context.idempotencyKey);
      if (known !== undefined) {
        return Promise.resolve(
          outcome === 'timeout_acted' ? err({ code: 'connector/timeout', target }) : ok(known),
        );
      }
      if (outcome === 'rejected') {
        refused.push(structuredClone(request));
        return Promise.resolve(
          err({ code: 'connector/rejected', target, detail: `422 ${request.action} refused` }),
        );
      }
      acted.push(structuredClone(request));
      const handle = `H${String(acted.length)}`;
      const receipt =
        outcome === 'pending' ? { state: 'pending' as const, handle } : { state: 'done' as const };
      receipts.set(context.idempotencyKey, receipt);
      if (outcome === 'pending') results.set(handle, { state: 'pending' });
      if (outcome === 'timeout_acted') {
        return Promise.resolve(err({ code: 'connector/timeout', target }));
      }
      return Promise.resolve(ok(receipt));
    },
    getActionResult(handle) {
      polled.push(handle);
      const failure = pollFailures.shift();
      if (failure !== undefined) {
        return Promise.resolve(err({ code: `connector/${failure}`, target: channel }));
      }
      return Promise.resolve(ok(results.get(handle) ?? { state: 'pending' }));
    },
  };
  return { api, calls, acted, refused, script, results, pollFailures, polled };
}

/** A minimal in-memory `ActionJournal` for the tests, which can crash before a `record`. */
export interface TestJournal extends ActionJournal {
  /** Every entry, oldest first. */
  entries(): ActionJournalEntry[];
  /** Makes the next `record` call throw without recording (a crash after the send). */
  crashNextRecord(): void;
  /** Cancels a crash asked for and not happened yet. */
  stopCrashing(): void;
}

const idOf = (k: ActionJournalKey) =>
  JSON.stringify([k.tenantId, k.channel, k.orderId, k.action, k.payloadHash]);

/** Creates a {@link TestJournal}. */
export function testJournal(): TestJournal {
  const byId = new Map<string, ActionJournalEntry>();
  let crash = false;
  return {
    begin(key, request, now) {
      const existing = byId.get(idOf(key));
      if (existing !== undefined) return Promise.resolve({ created: false, entry: existing });
      const { tenantId, channel, orderId, action, payloadHash } = key;
      const entry: ActionJournalEntry = {
        tenantId,
        channel,
        orderId,
        action,
        payloadHash,
        request: structuredClone(request),
        state: 'sending',
        attempts: 0,
        createdAt: now,
        updatedAt: now,
      };
      byId.set(idOf(key), entry);
      return Promise.resolve({ created: true, entry });
    },
    record(key, update, now) {
      // The record that counts a send as it starts comes before the send: the crash waits for
      // the one after it.
      const startsSend = update.sent === true && update.state === 'sending';
      if (crash && !startsSend) {
        crash = false;
        return Promise.reject(new Error('crash before record'));
      }
      const entry = byId.get(idOf(key));
      if (entry === undefined) return Promise.resolve(undefined);
      if (entry.state === 'done' || entry.state === 'failed') return Promise.resolve(entry);
      const next: ActionJournalEntry = {
        ...entry,
        state: update.state,
        ...(update.handle === undefined ? {} : { handle: update.handle }),
        ...(update.detail === undefined ? {} : { detail: update.detail }),
        attempts: entry.attempts + (update.sent === true ? 1 : 0),
        updatedAt: now,
      };
      byId.set(idOf(key), next);
      return Promise.resolve(next);
    },
    get(key) {
      return Promise.resolve(byId.get(idOf(key)));
    },
    listByOrder(tenantId, channel, orderId) {
      return Promise.resolve(
        [...byId.values()].filter(
          (e) => e.tenantId === tenantId && e.channel === channel && e.orderId === orderId,
        ),
      );
    },
    listPending(tenantId, channel, limit) {
      return Promise.resolve(
        [...byId.values()]
          .filter((e) => e.tenantId === tenantId && e.channel === channel && e.state === 'pending')
          .sort((a, b) => (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : 0))
          .slice(0, limit),
      );
    },
    entries: () => [...byId.values()],
    crashNextRecord() {
      crash = true;
    },
    stopCrashing() {
      crash = false;
    },
  };
}
