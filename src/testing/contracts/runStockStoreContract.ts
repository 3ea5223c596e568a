import { registerStockAppend } from './_internal/stockAppend.js';
import { registerStockConflicts } from './_internal/stockConflicts.js';
import { registerStockKeys, registerStockMalformed } from './_internal/stockKeys.js';
import { registerStockModel } from './_internal/stockModel.js';
import { registerStockPublished } from './_internal/stockPublished.js';
import { registerStockIsolation, registerStockReads } from './_internal/stockReads.js';
import type { MakeStockStore } from './stockTypes.js';
import type { ContractTestApi } from './types.js';

/** Options of {@link runStockStoreContract}. */
export interface StockStoreContractOptions {
  /**
   * How many random sequences the model-based property tries (default 1000). All runs share
   * one store, each in a tenant of its own; lower it for a slow database.
   */
  readonly propertyRuns?: number;
}

/**
 * Registers the tests every `StockStore` must pass, with the test runner you pass: appends
 * number events 1, 2, 3… per tenant and add 1 to the version of each level they write; a
 * stale or unknown version is `stock/version_conflict` naming the first level that differs,
 * and nothing of the batch is written; concurrent appends on one level never both land, on
 * different levels all land without a gap in the seqs; a stored key answers `duplicate: true`
 * before any version check; reservations at 0 are deleted; malformed batches are rejected;
 * `loadLevels`, `loadReservations` and `loadEvents` return the right rows in byte order;
 * `savePublished` is a compare-and-set on the checkpoint (`stock/checkpoint_conflict`);
 * tenants are isolated; reads and writes are copies. A model-based property then runs random
 * sequences of appends, saves and reads against a simple model.
 *
 * Each test calls `makeStore` once for an empty store and `dispose` after it. Tests throw an
 * `Error` saying what was expected and what the store did.
 *
 * @param makeStore - makes an empty stock store for one test
 * @param api - `describe` and `it` of your test runner (vitest, jest, `node:test`)
 * @param options - the number of property runs
 * @example
 * ```ts
 * import { describe, it } from 'vitest';
 * import { runStockStoreContract } from 'ordokit/testing';
 * import { createMemoryStockStore } from 'ordokit/memory';
 *
 * runStockStoreContract(() => ({ stock: createMemoryStockStore() }), { describe, it });
 * ```
 */
export function runStockStoreContract(
  makeStore: MakeStockStore,
  api: ContractTestApi,
  options: StockStoreContractOptions = {},
): void {
  api.describe('StockStore contract', () => {
    api.describe('append', () => {
      registerStockAppend(api, makeStore);
    });
    api.describe('version conflicts', () => {
      registerStockConflicts(api, makeStore);
    });
    api.describe('idempotency keys', () => {
      registerStockKeys(api, makeStore);
    });
    api.describe('malformed calls', () => {
      registerStockMalformed(api, makeStore);
    });
    api.describe('reads', () => {
      registerStockReads(api, makeStore);
    });
    api.describe('published availability', () => {
      registerStockPublished(api, makeStore);
    });
    api.describe('tenants and copies', () => {
      registerStockIsolation(api, makeStore);
    });
    api.describe('model', () => {
      registerStockModel(api, makeStore, options.propertyRuns ?? 1000);
    });
  });
}
