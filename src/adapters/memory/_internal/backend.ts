import { copyData } from './copyData.js';
import type { OrderEvent } from '../../../order/index.js';
import type {
  OrderRecord,
  OutboxMessage,
  OutboxMessageDraft,
  OutboxStatus,
} from '../../../ports/index.js';

/** An order as the memory backend keeps it: its record and its events, owned by the backend. */
export interface StoredOrder {
  record: OrderRecord;
  readonly events: OrderEvent[];
}

/** An outbox message as the memory backend keeps it: the draft and its delivery bookkeeping. */
export interface StoredMessage {
  readonly draft: OutboxMessageDraft;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: string;
  nextAttemptMs: number;
  /** The lease of the current claim; kept private (the port never shows it). */
  leaseId: string | undefined;
  leaseUntil: string | undefined;
  leaseUntilMs: number | undefined;
  lastError: string | undefined;
  completedAt: string | undefined;
}

/** Everything one tenant has. */
export interface TenantData {
  readonly orders: Map<string, StoredOrder>;
  /** The order ids, sorted in byte order (JS string order) for keyset pagination. */
  readonly orderIds: string[];
  /** `channelKey(channel, ref)` → orderId. */
  readonly channelRefs: Map<string, string>;
  /** By messageId. */
  readonly messages: Map<string, StoredMessage>;
  readonly messageKeys: Set<string>;
  /** orderId → its messages, in the order they were written. */
  readonly messagesByOrder: Map<string, StoredMessage[]>;
}

/** The state shared by a memory store and its outbox. */
export interface Backend {
  readonly tenants: Map<string, TenantData>;
  /** The messages that are `pending` (the only ones a claim looks at), of every tenant. */
  readonly pending: Set<StoredMessage>;
}

/** A fresh, empty backend. */
export function createBackend(): Backend {
  return { tenants: new Map(), pending: new Set() };
}

/** The tenant's data, or undefined while it has nothing stored. */
export function tenantOf(backend: Backend, tenantId: string): TenantData | undefined {
  return backend.tenants.get(tenantId);
}

/** The tenant's data, created empty when absent. */
export function ensureTenant(backend: Backend, tenantId: string): TenantData {
  let tenant = backend.tenants.get(tenantId);
  if (tenant === undefined) {
    tenant = {
      orders: new Map(),
      orderIds: [],
      channelRefs: new Map(),
      messages: new Map(),
      messageKeys: new Set(),
      messagesByOrder: new Map(),
    };
    backend.tenants.set(tenantId, tenant);
  }
  return tenant;
}

/** An unambiguous map key for a channel reference. */
export function channelKey(channel: string, channelOrderRef: string): string {
  return JSON.stringify([channel, channelOrderRef]);
}

/** The index of the first id greater than `after` in a sorted list (all ids when undefined). */
export function indexAfter(sorted: readonly string[], after: string | undefined): number {
  if (after === undefined) return 0;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) <= after) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Inserts an id into a sorted list (the id must not be there yet). */
export function insertSorted(sorted: string[], id: string): void {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < id) lo = mid + 1;
    else hi = mid;
  }
  sorted.splice(lo, 0, id);
}

/**
 * The instant as milliseconds since the epoch.
 *
 * @throws RangeError when `Date.parse` cannot read it (a programmer error: instants come from
 *   the Clock and from events)
 */
export function readInstant(value: string, what: string): number {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) {
    throw new RangeError(`ordokit/memory: ${what} is not an ISO 8601 instant: ${value}`);
  }
  return ms;
}

/** The message as the port shows it: a fresh copy, without the private lease id. */
export function toPublicMessage(stored: StoredMessage): OutboxMessage {
  return {
    ...copyData(stored.draft),
    status: stored.status,
    attempts: stored.attempts,
    nextAttemptAt: stored.nextAttemptAt,
    ...(stored.leaseUntil === undefined ? {} : { leaseUntil: stored.leaseUntil }),
    ...(stored.lastError === undefined ? {} : { lastError: stored.lastError }),
    ...(stored.completedAt === undefined ? {} : { completedAt: stored.completedAt }),
  };
}

/**
 * Runs a synchronous operation as a promise: its value resolves it, a throw rejects it. The
 * operation runs at once, so each call is atomic with respect to every other call.
 */
export function settle<T>(operation: () => T): Promise<T> {
  return new Promise((resolve) => {
    resolve(operation());
  });
}

/** Creation order: `createdAt` as an instant, then `messageId`. */
export function compareCreated(a: StoredMessage, b: StoredMessage): number {
  const d = Date.parse(a.draft.createdAt) - Date.parse(b.draft.createdAt);
  if (d !== 0) return d;
  const ida = a.draft.messageId;
  const idb = b.draft.messageId;
  return ida < idb ? -1 : ida > idb ? 1 : 0;
}
