import { z } from 'zod';
import { LabelAckSchema, PreparationAckSchema, SaleAckSchema } from '../../ports/index.js';
import type { Actor } from '../../order/index.js';
import { err, ok, type Result } from '../../result/index.js';
import type {
  ConnectorContext,
  ConnectorFailure,
  Effect,
  LabelAck,
  PreparationAck,
  SaleAck,
} from '../../ports/index.js';
import type { OmsConnectors } from '../config.js';
import { ownEntry } from './effectPayloads.js';

/** What a connector answered, by effect kind: the acks the follow-ups need. */
export type EffectAck =
  | { readonly kind: 'wms.prepare'; readonly ack: PreparationAck }
  | { readonly kind: 'erp.record_sale'; readonly ack: SaleAck }
  | { readonly kind: 'carrier.create_label'; readonly ack: LabelAck }
  | {
      readonly kind:
        | 'marketplace.push_status'
        | 'marketplace.push_tracking'
        | 'buyer.notify'
        | 'stock.release'
        | 'stock.consume';
    };

/** No connector is configured for the effect's kind and target. */
interface ConnectorMissing {
  readonly code: 'dispatch/connector_missing';
  readonly target: string;
}

/** Why a call did not deliver: the connector's own failure, or no connector to call. */
export type CallFailure = ConnectorFailure | ConnectorMissing;

/** The longest connector `detail` kept (notes are bounded). */
const detailMax = 300;

const connectorFailure = z.object({
  code: z.enum(['connector/unavailable', 'connector/timeout', 'connector/rejected']),
  detail: z.string().optional(),
  retryAfter: z.string().optional(),
});

/** The actor of a follow-up decided on the answer of the effect's target system. */
export function actorOf(effect: Effect): Actor {
  switch (effect.kind) {
    case 'wms.prepare':
      return { kind: 'wms', id: effect.target };
    case 'erp.record_sale':
      return { kind: 'erp', id: effect.target };
    case 'carrier.create_label':
      return { kind: 'carrier', id: effect.target };
    case 'marketplace.push_status':
    case 'marketplace.push_tracking':
      return { kind: 'channel', id: effect.target };
    case 'buyer.notify':
    case 'stock.release':
    case 'stock.consume':
      return { kind: 'system', id: effect.target };
  }
}

function describe(value: unknown): string {
  if (value instanceof Error) return value.message;
  if (typeof value === 'string') return value;
  try {
    // JSON.stringify gives undefined for undefined and functions, despite its type.
    const json = JSON.stringify(value) as string | undefined;
    return json ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

function clipDetail(text: string): string {
  return text.length <= detailMax ? text : `${text.slice(0, detailMax - 1)}…`;
}

function unexpected(target: string, what: string): ConnectorFailure {
  return { code: 'connector/rejected', target, detail: clipDetail(`unexpected answer: ${what}`) };
}

/**
 * Reads what a connector returned without trusting it: a connector written in JavaScript, or
 * a wrong cast, may return anything. A failure keeps its code and detail; a missing or
 * malformed answer counts as `connector/unavailable` (no Result) or `connector/rejected` (an
 * ack the follow-up cannot use: retrying the same key returns the same answer).
 */
function readResult(effect: Effect, returned: unknown): Result<EffectAck, ConnectorFailure> {
  const target = effect.target;
  if (typeof returned !== 'object' || returned === null || !('ok' in returned)) {
    return err({
      code: 'connector/unavailable',
      target,
      detail: 'the connector returned no Result',
    });
  }
  if (returned.ok !== true) {
    const failure = connectorFailure.safeParse((returned as { error?: unknown }).error);
    if (!failure.success) {
      return err({
        code: 'connector/unavailable',
        target,
        detail: 'the connector failed without a ConnectorFailure',
      });
    }
    const { code, detail, retryAfter } = failure.data;
    const d = detail === undefined ? {} : { detail: clipDetail(detail) };
    if (
      code === 'connector/unavailable' &&
      retryAfter !== undefined &&
      !Number.isNaN(Date.parse(retryAfter))
    ) {
      return err({ code, target, ...d, retryAfter });
    }
    return err({ code, target, ...d });
  }
  const value = (returned as { value?: unknown }).value;
  switch (effect.kind) {
    case 'wms.prepare': {
      const ack = PreparationAckSchema.safeParse(value);
      if (!ack.success) return err(unexpected(target, 'no warehouseId'));
      const { warehouseId, reference } = ack.data;
      return ok({
        kind: effect.kind,
        ack: reference === undefined ? { warehouseId } : { warehouseId, reference },
      });
    }
    case 'erp.record_sale': {
      const ack = SaleAckSchema.safeParse(value);
      if (!ack.success) return err(unexpected(target, 'no document kind and number'));
      return ok({ kind: effect.kind, ack: { kind: ack.data.kind, number: ack.data.number } });
    }
    case 'carrier.create_label': {
      const ack = LabelAckSchema.safeParse(value);
      if (!ack.success) return err(unexpected(target, 'no valid carrier and tracking'));
      return ok({ kind: effect.kind, ack: ack.data });
    }
    default:
      return ok({ kind: effect.kind });
  }
}

/** Calls the connector of the effect's kind and target; undefined when none is configured. */
function invoke(
  connectors: OmsConnectors,
  effect: Effect,
  context: ConnectorContext,
): Promise<unknown> | undefined {
  switch (effect.kind) {
    case 'wms.prepare': {
      const wms = connectors.wms;
      return wms?.code === effect.target ? wms.prepare(effect.payload, context) : undefined;
    }
    case 'erp.record_sale': {
      const erp = connectors.erp;
      return erp?.code === effect.target ? erp.recordSale(effect.payload, context) : undefined;
    }
    case 'marketplace.push_status':
      return ownEntry(connectors.marketplaces, effect.target)?.pushStatus(effect.payload, context);
    case 'marketplace.push_tracking':
      return ownEntry(connectors.marketplaces, effect.target)?.pushTracking(
        effect.payload,
        context,
      );
    case 'carrier.create_label':
      return ownEntry(connectors.carriers, effect.target)?.createLabel(effect.payload, context);
    case 'buyer.notify':
      return connectors.notifier?.notifyBuyer(effect.payload, context);
    case 'stock.release':
    case 'stock.consume':
      // The engine applies stock movements itself (dispatch), never through a connector.
      return undefined;
  }
}

/**
 * Delivers one effect to its connector (found by the effect's kind and target) and reads the
 * answer. Never throws: a connector that throws or rejects its promise counts as
 * `connector/unavailable` with the exception's message as detail.
 *
 * @param connectors - the configured connectors
 * @param effect - the effect to deliver
 * @param context - idempotency key, tenant, attempt number and now
 * @returns the ack, or why the call did not deliver
 */
export async function callConnector(
  connectors: OmsConnectors,
  effect: Effect,
  context: ConnectorContext,
): Promise<Result<EffectAck, CallFailure>> {
  let pending: Promise<unknown> | undefined;
  try {
    pending = invoke(connectors, effect, context);
  } catch (thrown) {
    return err({
      code: 'connector/unavailable',
      target: effect.target,
      detail: clipDetail(describe(thrown)),
    });
  }
  if (pending === undefined)
    return err({ code: 'dispatch/connector_missing', target: effect.target });
  let returned: unknown;
  try {
    returned = await pending;
  } catch (thrown) {
    return err({
      code: 'connector/unavailable',
      target: effect.target,
      detail: clipDetail(describe(thrown)),
    });
  }
  return readResult(effect, returned);
}
