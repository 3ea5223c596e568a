import { err, ok } from '../../../result/index.js';
import type { ConnectorContext, ConnectorFailure, ConnectorResult } from '../../../ports/index.js';
import type {
  FakeCall,
  FakeConnectorOptions,
  FakeOutcome,
  FakeReceipt,
  FakeRecorder,
  FakeResponse,
} from '../fakeConnectorOptions.js';
import { createPrng, hashText } from './prng.js';

/** Makes up the answer of a key's first call; `n` counts the keys acted on (1, 2…). */
export type MakeAck<Req, Ack> = (request: Req, n: number) => Ack;

/** The shared machinery of the fakes: draws, dedupe by key, recording. */
export interface FakeEndpoint<Req, Ack> {
  readonly recorder: FakeRecorder<Req, Ack>;
  call(operation: string, request: Req, context: ConnectorContext): ConnectorResult<Ack>;
}

function readRate(name: string, value: number | undefined): number {
  if (value === undefined) return 0;
  if (!(value >= 0 && value <= 1)) {
    throw new RangeError(`fake connector: ${name} must be between 0 and 1, got ${String(value)}`);
  }
  return value;
}

/** JSON with sorted keys: two payloads are the same when their canonical texts are. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** The outcome the rates give to a draw `u` in [0, 1). */
function drawOutcome(u: number, rates: readonly (readonly [FakeOutcome, number])[]): FakeOutcome {
  let edge = 0;
  for (const [outcome, rate] of rates) {
    edge += rate;
    if (u < edge) return outcome;
  }
  return 'ack';
}

/**
 * Builds a fake endpoint for one system.
 *
 * @param target - the system's code (the `target` of its failures)
 * @param options - rates, script and hooks
 * @param makeAck - makes up the answer of a key's first call
 * @returns the endpoint
 * @throws RangeError when a rate is outside 0..1, their sum exceeds 1, or latency is not a whole
 *   number ≥ 0
 */
export function createFakeEndpoint<Req, Ack>(
  target: string,
  options: FakeConnectorOptions<Req, Ack>,
  makeAck: MakeAck<Req, Ack>,
): FakeEndpoint<Req, Ack> {
  const rates = [
    ['unavailable', readRate('failureRate', options.failureRate)],
    ['rejected', readRate('rejectRate', options.rejectRate)],
    ['timeout', readRate('timeoutRate', options.timeoutRate)],
    ['duplicate_ack', readRate('duplicateAckRate', options.duplicateAckRate)],
  ] as const;
  if (rates.reduce((sum, [, rate]) => sum + rate, 0) > 1 + 1e-9) {
    throw new RangeError('fake connector: the rates add up to more than 1');
  }
  const latency = options.latency ?? 0;
  if (!Number.isSafeInteger(latency) || latency < 0) {
    throw new RangeError(`fake connector: latency must be a whole number ≥ 0, got ${latency}`);
  }
  const draw = createPrng(((options.seed ?? 1) ^ hashText(target)) >>> 0);
  const { rejectKeys } = options;
  const rejects = (key: string): boolean =>
    rejectKeys === undefined
      ? false
      : typeof rejectKeys === 'function'
        ? rejectKeys(key)
        : rejectKeys.includes(key);
  const received: FakeReceipt<Req, Ack>[] = [];
  const byKey = new Map<
    string,
    { readonly receipt: FakeReceipt<Req, Ack>; readonly text: string }
  >();
  const calls: FakeCall<Req>[] = [];
  const acks: FakeReceipt<Req, Ack>[] = [];

  const report = (receipt: FakeReceipt<Req, Ack>, times: number): void => {
    for (let i = 0; i < times; i++) {
      acks.push(receipt);
      options.onAck?.(receipt);
    }
  };

  const failure = (response: FakeResponse<Ack>, context: ConnectorContext): ConnectorFailure => {
    if (response.outcome === 'timeout') return { code: 'connector/timeout', target };
    if (response.outcome === 'rejected') {
      return {
        code: 'connector/rejected',
        target,
        detail: response.detail ?? '422 Unprocessable Entity',
      };
    }
    const retryAfter =
      response.outcome === 'unavailable' && response.retryAfter !== undefined
        ? response.retryAfter
        : options.retryAfterMs === undefined
          ? undefined
          : new Date(Date.parse(context.now) + options.retryAfterMs).toISOString();
    const detail = response.outcome === 'unavailable' ? response.detail : undefined;
    return {
      code: 'connector/unavailable',
      target,
      detail: detail ?? '503 Service Unavailable',
      ...(retryAfter === undefined ? {} : { retryAfter }),
    };
  };

  /** Whether the remote side acts on (or replays) the call. */
  const processes = (response: FakeResponse<Ack>): boolean =>
    response.outcome === 'ack' ||
    response.outcome === 'duplicate_ack' ||
    (response.outcome === 'timeout' && response.processed !== false);

  /**
   * The script's response, else the draw's: a replay is never rejected by a draw (a remote
   * side with idempotency keys answers it with what it stored), and a key reused with another
   * payload is rejected whatever was drawn.
   */
  const decide = (
    scripted: FakeResponse<Ack> | undefined,
    u: number,
    key: string,
    seen: boolean,
    keyReused: boolean,
  ): FakeResponse<Ack> => {
    let response: FakeResponse<Ack>;
    if (scripted !== undefined) response = scripted;
    else if (!seen && rejects(key)) response = { outcome: 'rejected' };
    else {
      const drawn = drawOutcome(u, rates);
      response = drawn === 'rejected' && seen ? { outcome: 'ack' } : { outcome: drawn };
    }
    return keyReused && processes(response)
      ? { outcome: 'rejected', detail: '409 Idempotency key reused with another payload' }
      : response;
  };

  async function call(operation: string, request: Req, context: ConnectorContext) {
    const u = draw();
    for (let i = 0; i < latency; i++) await Promise.resolve();
    const copy = structuredClone(request);
    const key = context.idempotencyKey;
    const text = canonical(copy);
    const prior = byKey.get(key);
    const keyReused = prior !== undefined && prior.text !== text;
    const response = decide(
      options.respond?.(copy, context),
      u,
      key,
      prior !== undefined,
      keyReused,
    );
    const outcome = response.outcome;
    const acted = prior === undefined && processes(response);
    calls.push({
      operation,
      key,
      request: copy,
      context,
      outcome,
      acted,
      replayed: prior !== undefined && processes(response),
      keyReused,
    });
    if (response.outcome === 'throw') {
      throw new Error(response.message ?? `${target}: connection reset`);
    }
    if (!processes(response)) return err(failure(response, context));
    let receipt = prior?.receipt;
    if (receipt === undefined) {
      const forced =
        response.outcome === 'ack' || response.outcome === 'duplicate_ack'
          ? response.ack
          : undefined;
      receipt = {
        operation,
        key,
        request: copy,
        context,
        ack: forced ?? makeAck(copy, received.length + 1),
      };
      received.push(receipt);
      byKey.set(key, { receipt, text });
    }
    report(receipt, (acted ? 1 : 0) + (outcome === 'duplicate_ack' ? 1 : 0));
    return outcome === 'timeout' ? err(failure(response, context)) : ok(receipt.ack);
  }

  const recorder: FakeRecorder<Req, Ack> = {
    target,
    get received() {
      return [...received];
    },
    get calls() {
      return [...calls];
    },
    get acks() {
      return [...acks];
    },
  };
  return { recorder, call };
}
