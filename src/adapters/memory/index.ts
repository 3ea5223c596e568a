/**
 * In-memory adapters: an `OrderStore` and `Outbox` over one backend, an `ActionJournal`, a
 * `StockStore`, a manual clock, a deterministic id generator and scriptable fake connectors,
 * for tests, demos and hosts that need no durability.
 *
 * @packageDocumentation
 */
export { createMemoryStorage } from './memoryStorage.js';
export type { ListMessagesFilter, MemoryStorage, MemoryStorageStats } from './memoryStorage.js';
export { createMemoryActionJournal } from './memoryActionJournal.js';
export { createMemoryStockStore } from './memoryStockStore.js';
export { createManualClock } from './manualClock.js';
export type { ClockAdvance, ManualClock } from './manualClock.js';
export { createSequentialIds } from './sequentialIds.js';
export {
  createFakeCarrier,
  createFakeErp,
  createFakeMarketplace,
  createFakeNotifier,
  createFakeWms,
} from './fakeConnectors.js';
export type {
  FakeCarrier,
  FakeErp,
  FakeErpOptions,
  FakeMarketplace,
  FakeNotifier,
  FakeWms,
  FakeWmsOptions,
  MarketplacePush,
} from './fakeConnectors.js';
export type {
  FakeCall,
  FakeConnectorOptions,
  FakeOutcome,
  FakeReceipt,
  FakeRecorder,
  FakeResponse,
} from './fakeConnectorOptions.js';
export { createFakeMarketplaceApi } from './fakeMarketplaceApi.js';
export type {
  FakeChannelAction,
  FakeFeedEntry,
  FakeMarketplaceApi,
  FakeMarketplaceApiOptions,
  FakeReadFailures,
  FakeReadOperation,
} from './fakeMarketplaceApiOptions.js';
