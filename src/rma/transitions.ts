import { compileTransitions } from '../lifecycle/index.js';
import { rmaMachine } from './machine.js';

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
