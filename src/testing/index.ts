/**
 * Test helpers for hosts and adapter authors: fast-check arbitraries for ordokit's data (for
 * property-based test suites), and contract suites that any `OrderStore`, `Outbox`,
 * `ActionJournal`, `StockStore` or connector implementation must pass (`runOrderStoreContract`,
 * `runOutboxContract`, `runActionJournalContract`, `runStockStoreContract`,
 * `runConnectorContract`; pass them `describe` and `it` from your test runner).
 *
 * The arbitraries require `fast-check` 4 (an optional peer dependency of ordokit).
 *
 * @packageDocumentation
 */
export { arbitraryCurrencyCode, arbitraryMoney } from './money.js';
export type { ArbitraryMoneyOptions } from './money.js';
export { arbitraryAddress, arbitraryBrokenAddress } from './address.js';
export type { ArbitraryAddressOptions, BrokenAddress } from './address.js';
export { arbitraryOrder } from './order.js';
export type { ArbitraryOrderOptions } from './order.js';
export { arbitraryOrderHistory } from './lifecycle.js';
export type { ArbitraryOrderHistoryOptions, OrderHistory } from './lifecycle.js';
export {
  runOrderStoreContract,
  type OrderStoreContractOptions,
} from './contracts/runOrderStoreContract.js';
export { runOutboxContract } from './contracts/runOutboxContract.js';
export {
  runActionJournalContract,
  type ActionJournalContractOptions,
} from './contracts/runActionJournalContract.js';
export {
  runStockStoreContract,
  type StockStoreContractOptions,
} from './contracts/runStockStoreContract.js';
export type { MakeStockStore, StockStoreUnderTest } from './contracts/stockTypes.js';
export { runConnectorContract } from './contracts/runConnectorContract.js';
export type {
  ConnectorSubject,
  ConnectorSubjectOf,
  ConnectorUnderTest,
  FailingConnectorUnderTest,
  MarketplaceSamples,
} from './contracts/connectorTypes.js';
export type {
  ActionJournalUnderTest,
  ContractTestApi,
  MakeActionJournal,
  MakeOrderStore,
  MakeStorage,
  OrderStoreUnderTest,
  StorageUnderTest,
} from './contracts/types.js';
