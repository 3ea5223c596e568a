import { err, ok } from '../../result/index.js';
import type {
  ActionReceipt,
  ActionResult,
  ChannelActionRequest,
  ChannelCallContext,
  ConnectorContext,
  ConnectorResult,
  ImportAck,
  OrderFeedPage,
  OrderFeedRequest,
  StockLevel,
} from '../../ports/index.js';
import type { FakeRecorder } from './fakeConnectorOptions.js';
import { createFakeEndpoint } from './_internal/fakeEndpoint.js';
import { createPrng, hashText } from './_internal/prng.js';
import type {
  FakeFeedEntry,
  FakeMarketplaceApi,
  FakeMarketplaceApiOptions,
  FakeReadOperation,
} from './fakeMarketplaceApiOptions.js';

interface ActionSlot {
  readonly key: string;
  readonly request: ChannelActionRequest;
  readonly handle?: string;
  readonly fails: boolean;
  state: ActionResult['state'];
  polls: number;
}

const readOperations: readonly FakeReadOperation[] = [
  'fetchOrders',
  'acknowledgeImport',
  'getActionResult',
  'publishStock',
];

function readCount(name: string, value: number | undefined, fallback: number, min: number) {
  const n = value ?? fallback;
  if (!Number.isSafeInteger(n) || n < min) {
    throw new RangeError(`fake marketplace API: ${name} must be a whole number ≥ ${String(min)}`);
  }
  return n;
}

/**
 * Creates a fake marketplace API for one channel. `fetchOrders` pages through the payloads put
 * in its feed (the cursor is the position read so far); `sendAction` acts once per idempotency
 * key and answers `done`, or `pending` with a handle `<CHANNEL>-ACT-000001`… when `asynchronous`;
 * `getActionResult` settles a queued action after `settleAfterPolls` polls, as `failed` for a
 * seeded share `actionFailureRate`. Failures are injected as in the other fakes.
 *
 * @param channel - the channel code it serves (`ChannelRef.channel`, the profile's code)
 * @param options - page size, queueing, settling, hooks, and the rates of every fake
 * @returns the fake API, with its records
 * @throws RangeError on invalid rates, latency, `pageSize` or `settleAfterPolls`
 * @example
 * ```ts
 * const api = createFakeMarketplaceApi('lengow', { asynchronous: true, pageSize: 20 });
 * api.put(lengowPayload);
 * const page = await api.fetchOrders({}, { tenantId: 'shop-1', now });
 * // page.value.payloads → [lengowPayload], page.value.more → false
 * ```
 */
