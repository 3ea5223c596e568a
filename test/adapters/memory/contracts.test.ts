import { describe, it } from 'vitest';
import { createMemoryStorage } from '../../../src/adapters/memory/index.js';
import { runOrderStoreContract, runOutboxContract } from '../../../src/testing/index.js';

// The memory adapter against the contracts any adapter must pass.
runOrderStoreContract(() => createMemoryStorage(), { describe, it });
runOutboxContract(() => createMemoryStorage(), { describe, it });
