import { err, ok, type Result } from '../../result/index.js';
import type {
  ClaimRequest,
  Outbox,
  OutboxClaim,
  OutboxLeaseLost,
  OutboxMessage,
} from '../../ports/index.js';
import type { RunQuery } from './database.js';
import { messageColumns, toMessage, toTimestamp } from './rows.js';

const dropLease = 'lease_id = NULL, lease_until = NULL, lease_until_ts = NULL';

/**
 * The claim: due `pending` messages without a live lease, oldest `next_attempt_at` first (then
 * `message_id`, then tenant, in byte order), locked with `SKIP LOCKED` so that concurrent
 * claims never wait for each other nor take the same message.
 */
function claimSql(schema: string, byTenant: boolean): string {
  return `WITH due AS (
  SELECT tenant_id, message_id FROM ${schema}.outbox_messages
  WHERE status = 'pending' AND next_attempt_at_ts <= $1::timestamptz
    AND (lease_until_ts IS NULL OR lease_until_ts <= $1::timestamptz)
    ${byTenant ? 'AND tenant_id = $6' : ''}
  ORDER BY next_attempt_at_ts, message_id, tenant_id
  LIMIT $2
  FOR UPDATE SKIP LOCKED
), claimed AS (
  UPDATE ${schema}.outbox_messages AS m
  SET lease_id = $3, lease_until = $4, lease_until_ts = $5::timestamptz
  FROM due WHERE m.tenant_id = due.tenant_id AND m.message_id = due.message_id
  RETURNING m.*
)
SELECT ${messageColumns} FROM claimed ORDER BY next_attempt_at_ts, message_id, tenant_id`;
}

async function claimDue(run: RunQuery, schema: string, request: ClaimRequest) {
  const now = toTimestamp(request.now, 'now');
  const leaseUntil = toTimestamp(request.leaseUntil, 'leaseUntil');
  const limit = Number.isNaN(request.limit) ? 0 : Math.floor(request.limit);
  if (limit <= 0) return [];
  const byTenant = request.tenantId !== undefined;
  const params = [
    now,
    Number.isFinite(limit) ? limit : null,
    request.leaseId,
    request.leaseUntil,
    leaseUntil,
    ...(byTenant ? [request.tenantId] : []),
  ];
  const rows = await run(claimSql(schema, byTenant), params);
  return rows.map((row): OutboxClaim => ({
    message: toMessage(row),
    leaseId: request.leaseId,
    leaseUntil: request.leaseUntil,
  }));
}

function leaseLost(claim: OutboxClaim): Result<never, OutboxLeaseLost> {
  return err({ code: 'outbox/lease_lost', messageId: claim.message.messageId });
}

/**
 * The `Outbox` of `ordokit/postgres` on one schema: every call is one statement. A claim holds
 * a message until its `leaseUntil`; after that another claim may take it, and only the latest
 * claim may complete or fail it (the row keeps the lease id of the latest claim).
 *
 * @param run - runs statements on the database
 * @param schema - a checked schema name
 * @returns the outbox
 */
export function createPostgresOutbox(run: RunQuery, schema: string): Outbox {
  const table = `${schema}.outbox_messages`;
  const held = `tenant_id = $1 AND message_id = $2 AND status = 'pending' AND lease_id = $3`;
  const heldParams = (claim: OutboxClaim) => [
    claim.message.tenantId,
    claim.message.messageId,
    claim.leaseId,
  ];
  return {
    claimDue: (request) => claimDue(run, schema, request),

    async complete(claim, completedAt): Promise<Result<OutboxMessage, OutboxLeaseLost>> {
      toTimestamp(completedAt, 'completedAt');
      const [row] = await run(
        `UPDATE ${table} SET status = 'done', completed_at = $4, ${dropLease}
         WHERE ${held} RETURNING ${messageColumns}`,
        [...heldParams(claim), completedAt],
      );
      return row === undefined ? leaseLost(claim) : ok(toMessage(row));
    },

    async fail(claim, failure): Promise<Result<OutboxMessage, OutboxLeaseLost>> {
      const next = failure.nextAttemptAt;
      const nextTs = next === undefined ? null : toTimestamp(next, 'nextAttemptAt');
      const [row] = await run(
        `UPDATE ${table} SET attempts = attempts + 1, last_error = $4, ${dropLease},
           status = CASE WHEN $5::text IS NULL THEN 'parked' ELSE 'pending' END,
           next_attempt_at = COALESCE($5::text, next_attempt_at),
           next_attempt_at_ts = COALESCE($6::timestamptz, next_attempt_at_ts)
         WHERE ${held} RETURNING ${messageColumns}`,
        [...heldParams(claim), failure.error, next ?? null, nextTs],
      );
      return row === undefined ? leaseLost(claim) : ok(toMessage(row));
    },

    async rearm(tenantId, orderId, now) {
      const nowTs = toTimestamp(now, 'now');
      const rows = await run(
        `UPDATE ${table} SET status = 'pending', attempts = 0, next_attempt_at = $3,
           next_attempt_at_ts = $4::timestamptz, ${dropLease}
         WHERE tenant_id = $1 AND order_id = $2 AND status = 'parked' RETURNING message_id`,
        [tenantId, orderId, now, nowTs],
      );
      return rows.length;
    },

    async listByOrder(tenantId, orderId) {
      const rows = await run(
        `SELECT ${messageColumns} FROM ${table} WHERE tenant_id = $1 AND order_id = $2
         ORDER BY created_at_ts, message_id`,
        [tenantId, orderId],
      );
      return rows.map(toMessage);
    },
  };
}
