import { describe, it } from 'vitest';
import {
  runActionJournalContract,
  runOrderStoreContract,
  runOutboxContract,
  runStockStoreContract,
} from '../../../src/testing/index.js';
import { makePGliteStorage } from './_pglite.js';

// The PostgreSQL adapter on PGlite (one instance for the file, a fresh schema per test)
// against the contracts any adapter must pass.
runOrderStoreContract(makePGliteStorage, { describe, it });
runOutboxContract(makePGliteStorage, { describe, it });
// One query per call: 300 random sequences keep the model property under the test timeout.
runActionJournalContract(makePGliteStorage, { describe, it }, { propertyRuns: 300 });
// A transaction of four statements per append: 200 random sequences stay under the timeout.
runStockStoreContract(makePGliteStorage, { describe, it }, { propertyRuns: 200 });
