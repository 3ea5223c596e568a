// Writing a connector by hand, checking it with the connector contract of 'ordokit/testing',
// then wiring it into the engine. The marketplace here is "ShopNow", a made-up channel whose
// HTTP API is simulated in memory (no network): swap `send` for a fetch wrapper in real life.
//
//   npx tsx examples/custom-connector.ts           # the contract passes, then the wiring runs
//   npx tsx examples/custom-connector.ts --naive   # a naive first draft fails it (exit code 1)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createOms,
  err,
  formatError,
  ok,
  type ConnectorContext,
  type ConnectorResult,
  type MarketplaceConnector,
} from 'ordokit';
import { createManualClock, createMemoryStorage, createSequentialIds } from 'ordokit/memory';
import { runConnectorContract, type ContractTestApi } from 'ordokit/testing';

// --- The remote side: ShopNow's API, simulated ----------------------------------------------

interface HttpRequest {
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}
interface HttpResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}
/** What the connector is given to reach the API: `fetch` in a real host. */
type Send = (request: HttpRequest) => Promise<HttpResponse>;

/**
 * ShopNow's API as its docs describe it: POSTs need an `Idempotency-Key` header; a key seen
 * before gets the stored response again without acting twice. `mode` simulates outages.
 */
function createShopNowSandbox() {
  const stored = new Map<string, HttpResponse>();
  const acted: { key: string; path: string; body: unknown }[] = [];
  let mode: 'up' | 'maintenance' | 'unreachable' = 'up';
  const send: Send = async ({ path, headers, body }) => {
    await Promise.resolve(); // the network
    if (mode === 'unreachable') throw new Error('connect ECONNREFUSED 10.0.0.7:443');
    if (mode === 'maintenance') return { status: 503, headers: { 'retry-after': '120' } };
    const key = headers['idempotency-key'];
    if (key === undefined) return { status: 400, body: { error: 'Idempotency-Key required' } };
    const known = stored.get(key);
    if (known !== undefined) return known;
    acted.push({ key, path, body });
    const response = { status: 202, body: { eventId: `evt-${String(acted.length)}` } };
    stored.set(key, response);
    return response;
  };
  return {
    send,
    acted: () => [...acted],
    setMode: (m: typeof mode) => (mode = m),
  };
}

// --- The connector ---------------------------------------------------------------------------

/** A MarketplaceConnector for ShopNow over `send`. */
function createShopNowConnector(channel: string, send: Send): MarketplaceConnector {
  async function post(
    path: string,
    body: unknown,
    context: ConnectorContext,
  ): ConnectorResult<void> {
    let response: HttpResponse;
    try {
      // The engine's key goes to the API: a retry of the same effect is answered from its table.
      response = await send({ path, headers: { 'idempotency-key': context.idempotencyKey }, body });
    } catch (thrown) {
      const detail = thrown instanceof Error ? thrown.message : 'network error';
      return err({ code: 'connector/unavailable', target: channel, detail });
    }
    const { status } = response;
    if (status === 429 || status >= 500) {
      const seconds = Number(response.headers?.['retry-after']);
      const retryAfter = Number.isFinite(seconds)
        ? { retryAfter: new Date(Date.parse(context.now) + seconds * 1000).toISOString() }
        : {};
      return err({
        code: 'connector/unavailable',
        target: channel,
        detail: `HTTP ${String(status)}`,
        ...retryAfter,
      });
    }
    if (status >= 400) {
      const detail = `HTTP ${String(status)} ${JSON.stringify(response.body)}`;
      return err({ code: 'connector/rejected', target: channel, detail });
    }
    return ok(undefined);
  }
  return {
    channel,
    pushStatus: (push, context) =>
      post(
        `/orders/${push.channelRef.channelOrderRef}/status`,
        { status: push.status.toUpperCase() },
        context,
      ),
    pushTracking: (push, context) =>
      post(
        `/orders/${push.channelRef.channelOrderRef}/shipments`,
        { carrier: push.carrier.code, trackingNumber: push.tracking.number, lines: push.lines },
        context,
      ),
  };
}

/** The first draft most of us write: no key, no status check, no try/catch. */
function createNaiveConnector(channel: string, send: Send): MarketplaceConnector {
  const post = async (path: string, body: unknown) => {
    await send({ path, headers: {}, body });
    return ok(undefined);
  };
  return {
    channel,
    pushStatus: (push) => post(`/orders/${push.channelRef.channelOrderRef}/status`, push.status),
    pushTracking: (push) =>
      post(`/orders/${push.channelRef.channelOrderRef}/shipments`, push.tracking),
  };
}

