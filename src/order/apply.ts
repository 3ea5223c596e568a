import { getCurrency, type CurrencyCode, type MoneyJson } from '../money/index.js';
import { OrdokitError } from '../result/index.js';
import type { OrderEvent, OrderEventOf } from './events.js';
import type { OrderNotCaptured } from './lifecycleErrors.js';
import type { OrderState } from './state.js';
import { orderTransitions } from './transitions.js';
import { applyData } from './_internal/aggregate/applyData.js';
import { copyState } from './_internal/aggregate/copy.js';
import { isOrderMachineEvent, machineContextOf } from './_internal/aggregate/context.js';

/** Zero in a currency, as `moneyToJSON` writes it (`'0.00'`, `'0'` for JPY), without Decimal. */
function zeroOf(currency: CurrencyCode): MoneyJson {
  const digits = getCurrency(currency)?.minorUnits ?? 0;
  return { amount: digits === 0 ? '0' : `0.${'0'.repeat(digits)}`, currency };
}

function capture(e: OrderEventOf<'order.captured'>): OrderState {
  const zero = zeroOf(e.data.order.currency);
  return {
    orderId: e.orderId,
    tenantId: e.data.order.tenantId,
    version: e.seq,
    status: orderTransitions.initial,
    needsAcceptance: e.data.needsAcceptance,
    order: e.data.order,
    parcels: {},
    rmas: {},
    holds: [],
    refunds: { total: zero, shipping: zero, byLine: {}, refundIds: [] },
    erpDocuments: [],
    notes: [],
    channelStatuses: {},
  };
}

/**
 * Applies one event to an order's state: pure and total. It trusts the event (validate events
 * from outside with `parseOrderEvent`, and make new ones with `decide`) and copies only what
 * changes; the parts it does not touch are shared with the previous state.
 *
 * The event's data is applied first (quantities, parcels, returns…); then, for events of the
 * order machine, the status becomes `orderTransitions.next(status, event.type, context)`
 * computed on the updated data (it stays put when the machine has no such transition).
 * Annotations (`hold.*`, `note.added`, `erp.document_linked`, `channel.status_observed`) and
 * `refund.issued` never change the status. `order.captured` starts a new state whatever
 * `state` is.
 *
 * @param state - the state so far; `undefined` before the first event
 * @param event - the next event (its `seq` becomes the state's `version`)
 * @returns the new state
 * @throws OrdokitError `order/not_captured` when `state` is undefined and the event is not
 *   `order.captured` (a history must start with the capture)
 * @example
 * ```ts
 * const state = events.reduce<OrderState | undefined>(apply, undefined);
 * ```
 */
export function apply(state: OrderState | undefined, event: OrderEvent): OrderState {
  if (event.type === 'order.captured') return capture(event);
  if (state === undefined) {
    throw new OrdokitError<OrderNotCaptured>(
      { code: 'order/not_captured', command: 'capture' },
      `apply: the first event must be order.captured, got ${event.type}`,
    );
  }
  const next = applyData(state, event);
  if (!isOrderMachineEvent(event.type)) return next;
  const status = orderTransitions.next(state.status, event.type, machineContextOf(next));
  return status === undefined || status === next.status ? next : copyState(next, { status });
}
