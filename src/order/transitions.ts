import { compileTransitions } from '../lifecycle/index.js';
import { orderMachine } from './machine.js';

/**
 * The order machine compiled to a frozen transition table, once, at module load:
 * `orderTransitions.next(status, eventType, context)` is the next {@link OrderStatus}, or
 * `undefined` when the event is not allowed in that status. It agrees with XState's
 * `transition(orderMachine, …)` for every status and event (a property test proves it).
 *
 * @example
 * ```ts
 * orderTransitions.next('delivered', 'order.closed', { lines, openReturns: 0 }); // 'closed'
 * orderTransitions.next('delivered', 'order.closed', { lines, openReturns: 1 }); // undefined
 * ```
 */
export const orderTransitions = compileTransitions(orderMachine);
