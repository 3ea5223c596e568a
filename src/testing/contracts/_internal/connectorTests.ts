import { EffectSchema } from '../../../ports/index.js';
import type { ConnectorUnderTest, FailingConnectorUnderTest } from '../connectorTypes.js';
import type { ContractTestApi } from '../types.js';
import { check, checkSame, show } from './assert.js';
import {
  callConnector,
  checkAck,
  checkActed,
  checkFailure,
  contextOf,
  keyOf,
  type OperationSpec,
} from './connectorCalls.js';

/** A port under contract: how to make its connectors and what their target is. */
export interface PortSpec<C> {
  /** The `target` of the connector's effects and failures: its code, channel, or `buyer`. */
  readonly targetOf: (connector: C) => string;
  readonly make: () => ConnectorUnderTest<C> | Promise<ConnectorUnderTest<C>>;
  readonly makeFailing?:
    (() => FailingConnectorUnderTest<C> | Promise<FailingConnectorUnderTest<C>>) | undefined;
  readonly tenantId: string;
}

/** Calls in flight at once in the concurrency test. */
const concurrentCalls = 5;

/** Registers a test that gets a fresh subject and disposes of it afterwards. */
function testWith<S extends { dispose?(): Promise<void> | void }>(
  api: ContractTestApi,
  make: () => S | Promise<S>,
  name: string,
  body: (subject: S) => Promise<void>,
): void {
  api.it(name, async () => {
    const subject = await make();
    try {
      await body(subject);
    } finally {
      await subject.dispose?.();
    }
  });
}

/** Registers the tests of one method of a port. */
export function registerOperation<C, P>(
  api: ContractTestApi,
  port: PortSpec<C>,
  op: OperationSpec<C, P>,
): void {
  const { tenantId } = port;
  /** The payload, its key and the call, for a connector and a test's own `seq`. */
  const setup = (connector: C, seq: number) => {
    const target = port.targetOf(connector);
    const payload = op.sample(target);
    const key = keyOf(op.orderIdOf(payload), op.kind, target, seq);
    const call = (p: P, k: string, attempt: number) =>
      callConnector(op, connector, p, contextOf(k, tenantId, attempt));
    return { target, payload, key, call };
  };
  const acks = op.ack.name === 'nothing' ? 'ok' : `ok and a ${op.ack.name}`;

  testWith(api, port.make, `answers a valid call with ${acks}`, async (subject) => {
    const { target, payload, key, call } = setup(subject.connector, 2);
    const effect = EffectSchema.safeParse({ kind: op.kind, target, payload });
    check(
      effect.success,
      `the ${op.kind} effect to ${show(target)} is not valid (is the connector's code a lower-case code, and the sample payload valid?): ${effect.error?.issues[0]?.message ?? ''}`,
    );
    checkAck(op, await call(payload, key, 1), `${op.method} of a valid payload`);
    checkActed(await subject.actedKeys(), key, 1, `after an ok answer`);
  });

  testWith(
    api,
    port.make,
    'acts once when a key comes again, and answers with the first ack',
    async (subject) => {
      const { payload, key, call } = setup(subject.connector, 3);
      const first = checkAck(op, await call(payload, key, 1), `${op.method}, first call`);
      const again = checkAck(op, await call(payload, key, 2), `${op.method}, same key again`);
      checkSame(again, first, 'the answer to the same key again (the first ack)');
      checkActed(await subject.actedKeys(), key, 1, 'after the same key twice');
    },
  );

  testWith(
    api,
    port.make,
    'acts once per key: another effect acts again, each key keeps its ack',
    async (subject) => {
      const { target, payload, key, call } = setup(subject.connector, 4);
      const other = op.another(payload);
      const otherKey = keyOf(op.orderIdOf(other), op.kind, target, 4);
      const first = checkAck(op, await call(payload, key, 1), `${op.method}, key ${key}`);
      const second = checkAck(op, await call(other, otherKey, 1), `${op.method}, key ${otherKey}`);
      const replay = checkAck(op, await call(payload, key, 2), `${op.method}, ${key} again`);
      checkSame(replay, first, `the answer to ${key} again (its own first ack)`);
      const acted = await subject.actedKeys();
      checkActed(acted, key, 1, 'after two keys');
      checkActed(acted, otherKey, 1, 'after two keys');
      const identity = op.ack.identity;
      if (identity !== undefined) {
        const [a, b] = [identity.of(first), identity.of(second)];
        check(a !== b, `two effects got the same ${identity.name} ${a}: a second key acts anew`);
      }
    },
  );

  testWith(
    api,
    port.make,
    'acts once when calls with one key run at the same time',
    async (subject) => {
      const { target, payload, key, call } = setup(subject.connector, 5);
      const answers = await Promise.all(
        Array.from({ length: concurrentCalls }, () => call(payload, key, 1)),
      );
      const oks = answers.filter((a) => a.ok);
      const [firstOk] = oks;
      check(firstOk !== undefined, `none of ${concurrentCalls} calls at once answered ok`);
      const what = `after ${concurrentCalls} calls at once`;
      checkActed(await subject.actedKeys(), key, 1, what);
      for (const answer of answers) {
        // A remote side may answer "in progress" to a duplicate: a failure to retry, never a refusal.
        if (!answer.ok) {
          checkFailure(answer.error, target, 'a call at the same time', [
            'connector/unavailable',
            'connector/timeout',
          ]);
        }
      }
      const first = checkAck(op, firstOk, `${op.method}, calls at the same time`);
      for (const answer of oks) {
        checkSame(checkAck(op, answer, op.method), first, 'the acks of calls at the same time');
      }
      const after = checkAck(op, await call(payload, key, 2), `${op.method}, the key afterwards`);
      checkSame(after, first, 'the answer to the key afterwards');
      checkActed(await subject.actedKeys(), key, 1, `${what} and one more`);
    },
  );

  const { makeFailing } = port;
  if (makeFailing === undefined) return;
  testWith(
    api,
    makeFailing,
    "returns failures as values, with a known code and the connector's target",
    async (subject) => {
      const { target, payload, key, call } = setup(subject.connector, 6);
      const other = op.another(payload);
      const calls: [P, string, number][] = [
        [payload, key, 1],
        [payload, key, 2],
        [other, keyOf(op.orderIdOf(other), op.kind, target, 6), 1],
      ];
      for (const [p, k, attempt] of calls) {
        const what = `${op.method} (key ${k}, attempt ${attempt}) of a failing connector`;
        const answer = await call(p, k, attempt);
        check(!answer.ok, `${what}: expected a failure, got ok`);
        checkFailure(answer.error, target, what);
      }
    },
  );
}
