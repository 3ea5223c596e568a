import { registerOutboxClaims } from './_internal/outboxClaims.js';
import { registerOutboxWrites } from './_internal/outboxWrites.js';
import type { ContractTestApi, MakeStorage } from './types.js';

/**
 * Registers the tests every `Outbox` (with the `OrderStore` that writes to it) must pass, with
 * the test runner you pass: messages written atomically with their events (a refused append
 * writes none), one message per key and tenant, tenant isolation, claims in due order
 * (instants compared as instants), exclusive claims under concurrency, lease expiry and
 * re-claim (the old holder gets `outbox/lease_lost`), complete once, fail with a retry time,
 * park and `rearm`.
 *
 * Each test calls `makeStorage` once for an empty store and outbox, and `dispose` after it.
 * Tests throw an `Error` saying what was expected and what the outbox did.
 *
 * @param makeStorage - makes an empty store and its outbox for one test
 * @param api - `describe` and `it` of your test runner (vitest, jest, `node:test`)
 * @example
 * ```ts
 * import { describe, it } from 'vitest';
 * import { runOutboxContract } from 'ordokit/testing';
 * import { createMemoryStorage } from 'ordokit/memory';
 *
 * runOutboxContract(() => createMemoryStorage(), { describe, it });
 * ```
 */
export function runOutboxContract(makeStorage: MakeStorage, api: ContractTestApi): void {
  api.describe('Outbox contract', () => {
    api.describe('writes', () => {
      registerOutboxWrites(api, makeStorage);
    });
    api.describe('claims and leases', () => {
      registerOutboxClaims(api, makeStorage);
    });
  });
}
