import type { Result } from '../../../result/index.js';
import type { ConnectorContext, EffectKind } from '../../../ports/index.js';
import { check, checkSame, ContractViolation, show } from './assert.js';
import type { AckSpec } from './connectorAcks.js';
import { minutesAfter } from './fixtures.js';

/** One method of a port under contract, with its payloads and its answer. */
export interface OperationSpec<C, P> {
  /** The method's name: `prepare`, `pushStatus`… */
  readonly method: string;
  /** The effect it delivers (it names the keys). */
  readonly kind: EffectKind;
  readonly ack: AckSpec;
  /** The payload for a connector with this target. */
  readonly sample: (target: string) => P;
  /** The payload of another effect: another order. */
  readonly another: (payload: P) => P;
  /** The call, as the engine makes it. */
  readonly call: (connector: C, payload: P, context: ConnectorContext) => unknown;
  /** The payload's order id (it starts the keys). */
  readonly orderIdOf: (payload: P) => string;
}

/** The deterministic key the engine would give the effect: `<order>:<kind>:<target>:<seq>`. */
export function keyOf(orderId: string, kind: EffectKind, target: string, seq: number): string {
  return `${orderId}:${kind}:${target}:${String(seq)}`;
}

/** A call's context: attempt `attempt`, `minute` minutes after the contract's first instant. */
export function contextOf(
  key: string,
  tenantId: string,
  attempt: number,
  minute = attempt,
): ConnectorContext {
  return { idempotencyKey: key, tenantId, attempt, now: minutesAfter(minute) };
}

function isResult(value: unknown): value is Result<unknown, unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  return value.ok === true || (value.ok === false && 'error' in value);
}

function describeThrown(thrown: unknown): string {
  return thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : show(thrown);
}

/**
 * Calls a connector and reads its answer: it must resolve to a `Result`, never throw, never
 * reject its promise.
 */
export async function callConnector<C, P>(
  op: OperationSpec<C, P>,
  connector: C,
  payload: P,
  context: ConnectorContext,
): Promise<Result<unknown, unknown>> {
  const what = `${op.method} (key ${context.idempotencyKey}, attempt ${context.attempt})`;
  let returned: unknown;
  try {
    returned = op.call(connector, payload, context);
  } catch (thrown) {
    throw new ContractViolation(
      `${what} threw ${describeThrown(thrown)}; a connector returns its failures as values`,
    );
  }
  let answer: unknown;
  try {
    answer = await returned;
  } catch (thrown) {
    throw new ContractViolation(
      `${what} rejected its promise with ${describeThrown(thrown)}; a connector returns its failures as values`,
    );
  }
  check(
    isResult(answer),
    `${what} resolved to ${show(answer)}, not a Result ({ ok: true, value } or { ok: false, error })`,
  );
  return answer;
}

/** The ack of an ok answer, checked against the shape the engine can use. */
export function checkAck<C, P>(
  op: OperationSpec<C, P>,
  answer: Result<unknown, unknown>,
  what: string,
): unknown {
  if (!answer.ok) {
    throw new ContractViolation(`${what}: expected ok, got the failure ${show(answer.error)}`);
  }
  const { schema } = op.ack;
  if (schema !== undefined) {
    const parsed = schema.safeParse(answer.value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const at =
        issue === undefined || issue.path.length === 0 ? '' : ` at ${issue.path.join('.')}`;
      throw new ContractViolation(
        `${what}: ${show(answer.value)} is not a ${op.ack.name}${at}: ${issue?.message ?? 'invalid'}`,
      );
    }
  }
  return answer.value;
}

const failureCodes = ['connector/unavailable', 'connector/timeout', 'connector/rejected'];

/**
 * Checks a failure: a `ConnectorFailure` with a known code (one of `codes`), the connector's
 * target, a text detail if any, and a `retryAfter` instant only on `connector/unavailable`.
 */
export function checkFailure(
  error: unknown,
  target: string,
  what: string,
  codes: readonly string[] = failureCodes,
): void {
  check(typeof error === 'object' && error !== null, `${what}: the failure ${show(error)}`);
  const f = error as Record<string, unknown>;
  check(
    typeof f.code === 'string' && codes.includes(f.code),
    `${what}: the failure's code must be one of ${codes.join(', ')}, got ${show(error)}`,
  );
  checkSame(f.target, target, `${what}: the failure's target (the connector's own code)`);
  check(
    f.detail === undefined || typeof f.detail === 'string',
    `${what}: the failure's detail must be text, got ${show(f.detail)}`,
  );
  if (f.retryAfter !== undefined) {
    check(
      f.code === 'connector/unavailable' &&
        typeof f.retryAfter === 'string' &&
        !Number.isNaN(Date.parse(f.retryAfter)),
      `${what}: retryAfter must be an ISO 8601 instant on connector/unavailable, got ${show(error)}`,
    );
  }
}

/** How many times the remote side acted on `key`, checked to be `expected`. */
export function checkActed(
  acted: readonly string[],
  key: string,
  expected: number,
  what: string,
): void {
  const times = acted.filter((k) => k === key).length;
  check(
    times === expected,
    `${what}: the remote side acted ${String(times)} time(s) on key ${key}, expected ${String(expected)} (acted keys: ${show(acted)})`,
  );
}
