import {
  apply,
  decide,
  type Actor,
  type HoldReason,
  type Order,
  type OrderCommand,
  type OrderEvent,
  type OrderState,
} from '../../../order/index.js';
import type { AppendBatch, OutboxMessageDraft } from '../../../ports/index.js';
import { ContractViolation, show } from './assert.js';

/** The first instant of every contract test. */
export const T0 = '2025-03-01T09:00:00.000Z';

/** `T0` plus some minutes, in `toISOString()` form. */
export function minutesAfter(minutes: number): string {
  return new Date(Date.parse(T0) + minutes * 60_000).toISOString();
}

/** An operator: holds never block operators, so every fixture command goes through. */
const operator: Actor = { kind: 'user', id: 'contract-suite' };

/** Who the order is, for the fixtures. */
export interface OrderSpec {
  readonly tenantId: string;
  readonly orderId: string;
  /** Default `'shop'`. */
  readonly channel?: string;
  /** Default `ref-<orderId>`. */
  readonly channelOrderRef?: string;
  /** When it is captured (default `T0`), ISO 8601 with any offset. */
  readonly at?: string;
  /** Default true: the order stays `created` until accepted. */
  readonly needsAcceptance?: boolean;
  /** The buyer's name, to tell two orders with the same id apart. */
  readonly buyerName?: string;
}

/** A valid canonical order: one line of 2 × 10.00 EUR at 20 % tax, paid 24.00. */
export function buildOrder(spec: OrderSpec): Order {
  const eur = (amount: string) => ({ amount, currency: 'EUR' }) as const;
  return {
    orderId: spec.orderId,
    tenantId: spec.tenantId,
    channelRef: {
      channel: spec.channel ?? 'shop',
      channelOrderRef: spec.channelOrderRef ?? `ref-${spec.orderId}`,
    },
    placedAt: spec.at ?? T0,
    currency: 'EUR',
    buyer: { name: spec.buyerName ?? 'Jeanne Martin', email: 'jeanne@example.com' },
    shippingAddress: {
      name: spec.buyerName ?? 'Jeanne Martin',
      line1: '10 rue de Rivoli',
      postalCode: '75001',
      city: 'Paris',
      country: 'FR',
    },
    lines: [
      {
        lineId: 'L1',
        sku: 'MUG-RED',
        title: 'Red mug',
        quantities: {
          ordered: 2,
          cancelled: 0,
          allocated: 0,
          shipped: 0,
          delivered: 0,
          returned: 0,
          refunded: 0,
        },
        unitPrice: eur('10.00'),
        taxRate: '0.2',
      },
    ],
    totals: {
      pricesIncludeTax: false,
      taxRounding: 'line',
      products: eur('20.00'),
      shipping: eur('0.00'),
      tax: eur('4.00'),
      discount: eur('0.00'),
      grandTotal: eur('24.00'),
      paid: eur('24.00'),
    },
  };
}

function decided(state: OrderState | undefined, command: OrderCommand): readonly OrderEvent[] {
  const result = decide(state, command);
  if (!result.ok) {
    throw new ContractViolation(`fixture bug: ${command.type} refused: ${show(result.error)}`);
  }
  return result.value;
}

function batchOf(
  tenantId: string,
  orderId: string,
  before: OrderState | undefined,
  events: readonly OrderEvent[],
  messages: readonly OutboxMessageDraft[],
): AppendBatch {
  const state = events.reduce<OrderState | undefined>(apply, before) as OrderState;
  return { tenantId, orderId, expectedVersion: before?.version ?? 0, events, state, messages };
}

/** The batch that captures an order (version 0 → 1, or 2 when no acceptance is needed). */
export function captureBatch(
  spec: OrderSpec,
  messages: readonly OutboxMessageDraft[] = [],
): AppendBatch {
  const command: OrderCommand = {
    type: 'capture',
    at: spec.at ?? T0,
    actor: { kind: 'channel', id: spec.channel ?? 'shop' },
    order: buildOrder(spec),
    needsAcceptance: spec.needsAcceptance ?? true,
  };
  return batchOf(spec.tenantId, spec.orderId, undefined, decided(undefined, command), messages);
}

/** What a fixture command may be: any order command but capture, without actor. */
export type StepDraft =
  Exclude<OrderCommand, { type: 'capture' }> extends infer C
    ? C extends OrderCommand
      ? Omit<C, 'actor'>
      : never
    : never;

/** The batch that applies one command (by an operator) to a state. */
export function stepBatch(
  state: OrderState,
  step: StepDraft,
  messages: readonly OutboxMessageDraft[] = [],
): AppendBatch {
  const command = { ...step, actor: operator } as OrderCommand;
  return batchOf(state.tenantId, state.orderId, state, decided(state, command), messages);
}

/** A hold of the whole order. */
export function holdStep(reasonCode: HoldReason, holdId: string, at: string): StepDraft {
  return { type: 'placeHold', at, holdId, reasonCode, scope: { kind: 'order' } };
}

/** What a message fixture needs. */
export interface MessageSpec {
  readonly messageId: string;
  /** Default `<orderId>:buyer.notify:buyer:<seq>`. */
  readonly key?: string;
  /** Default: the state's version. */
  readonly causedBySeq?: number;
  /** When it is planned (and due), default `T0`. */
  readonly createdAt?: string;
}

/** A `buyer.notify` outbox message about the order of `state`. */
export function messageDraft(state: OrderState, spec: MessageSpec): OutboxMessageDraft {
  const seq = spec.causedBySeq ?? state.version;
  const { order } = state;
  return {
    messageId: spec.messageId,
    tenantId: state.tenantId,
    orderId: state.orderId,
    key: spec.key ?? `${state.orderId}:buyer.notify:buyer:${seq}`,
    causedBySeq: seq,
    effect: {
      kind: 'buyer.notify',
      target: 'buyer',
      payload: {
        orderId: state.orderId,
        channelRef: order.channelRef,
        template: 'order_confirmed',
        buyer: order.buyer,
      },
    },
    createdAt: spec.createdAt ?? T0,
  };
}
