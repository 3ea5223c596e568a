import { err, ok, type Result } from '../../result/index.js';
import type {
  ClaimRequest,
  Outbox,
  OutboxClaim,
  OutboxLeaseLost,
  OutboxMessage,
} from '../../ports/index.js';
import {
  readInstant,
  compareCreated,
  settle,
  tenantOf,
  toPublicMessage,
  type Backend,
  type StoredMessage,
} from './_internal/backend.js';

/** Claim order: `nextAttemptAt` as an instant, then `messageId`, then tenant. */
function compareDue(a: StoredMessage, b: StoredMessage): number {
  if (a.nextAttemptMs !== b.nextAttemptMs) return a.nextAttemptMs - b.nextAttemptMs;
  const ida = a.draft.messageId;
  const idb = b.draft.messageId;
  if (ida !== idb) return ida < idb ? -1 : 1;
  const ta = a.draft.tenantId;
  const tb = b.draft.tenantId;
  return ta < tb ? -1 : ta > tb ? 1 : 0;
}

function claimDue(backend: Backend, request: ClaimRequest): OutboxClaim[] {
  const now = readInstant(request.now, 'now');
  const leaseUntilMs = readInstant(request.leaseUntil, 'leaseUntil');
  const limit = Number.isNaN(request.limit) ? 0 : Math.floor(request.limit);
  if (limit <= 0) return [];
  const due: StoredMessage[] = [];
  for (const m of backend.pending) {
    if (request.tenantId !== undefined && m.draft.tenantId !== request.tenantId) continue;
    if (m.nextAttemptMs > now) continue;
    if (m.leaseUntilMs !== undefined && m.leaseUntilMs > now) continue;
    due.push(m);
  }
  due.sort(compareDue);
  return due.slice(0, limit).map((m) => {
    m.leaseId = request.leaseId;
    m.leaseUntil = request.leaseUntil;
    m.leaseUntilMs = leaseUntilMs;
    return {
      message: toPublicMessage(m),
      leaseId: request.leaseId,
      leaseUntil: request.leaseUntil,
    };
  });
}

/** The stored message a claim still holds, or undefined when its lease is gone. */
function heldBy(backend: Backend, claim: OutboxClaim): StoredMessage | undefined {
  const { tenantId, messageId } = claim.message;
  const stored = tenantOf(backend, tenantId)?.messages.get(messageId);
  return stored !== undefined && stored.status === 'pending' && stored.leaseId === claim.leaseId
    ? stored
    : undefined;
}

function dropLease(m: StoredMessage): void {
  m.leaseId = undefined;
  m.leaseUntil = undefined;
  m.leaseUntilMs = undefined;
}

function leaseLost(claim: OutboxClaim): Result<never, OutboxLeaseLost> {
  return err({ code: 'outbox/lease_lost', messageId: claim.message.messageId });
}

/**
 * The memory backend's `Outbox`. A claim holds a message until its `leaseUntil`; after that
 * another claim may take it, and only the latest claim may complete or fail it.
 */
export function createMemoryOutbox(backend: Backend): Outbox {
  return {
    claimDue: (request) => settle(() => claimDue(backend, request)),

    complete: (claim, completedAt) =>
      settle((): Result<OutboxMessage, OutboxLeaseLost> => {
        readInstant(completedAt, 'completedAt');
        const m = heldBy(backend, claim);
        if (m === undefined) return leaseLost(claim);
        m.status = 'done';
        m.completedAt = completedAt;
        dropLease(m);
        backend.pending.delete(m);
        return ok(toPublicMessage(m));
      }),

    fail: (claim, failure) =>
      settle((): Result<OutboxMessage, OutboxLeaseLost> => {
        const next = failure.nextAttemptAt;
        const nextMs = next === undefined ? undefined : readInstant(next, 'nextAttemptAt');
        const m = heldBy(backend, claim);
        if (m === undefined) return leaseLost(claim);
        m.attempts += 1;
        m.lastError = failure.error;
        dropLease(m);
        if (next === undefined || nextMs === undefined) {
          m.status = 'parked';
          backend.pending.delete(m);
        } else {
          m.nextAttemptAt = next;
          m.nextAttemptMs = nextMs;
        }
        return ok(toPublicMessage(m));
      }),

    rearm: (tenantId, orderId, now) =>
      settle(() => {
        const nowMs = readInstant(now, 'now');
        let count = 0;
        for (const m of tenantOf(backend, tenantId)?.messagesByOrder.get(orderId) ?? []) {
          if (m.status !== 'parked') continue;
          m.status = 'pending';
          m.attempts = 0;
          m.nextAttemptAt = now;
          m.nextAttemptMs = nowMs;
          dropLease(m);
          backend.pending.add(m);
          count += 1;
        }
        return count;
      }),

    listByOrder: (tenantId, orderId) =>
      settle(() =>
        [...(tenantOf(backend, tenantId)?.messagesByOrder.get(orderId) ?? [])]
          .sort(compareCreated)
          .map(toPublicMessage),
      ),
  };
}
