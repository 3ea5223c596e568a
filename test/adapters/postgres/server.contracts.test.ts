import { describe, it } from 'vitest';
import { createPostgresStorage } from '../../../src/adapters/postgres/index.js';
import {
  runActionJournalContract,
  runOrderStoreContract,
  runOutboxContract,
  runStockStoreContract,
} from '../../../src/testing/index.js';
import type {
  ActionJournalUnderTest,
  StockStoreUnderTest,
  StorageUnderTest,
} from '../../../src/testing/index.js';
import { useServer } from './_server.js';

// The PostgreSQL adapter on a real PostgreSQL server (a throw-away cluster for this file)
// against the contracts any adapter must pass: one pool, a fresh schema per test.
const fixture = useServer();

async function makeStorage(): Promise<
  StorageUnderTest & ActionJournalUnderTest & StockStoreUnderTest
> {
  const { pool } = await fixture.server();
  const schema = await fixture.createSchema('contract');
  const { store, outbox, journal, stock } = createPostgresStorage(pool, { schema });
  return { store, outbox, journal, stock, dispose: () => fixture.dropSchema(schema) };
}

runOrderStoreContract(makeStorage, { describe, it });
runOutboxContract(makeStorage, { describe, it });
// One round trip per call: 300 random sequences keep the model property under the test timeout.
runActionJournalContract(makeStorage, { describe, it }, { propertyRuns: 300 });
// A transaction of four statements per append: 200 random sequences stay under the timeout.
runStockStoreContract(makeStorage, { describe, it }, { propertyRuns: 200 });
