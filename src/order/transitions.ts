import { compileTransitions } from '../lifecycle/index.js';
import { parcelMachine } from '../parcel/index.js';
import { rmaMachine } from '../rma/index.js';
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

/**
 * The parcel machine compiled to a frozen transition table: `parcelTransitions.next(status,
 * reportedStatus)` is the parcel's next status, or `undefined` when carriers do not
 * make that move.
 *
 * @example
 * ```ts
 * parcelTransitions.next('in_transit', 'out_for_delivery'); // 'out_for_delivery'
 * parcelTransitions.next('delivered', 'in_transit'); // undefined: final
 * ```
 */
export const parcelTransitions = compileTransitions(parcelMachine);

/**
 * The return (RMA) machine compiled to a frozen transition table: `rmaTransitions.next(status,
 * eventType)` is the return's next status, or `undefined` when not allowed.
 *
 * @example
 * ```ts
 * rmaTransitions.next('requested', 'return.approved'); // 'approved'
 * ```
 */
export const rmaTransitions = compileTransitions(rmaMachine);
