import { registerJournalModel } from './_internal/journalModel.js';
import { registerJournalIsolation, registerJournalLists } from './_internal/journalReads.js';
import { registerJournalBegin, registerJournalRecord } from './_internal/journalWrites.js';
import type { ContractTestApi, MakeActionJournal } from './types.js';

/** Options of {@link runActionJournalContract}. */
export interface ActionJournalContractOptions {
  /**
   * How many random sequences the model-based property tries (default 1000). All runs share
   * one journal, each in a tenant of its own; lower it for a slow database.
   */
  readonly propertyRuns?: number;
}

/**
 * Registers the tests every `ActionJournal` must pass, with the test runner you pass: `begin`
 * records once per key (ten concurrent begins: exactly one `created`) and the key decides,
 * whatever the request; `record` moves `sending` and `pending` entries (`sent` counts one
 * attempt, absent `handle` and `detail` are kept) while `done` and `failed` are final; unknown
 * keys answer `undefined`; `listByOrder` oldest first and `listPending` least recently updated
 * first, scoped by tenant and channel, with `limit`; instants compared as instants; tenant
 * isolation; requests round-trip exactly; entries are copies. A model-based property then runs
 * random sequences of `begin` and `record` against a simple model.
 *
 * Each test calls `makeJournal` once for an empty journal and `dispose` after it. Tests throw
 * an `Error` saying what was expected and what the journal did.
 *
 * @param makeJournal - makes an empty journal for one test
 * @param api - `describe` and `it` of your test runner (vitest, jest, `node:test`)
 * @param options - the number of property runs
 * @example
 * ```ts
 * import { describe, it } from 'vitest';
 * import { runActionJournalContract } from 'ordokit/testing';
 * import { createMemoryActionJournal } from 'ordokit/memory';
 *
 * runActionJournalContract(() => ({ journal: createMemoryActionJournal() }), { describe, it });
 * ```
 */
export function runActionJournalContract(
  makeJournal: MakeActionJournal,
  api: ContractTestApi,
  options: ActionJournalContractOptions = {},
): void {
  api.describe('ActionJournal contract', () => {
    api.describe('begin and get', () => {
      registerJournalBegin(api, makeJournal);
    });
    api.describe('record', () => {
      registerJournalRecord(api, makeJournal);
    });
    api.describe('lists', () => {
      registerJournalLists(api, makeJournal);
    });
    api.describe('tenants and copies', () => {
      registerJournalIsolation(api, makeJournal);
    });
    api.describe('model', () => {
      registerJournalModel(api, makeJournal, options.propertyRuns ?? 1000);
    });
  });
}