export function createFakeMarketplaceApi(
  channel: string,
  options: FakeMarketplaceApiOptions = {},
): FakeMarketplaceApi {
  const size = readCount('pageSize', options.pageSize, 50, 1);
  const settleAfter = readCount('settleAfterPolls', options.settleAfterPolls, 1, 1);
  const failShare = options.actionFailureRate ?? 0;
  if (!(failShare >= 0 && failShare <= 1)) {
    throw new RangeError('fake marketplace API: actionFailureRate must be between 0 and 1');
  }
  const seed = options.seed ?? 1;
  const drawFailure = createPrng((seed ^ hashText(`${channel}:settle`)) >>> 0);
  const published: FakeFeedEntry[] = [];
  const waiting: (FakeFeedEntry & { readonly rank: number })[] = [];
  const slots = new Map<string, ActionSlot>();
  const byHandle = new Map<string, ActionSlot>();
  const imports: ImportAck[] = [];
  const stock: Record<string, number> = {};
  const prefix = channel.toUpperCase().replace(/[^A-Z0-9]/g, '') || 'CHANNEL';
  let puts = 0;
  let readCalls = 0;

  const { asynchronous } = options;
  const queues = (request: ChannelActionRequest): boolean =>
    typeof asynchronous === 'function' ? asynchronous(request) : asynchronous === true;
  const actionEndpoint = createFakeEndpoint<ChannelActionRequest, ActionReceipt>(
    channel,
    options,
    (request, n) =>
      queues(request)
        ? { state: 'pending', handle: `${prefix}-ACT-${String(n).padStart(6, '0')}` }
        : { state: 'done' },
  );
  const reads = options.reads ?? {};
  const readEndpoints = new Map(
    readOperations.map((operation, i) => [
      operation,
      createFakeEndpoint<unknown, unknown>(
        channel,
        {
          seed: seed + i + 1,
          ...(reads.failureRate === undefined ? {} : { failureRate: reads.failureRate }),
          ...(reads.rejectRate === undefined ? {} : { rejectRate: reads.rejectRate }),
          ...(reads.timeoutRate === undefined ? {} : { timeoutRate: reads.timeoutRate }),
          ...(options.retryAfterMs === undefined ? {} : { retryAfterMs: options.retryAfterMs }),
          ...(options.latency === undefined ? {} : { latency: options.latency }),
          respond: (_request, context) => reads.respond?.(operation, context),
        },
        () => undefined,
      ),
    ]),
  );

  /**
   * Runs a call that acts on no order through its endpoint (a fresh key each time, so nothing
   * is replayed), then `act` when the channel carries it out.
   */
  async function read<T>(
    operation: FakeReadOperation,
    request: unknown,
    context: ChannelCallContext,
    act: () => T,
  ): ConnectorResult<T> {
    readCalls += 1;
    const endpoint = readEndpoints.get(operation);
    if (endpoint === undefined) throw new Error(`fake marketplace API: no ${operation}`);
    const keyed: ConnectorContext = {
      ...context,
      idempotencyKey: `${operation}#${String(readCalls)}`,
      attempt: 1,
    };
    const before = endpoint.recorder.received.length;
    const answer = await endpoint.call(operation, request, keyed);
    // The channel carried the call out (a timeout included) when the endpoint recorded it.
    const value = endpoint.recorder.received.length > before ? act() : undefined;
    if (!answer.ok) return answer;
    return ok(value as T);
  }

  function publishDue(now: string): void {
    const instant = Date.parse(now);
    waiting.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.rank - b.rank);
    while (waiting.length > 0 && Date.parse(waiting[0]?.at ?? '') <= instant) {
      const entry = waiting.shift();
      if (entry !== undefined) published.push({ payload: entry.payload, at: entry.at });
    }
  }

  function settle(slot: ActionSlot, at: string): void {
    slot.polls += 1;
    if (slot.state !== 'pending' || slot.polls < settleAfter) return;
    slot.state = slot.fails ? 'failed' : 'done';
    if (slot.state === 'done') options.onAction?.(structuredClone(slot.request), at);
  }

  async function sendAction(request: ChannelActionRequest, context: ConnectorContext) {
    const before = actionEndpoint.recorder.received.length;
    const answer = await actionEndpoint.call('sendAction', request, context);
    const receipts = actionEndpoint.recorder.received;
    const receipt = receipts.length > before ? receipts[receipts.length - 1] : undefined;
    if (receipt !== undefined) {
      const handle = receipt.ack.state === 'pending' ? receipt.ack.handle : undefined;
      const slot: ActionSlot = {
        key: receipt.key,
        request: receipt.request,
        ...(handle === undefined ? {} : { handle }),
        fails: handle !== undefined && drawFailure() < failShare,
        state: receipt.ack.state,
        polls: 0,
      };
      slots.set(slot.key, slot);
      if (handle !== undefined) byHandle.set(handle, slot);
      else options.onAction?.(structuredClone(slot.request), context.now);
    }
    return answer;
  }

  const api: Omit<FakeMarketplaceApi, keyof FakeRecorder<ChannelActionRequest, ActionReceipt>> = {
    channel,
    put(payload, at) {
      if (at !== undefined && Number.isNaN(Date.parse(at))) {
        throw new RangeError(`fake marketplace API: put at "${at}" is not an instant`);
      }
      puts += 1;
      const entry = { payload: structuredClone(payload), at: at ?? '1970-01-01T00:00:00.000Z' };
      waiting.push({ ...entry, rank: puts });
    },
    get feed() {
      return [...published, ...waiting.map(({ payload, at }) => ({ payload, at }))];
    },
    get actions() {
      return [...slots.values()].map(({ key, request, handle, state, polls }) => ({
        key,
        request,
        ...(handle === undefined ? {} : { handle }),
        state,
        polls,
      }));
    },
    get imports() {
      return [...imports];
    },
    get stock() {
      return { ...stock };
    },
    fetchOrders(request: OrderFeedRequest, context: ChannelCallContext) {
      publishDue(context.now);
      const { cursor } = request;
      const from =
        cursor === undefined ? 0 : /^(?:0|[1-9]\d{0,8})$/.test(cursor) ? Number(cursor) : -1;
      if (from < 0 || from > published.length) {
        return Promise.resolve(
          err({
            code: 'connector/rejected' as const,
            target: channel,
            detail: `400 Invalid cursor "${String(request.cursor)}"`,
          }),
        );
      }
      const limit =
        request.limit !== undefined && request.limit >= 1
          ? Math.min(size, Math.floor(request.limit))
          : size;
      return read('fetchOrders', request, context, (): OrderFeedPage => {
        const payloads = published.slice(from, from + limit).map((e) => structuredClone(e.payload));
        const next = from + payloads.length;
        return { payloads, nextCursor: String(next), more: next < published.length };
      });
    },
    acknowledgeImport(acks: readonly ImportAck[], context: ChannelCallContext) {
      return read('acknowledgeImport', acks, context, () => {
        imports.push(...acks.map((a) => ({ ...a })));
      });
    },
    sendAction,
    getActionResult(handle: string, context: ChannelCallContext) {
      const slot = byHandle.get(handle);
      if (slot === undefined) {
        return Promise.resolve(
          err({
            code: 'connector/rejected' as const,
            target: channel,
            detail: `404 No action ${handle}`,
          }),
        );
      }
      return read('getActionResult', handle, context, (): ActionResult => {
        settle(slot, context.now);
        if (slot.state === 'pending') return { state: 'pending' };
        return slot.state === 'done'
          ? { state: 'done' }
          : { state: 'failed', detail: `${channel} refused the action ${handle}` };
      });
    },
    publishStock(levels: readonly StockLevel[], context: ChannelCallContext) {
      const bad = levels.find((l) => !Number.isSafeInteger(l.available) || l.available < 0);
      if (bad !== undefined) {
        return Promise.resolve(
          err({
            code: 'connector/rejected' as const,
            target: channel,
            detail: `422 Invalid quantity for ${bad.sku}`,
          }),
        );
      }
      return read('publishStock', levels, context, () => {
        for (const level of levels) stock[level.sku] = level.available;
      });
    },
  };
  // Copies the getters as getters (Object.assign would read them once).
  return Object.defineProperties(
    actionEndpoint.recorder,
    Object.getOwnPropertyDescriptors(api),
  ) as FakeMarketplaceApi;
}
