import { compileTransitions } from '../lifecycle/index.js';
import { parcelMachine } from './machine.js';

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
