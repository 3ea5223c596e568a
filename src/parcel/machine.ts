import { setup } from 'xstate';
import type { ParcelStatus } from './statuses.js';

/**
 * An event of the parcel machine: the tracking status the carrier reports next. The event's
 * type is the status the parcel moves to (`{ type: 'in_transit' }`).
 */
export interface ParcelMachineEvent {
  readonly type: ParcelStatus;
}

/**
 * The parcel tracking lifecycle, as an XState v5 machine: the state is the parcel's
 * {@link ParcelStatus}, each event is the next status a carrier reports.
 *
 * Only the moves carriers really produce are allowed; carriers skip scans, so some steps may be
 * jumped (a parcel can go from `in_transit` straight to `delivered`), but a parcel never goes
 * back to `label_created` and never leaves a final status. `in_transit` and `exception` may
 * repeat (hub scans, successive incidents). The machine has no context and no guards: use the
 * compiled table (`parcelTransitions` of the order module) on hot paths.
 *
 * @example
 * ```ts
 * import { initialTransition, transition } from 'xstate';
 * const [start] = initialTransition(parcelMachine);
 * const [next] = transition(parcelMachine, start, { type: 'picked_up' });
 * next.value; // 'picked_up'
 * ```
 */
export const parcelMachine = setup({
  types: { events: {} as ParcelMachineEvent },
}).createMachine({
  id: 'parcel',
  initial: 'label_created',
  states: {
    label_created: {
      on: {
        picked_up: 'picked_up',
        in_transit: 'in_transit',
        exception: 'exception',
        lost: 'lost',
      },
    },
    picked_up: {
      on: {
        in_transit: 'in_transit',
        out_for_delivery: 'out_for_delivery',
        delivered: 'delivered',
        exception: 'exception',
        lost: 'lost',
        damaged: 'damaged',
      },
    },
    in_transit: {
      on: {
        in_transit: 'in_transit',
        out_for_delivery: 'out_for_delivery',
        delivered: 'delivered',
        attempt_failed: 'attempt_failed',
        available_for_pickup: 'available_for_pickup',
        exception: 'exception',
        returned_to_sender: 'returned_to_sender',
        lost: 'lost',
        damaged: 'damaged',
      },
    },
    out_for_delivery: {
      on: {
        delivered: 'delivered',
        attempt_failed: 'attempt_failed',
        available_for_pickup: 'available_for_pickup',
        exception: 'exception',
        lost: 'lost',
        damaged: 'damaged',
      },
    },
    delivered: { type: 'final' },
    attempt_failed: {
      on: {
        out_for_delivery: 'out_for_delivery',
        in_transit: 'in_transit',
        delivered: 'delivered',
        available_for_pickup: 'available_for_pickup',
        exception: 'exception',
        returned_to_sender: 'returned_to_sender',
      },
    },
    available_for_pickup: {
      on: {
        delivered: 'delivered',
        exception: 'exception',
        returned_to_sender: 'returned_to_sender',
        lost: 'lost',
      },
    },
    exception: {
      on: {
        exception: 'exception',
        in_transit: 'in_transit',
        out_for_delivery: 'out_for_delivery',
        delivered: 'delivered',
        available_for_pickup: 'available_for_pickup',
        returned_to_sender: 'returned_to_sender',
        lost: 'lost',
        damaged: 'damaged',
      },
    },
    returned_to_sender: { type: 'final' },
    lost: { type: 'final' },
    damaged: { type: 'final' },
  },
});
