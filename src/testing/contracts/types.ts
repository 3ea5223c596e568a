import type { ActionJournal, OrderStore, Outbox } from '../../ports/index.js';

/**
 * The two functions of a test runner the contract suites register their tests with: pass
 * `{ describe, it }` from vitest, jest or `node:test`.
 */
export interface ContractTestApi {
  /** Groups tests under a name (vitest's or node:test's `describe`). */
  readonly describe: (name: string, fn: () => void) => void;
  /** Registers one test; the suites' tests are async and throw an `Error` when they fail. */
  readonly it: (name: string, fn: () => Promise<void> | void) => void;
}

/** An order store under test, with what frees it after the test (close a pool, drop a schema). */
export interface OrderStoreUnderTest {
  readonly store: OrderStore;
  /** Called once after each test, whether it passed or not. */
  dispose?(): Promise<void> | void;
}

/** A store and the outbox it writes to (one database, one transaction per append). */
export interface StorageUnderTest extends OrderStoreUnderTest {
  readonly outbox: Outbox;
}

/**
 * Makes an empty store for one test: every test calls it once, so tests never see each
 * other's data (truncate the tables, or use a fresh schema).
 */
export type MakeOrderStore = () => OrderStoreUnderTest | Promise<OrderStoreUnderTest>;

/** Makes an empty store and its outbox for one test. See {@link MakeOrderStore}. */
export type MakeStorage = () => StorageUnderTest | Promise<StorageUnderTest>;

/** An action journal under test, with what frees it after the test. */
export interface ActionJournalUnderTest {
  readonly journal: ActionJournal;
  /** Called once after each test, whether it passed or not. */
  dispose?(): Promise<void> | void;
}

/** Makes an empty action journal for one test. See {@link MakeOrderStore}. */
export type MakeActionJournal = () => ActionJournalUnderTest | Promise<ActionJournalUnderTest>;