// --- Running the contract without a test runner ----------------------------------------------

const create = process.argv.includes('--naive') ? createNaiveConnector : createShopNowConnector;
const tests: { name: string; fn: () => Promise<void> | void }[] = [];
const path: string[] = [];
// Any runner with `describe` and `it` will do (vitest, jest, node:test); this one collects.
const collector: ContractTestApi = {
  describe: (name, fn) => {
    path.push(name);
    fn();
    path.pop();
  },
  it: (name, fn) => tests.push({ name: [...path, name].join(' > '), fn }),
};
runConnectorContract(
  {
    kind: 'marketplace',
    // A fresh sandbox per test; `actedKeys` is what the API acted on, once per action.
    make: () => {
      const sandbox = createShopNowSandbox();
      return {
        connector: create('shopnow', sandbox.send),
        actedKeys: () => sandbox.acted().map((a) => a.key),
      };
    },
    // With a way to make it fail, the suite also checks failures: values, right code and target.
    makeFailing: () => {
      const sandbox = createShopNowSandbox();
      sandbox.setMode('unreachable');
      return { connector: create('shopnow', sandbox.send) };
    },
  },
  collector,
);
let failed = 0;
for (const test of tests) {
  try {
    await test.fn();
    console.log(`✔ ${test.name}`);
  } catch (e) {
    failed += 1;
    console.log(`✘ ${test.name}: ${e instanceof Error ? e.message : String(e)}`);
  }
}
console.log(`contract: ${String(tests.length - failed)} passed, ${String(failed)} failed`);
if (failed > 0) process.exit(1);

// --- Wiring it into the engine ---------------------------------------------------------------

const sandbox = createShopNowSandbox();
const storage = createMemoryStorage();
const clock = createManualClock('2026-11-26T09:15:00Z');
const oms = createOms({
  store: storage.store,
  outbox: storage.outbox,
  clock,
  ids: createSequentialIds(),
  connectors: { marketplaces: { shopnow: createShopNowConnector('shopnow', sandbox.send) } },
  // ShopNow waits for the seller to accept each order, and must be told.
  policy: { channelsNeedingAcceptance: ['shopnow'] },
});

// The sample order, as if it came from ShopNow.
const file = join(import.meta.dirname, 'orders/amazon-fr-accepted.json');
const sample = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
const payload = { ...sample, channelRef: { channel: 'shopnow', channelOrderRef: 'SN-1001' } };
const ingested = await oms.ingest('shopnow', payload);
if (!ingested.ok) throw new Error(formatError(ingested.error, 'en'));
const ref = { tenantId: ingested.value.state.tenantId, orderId: ingested.value.state.orderId };
const accepted = await oms.accept(ref);
if (!accepted.ok) throw new Error(formatError(accepted.error, 'en'));

// ShopNow is in maintenance: the status push fails, and is retried after its Retry-After.
sandbox.setMode('maintenance');
const first = await oms.dispatch();
console.log(
  `dispatch during maintenance: ${String(first.retried)} retried, ${String(first.delivered)} delivered`,
);
sandbox.setMode('up');
clock.advance({ minutes: 2 });
const second = await oms.dispatch();
console.log(`dispatch 2 minutes later: ${String(second.delivered)} delivered`);

// The warehouse packs and ships the parcel: the tracking goes to ShopNow.
const steps = [
  await oms.startPreparation(ref, { warehouseId: 'lyon' }),
  await oms.recordParcel(ref, {
    parcelId: 'P1',
    lines: [
      { lineId: 'L1', quantity: 2 },
      { lineId: 'L2', quantity: 3 },
    ],
  }),
  await oms.recordTracking(ref, {
    parcelId: 'P1',
    carrier: { code: 'colissimo' },
    tracking: { number: '6A12345678901', carrierCode: 'colissimo' },
  }),
];
for (const step of steps) if (!step.ok) throw new Error(formatError(step.error, 'en'));
const third = await oms.dispatch();
console.log(`dispatch after shipping: ${String(third.delivered)} delivered`);
console.log('ShopNow acted on:');
for (const call of sandbox.acted()) console.log(`  POST ${call.path} ${JSON.stringify(call.body)}`);
