import type {
  ActionJournal,
  OrderStore,
  Outbox,
  OutboxMessage,
  OutboxStatus,
  StockStore,
} from '../../ports/index.js';
import {
  compareCreated,
  createBackend,
  toPublicMessage,
  type StoredMessage,
} from './_internal/backend.js';
import { createMemoryActionJournal } from './memoryActionJournal.js';
import { createMemoryOrderStore } from './memoryOrderStore.js';
import { createMemoryOutbox } from './memoryOutbox.js';
import { createMemoryStockStore } from './memoryStockStore.js';

/** What a memory storage holds, across every tenant. */
export interface MemoryStorageStats {
  /** Tenants with at least one order. */
  readonly tenants: number;
  readonly orders: number;
  readonly events: number;
  /** Outbox messages by status. */
  readonly messages: Readonly<Record<OutboxStatus, number>>;
}

/** Which outbox messages {@link MemoryStorage.listMessages} returns. */
export interface ListMessagesFilter {
  /** Only this tenant's messages. */
  readonly tenantId?: string;
  /** Only messages in this status. */
  readonly status?: OutboxStatus;
}

/**
 * An in-memory `OrderStore` and `Outbox` over one shared backend, an `ActionJournal`, a
 * `StockStore`, plus two read-only views of the whole outbox for tests and demos.
 */
export interface MemoryStorage {
  readonly store: OrderStore;
  readonly outbox: Outbox;
  /** The journal of outgoing channel actions (see `createMemoryActionJournal`). */
  readonly journal: ActionJournal;
  /** Stock levels, reservations, events and published figures (`createMemoryStockStore`). */
  readonly stock: StockStore;
  /**
   * Counts what is stored, across tenants.
   *
   * @returns tenants, orders, events and outbox messages by status
   */
  stats(): MemoryStorageStats;
  /**
   * The outbox messages of every tenant (or of the filter's), as copies, ordered by tenant,
   * then creation (`createdAt`, `messageId`).
   *
   * @param filter - an optional tenant and status
   * @returns the matching messages
   */
  listMessages(filter?: ListMessagesFilter): readonly OutboxMessage[];
}

/** Listing order: tenant, then creation. */
function compareListed(a: StoredMessage, b: StoredMessage): number {
  const ta = a.draft.tenantId;
  const tb = b.draft.tenantId;
  return ta !== tb ? (ta < tb ? -1 : 1) : compareCreated(a, b);
}

/**
 * Creates an in-memory storage: an `OrderStore` and an `Outbox` sharing one backend, so an
 * append writes events, state and outbox messages at once, as a database transaction would.
 * Data is deep-copied in and out: nothing a caller holds can change what is stored, and the
 * data must be plain JSON-like values, as the ports define it. For tests, demos and
 * single-process hosts that need no durability; it passes `runOrderStoreContract`,
 * `runOutboxContract`, (its `journal`) `runActionJournalContract` and (its `stock`)
 * `runStockStoreContract` from `ordokit/testing`.
 *
 * Instants are compared as instants (`Date.parse`), so `+01:00` offsets and `Z` mix safely.
 * Malformed calls are programmer errors and reject with a `RangeError`: a batch that breaks
 * the shape `append` documents, an instant `Date.parse` cannot read, a cursor this store did
 * not make.
 *
 * @returns the store, the outbox, the action journal, the stock store and read-only views of
 *   the outbox
 * @example
 * ```ts
 * const storage = createMemoryStorage();
 * const oms = createOms({
 *   store: storage.store,
 *   outbox: storage.outbox,
 *   clock: createManualClock('2025-03-01T09:00:00.000Z'),
 *   ids: createSequentialIds(),
 * });
 * // … later, in a test:
 * expect(storage.stats().messages.parked).toBe(0);
 * ```
 */
export function createMemoryStorage(): MemoryStorage {
  const backend = createBackend();
  const everyMessage = () => [...backend.tenants.values()].flatMap((t) => [...t.messages.values()]);
  return {
    store: createMemoryOrderStore(backend),
    outbox: createMemoryOutbox(backend),
    journal: createMemoryActionJournal(),
    stock: createMemoryStockStore(),
    stats() {
      const messages: Record<OutboxStatus, number> = { pending: 0, parked: 0, done: 0 };
      let orders = 0;
      let events = 0;
      for (const tenant of backend.tenants.values()) {
        orders += tenant.orders.size;
        for (const o of tenant.orders.values()) events += o.events.length;
        for (const m of tenant.messages.values()) messages[m.status] += 1;
      }
      return { tenants: backend.tenants.size, orders, events, messages };
    },
    listMessages(filter = {}) {
      return everyMessage()
        .filter(
          (m) =>
            (filter.tenantId === undefined || m.draft.tenantId === filter.tenantId) &&
            (filter.status === undefined || m.status === filter.status),
        )
        .sort(compareListed)
        .map(toPublicMessage);
    },
  };
}
