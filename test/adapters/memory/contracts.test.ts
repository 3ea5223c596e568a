import { describe, it } from 'vitest';
import {
  createMemoryActionJournal,
  createMemoryStockStore,
  createMemoryStorage,
} from '../../../src/adapters/memory/index.js';
import {
  runActionJournalContract,
  runOrderStoreContract,
  runOutboxContract,
  runStockStoreContract,
} from '../../../src/testing/index.js';

// The memory adapter against the contracts any adapter must pass.
runOrderStoreContract(() => createMemoryStorage(), { describe, it });
runOutboxContract(() => createMemoryStorage(), { describe, it });
runActionJournalContract(() => ({ journal: createMemoryActionJournal() }), { describe, it });
runStockStoreContract(() => ({ stock: createMemoryStockStore() }), { describe, it });
