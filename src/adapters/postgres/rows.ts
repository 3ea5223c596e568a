import type { z } from 'zod';
import { OrderEventSchema, OrderStateSchema, type OrderEvent } from '../../order/index.js';
import { OrdokitError } from '../../result/index.js';
import {
  ChannelActionRequestSchema,
  EffectSchema,
  type ActionJournalEntry,
  type ActionJournalState,
  type ChannelActionKind,
  type Effect,
  type OrderRecord,
  type OutboxMessage,
  type OutboxStatus,
  type StoreRecordInvalid,
} from '../../ports/index.js';

/** A row of `orders`, as `SELECT state, captured_at, updated_at` returns it. */
interface OrderRow {
  readonly tenant_id: string;
  readonly order_id: string;
  readonly state: unknown;
  readonly captured_at: string;
  readonly updated_at: string;
}

/** A row of `order_events`. */
interface EventRow {
  readonly tenant_id: string;
  readonly order_id: string;
  readonly seq: number;
  readonly event: unknown;
}

/** A row of `outbox_messages`. */
interface MessageRow {
  readonly tenant_id: string;
  readonly message_id: string;
  readonly order_id: string;
  readonly key: string;
  readonly caused_by_seq: number;
  readonly effect: unknown;
  readonly created_at: string;
  readonly status: OutboxStatus;
  readonly attempts: number;
  readonly next_attempt_at: string;
  readonly lease_until: string | null;
  readonly last_error: string | null;
  readonly completed_at: string | null;
}

/** A row of `action_journal`. */
interface JournalRow {
  readonly tenant_id: string;
  readonly channel: string;
  readonly order_id: string;
  readonly action: ChannelActionKind;
  readonly payload_hash: string;
  readonly request: unknown;
  readonly state: ActionJournalState;
  readonly handle: string | null;
  readonly detail: string | null;
  readonly attempts: number;
  readonly created_at: string;
  readonly updated_at: string;
}

/** The columns {@link toOrderRecord} reads. */
export const orderColumns = 'tenant_id, order_id, state, captured_at, updated_at';

/** The columns {@link toEvent} reads. */
export const eventColumns = 'tenant_id, order_id, seq, event';

/** The columns {@link toMessage} reads. */
export const messageColumns =
  'tenant_id, message_id, order_id, key, caused_by_seq, effect, created_at, status, attempts, ' +
  'next_attempt_at, lease_until, last_error, completed_at';

/** The columns {@link toJournalEntry} reads. */
export const journalColumns =
  'tenant_id, channel, order_id, action, payload_hash, request, state, handle, detail, ' +
  'attempts, created_at, updated_at';

/** Which record of which order: every record read here belongs to an order. */
type Where = Omit<StoreRecordInvalid, 'code' | 'path'> & { readonly orderId: string };

/**
 * The value when it matches its schema. The data returned is the value read (zod's output
 * could drop unknown keys inside amounts and addresses); the schema only vouches for it.
 *
 * @throws OrdokitError `store/record_invalid` when it does not match
 */
function checked<S extends z.ZodType>(schema: S, value: unknown, where: Where): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return value as z.output<S>;
  const path = (result.error.issues[0]?.path ?? []).map((p) =>
    typeof p === 'symbol' ? String(p) : p,
  );
  const detail: StoreRecordInvalid = { code: 'store/record_invalid', ...where, path };
  throw new OrdokitError(
    detail,
    `ordokit/postgres: stored ${where.record} of order ${where.orderId} (tenant ${where.tenantId}) is invalid at /${path.join('/')}`,
  );
}

/**
 * An order record from a row of `orders`.
 *
 * @throws OrdokitError `store/record_invalid` when the state does not match `OrderStateSchema`
 */
export function toOrderRecord(row: unknown): OrderRecord {
  const r = row as OrderRow;
  const where: Where = { record: 'order_state', tenantId: r.tenant_id, orderId: r.order_id };
  return {
    state: checked(OrderStateSchema, r.state, where),
    capturedAt: r.captured_at,
    updatedAt: r.updated_at,
  };
}

/**
 * An event from a row of `order_events`.
 *
 * @throws OrdokitError `store/record_invalid` when it does not match `OrderEventSchema`
 */
export function toEvent(row: unknown): OrderEvent {
  const r = row as EventRow;
  const where: Where = {
    record: 'order_event',
    tenantId: r.tenant_id,
    orderId: r.order_id,
    seq: r.seq,
  };
  return checked(OrderEventSchema, r.event, where);
}

/**
 * An outbox message from a row of `outbox_messages`.
 *
 * @throws OrdokitError `store/record_invalid` when the effect does not match `EffectSchema`
 */
export function toMessage(row: unknown): OutboxMessage {
  const r = row as MessageRow;
  const effect: Effect = checked(EffectSchema, r.effect, {
    record: 'outbox_effect',
    tenantId: r.tenant_id,
    orderId: r.order_id,
    messageId: r.message_id,
  });
  return {
    messageId: r.message_id,
    tenantId: r.tenant_id,
    orderId: r.order_id,
    key: r.key,
    causedBySeq: r.caused_by_seq,
    effect,
    createdAt: r.created_at,
    status: r.status,
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at,
    ...(r.lease_until === null ? {} : { leaseUntil: r.lease_until }),
    ...(r.last_error === null ? {} : { lastError: r.last_error }),
    ...(r.completed_at === null ? {} : { completedAt: r.completed_at }),
  };
}

/**
 * An action journal entry from a row of `action_journal`.
 *
 * @throws OrdokitError `store/record_invalid` when the request does not match
 *   `ChannelActionRequestSchema`
 */
export function toJournalEntry(row: unknown): ActionJournalEntry {
  const r = row as JournalRow;
  const request = checked(ChannelActionRequestSchema, r.request, {
    record: 'action_request',
    tenantId: r.tenant_id,
    orderId: r.order_id,
    payloadHash: r.payload_hash,
  });
  return {
    tenantId: r.tenant_id,
    channel: r.channel,
    orderId: r.order_id,
    action: r.action,
    payloadHash: r.payload_hash,
    request,
    state: r.state,
    ...(r.handle === null ? {} : { handle: r.handle }),
    ...(r.detail === null ? {} : { detail: r.detail }),
    attempts: r.attempts,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/**
 * An instant as the `timestamptz` twin of a text column: read with `Date.parse`, as the memory
 * adapter compares instants, and written back in UTC with milliseconds.
 *
 * @param value - an ISO 8601 instant
 * @param what - the field, for the error message
 * @returns the instant as `YYYY-MM-DDTHH:mm:ss.sssZ`
 * @throws RangeError when `Date.parse` cannot read it (a programmer error)
 */
export function toTimestamp(value: string, what: string): string {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) {
    throw new RangeError(`ordokit/postgres: ${what} is not an ISO 8601 instant: ${value}`);
  }
  return new Date(ms).toISOString();
}
