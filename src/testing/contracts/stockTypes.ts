import type { StockStore } from '../../ports/index.js';

/** A stock store under test, with what frees it after the test (close a pool, drop a schema). */
export interface StockStoreUnderTest {
  readonly stock: StockStore;
  /** Called once after each test, whether it passed or not. */
  dispose?(): Promise<void> | void;
}

/**
 * Makes an empty stock store for one test: every test calls it once, so tests never see
 * each other's data (truncate the tables, or use a fresh schema).
 */
export type MakeStockStore = () => StockStoreUnderTest | Promise<StockStoreUnderTest>;
