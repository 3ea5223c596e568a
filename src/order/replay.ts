import { OrdokitError } from '../result/index.js';
import type { OrderEvent } from './events.js';
import type { OrderNotCaptured } from './lifecycleErrors.js';
import type { OrderState } from './state.js';
import { apply } from './apply.js';

/**
 * Rebuilds an order's state from its history: `apply` folded over the events, in order. The
 * result deep-equals the state the events were decided on (a property test proves it), so a
 * disputed order can be replayed from its event store.
 *
 * @param events - the order's events, oldest first, starting with `order.captured`
 * @returns the state after the last event
 * @throws OrdokitError `order/not_captured` when the history is empty or does not start with
 *   `order.captured`
 * @example
 * ```ts
 * const state = replay(await eventStore.load(orderId));
 * state.status; // 'shipped'
 * ```
 */
export function replay(events: readonly OrderEvent[]): OrderState {
  const first = events[0];
  if (first === undefined) {
    throw new OrdokitError<OrderNotCaptured>(
      { code: 'order/not_captured', command: 'capture' },
      'replay: an order history starts with order.captured',
    );
  }
  let state = apply(undefined, first);
  for (let i = 1; i < events.length; i++) state = apply(state, events[i] as OrderEvent);
  return state;
}
