import { registerBatches } from './_internal/storeBatches.js';
import { registerConflicts } from './_internal/storeConflicts.js';
import { registerListFilters, registerPagination } from './_internal/storeList.js';
import { registerRoundTrip } from './_internal/storeRoundTrip.js';
import { registerTenants } from './_internal/storeTenants.js';
import type { ContractTestApi, MakeOrderStore } from './types.js';

/** Options of {@link runOrderStoreContract}. */
export interface OrderStoreContractOptions {
  /**
   * Whether the store implements the optional batch methods `appendMany` and `findOrderIds`
   * (default true): their tests (all batches or none, receipts in order, references and message
   * keys unique across the call; references found per tenant and channel) run only then.
   */
  readonly batchMethods?: boolean;
}

/**
 * Registers the tests every `OrderStore` must pass, with the test runner you pass: round
 * trips (what is appended is read back, reads are copies), version conflicts and
 * `store/channel_ref_taken`, concurrent appends, tenant isolation, each `list` filter
 * (instants compared as instants), and stable keyset pagination while orders are added and
 * changed between pages. Orders and events are real ones, made with `decide` and `apply`.
 *
 * Each test calls `makeStore` once for an empty store and `dispose` after it. Tests throw an
 * `Error` saying what was expected and what the store did.
 *
 * @param makeStore - makes an empty store for one test
 * @param api - `describe` and `it` of your test runner (vitest, jest, `node:test`)
 * @param options - `{ batchMethods: false }` for a store without `appendMany` and `findOrderIds`
 * @example
 * ```ts
 * import { describe, it } from 'vitest';
 * import { runOrderStoreContract } from 'ordokit/testing';
 *
 * runOrderStoreContract(async () => {
 *   const db = await createTestDatabase();
 *   return { store: createPostgresStore(db), dispose: () => db.drop() };
 * }, { describe, it });
 * ```
 */
export function runOrderStoreContract(
  makeStore: MakeOrderStore,
  api: ContractTestApi,
  options: OrderStoreContractOptions = {},
): void {
  api.describe('OrderStore contract', () => {
    api.describe('round trips', () => {
      registerRoundTrip(api, makeStore);
    });
    api.describe('conflicts', () => {
      registerConflicts(api, makeStore);
    });
    api.describe('tenant isolation', () => {
      registerTenants(api, makeStore);
    });
    api.describe('list filters', () => {
      registerListFilters(api, makeStore);
    });
    api.describe('pagination', () => {
      registerPagination(api, makeStore);
    });
    if (options.batchMethods ?? true) {
      api.describe('batch methods', () => {
        registerBatches(api, makeStore);
      });
    }
  });
}
