import { describe, it } from 'vitest';
import {
  runActionJournalContract,
  runOrderStoreContract,
  runOutboxContract,
} from '../../../src/testing/index.js';
import { makePGliteStorage } from './_pglite.js';

// The PostgreSQL adapter on PGlite (one instance for the file, a fresh schema per test)
// against the contracts any adapter must pass.
runOrderStoreContract(makePGliteStorage, { describe, it });
runOutboxContract(makePGliteStorage, { describe, it });
// One query per call: 300 random sequences keep the model property under the test timeout.
runActionJournalContract(makePGliteStorage, { describe, it }, { propertyRuns: 300 });
