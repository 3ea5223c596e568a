import { describe, it } from 'vitest';
import { runOrderStoreContract, runOutboxContract } from '../../../src/testing/index.js';
import { makePGliteStorage } from './_pglite.js';

// The PostgreSQL adapter on PGlite (one instance for the file, a fresh schema per test)
// against the contracts any adapter must pass.
runOrderStoreContract(makePGliteStorage, { describe, it });
runOutboxContract(makePGliteStorage, { describe, it });
