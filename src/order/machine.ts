import { setup } from 'xstate';
import {
  hasNoOpenReturn,
  isEveryOpenUnitDelivered,
  isEveryOpenUnitShipped,
  isEveryUnitCancelled,
  type OrderMachineContext,
} from './machineGuards.js';

/**
 * The domain event types that may change an order's status: the events of `orderMachine`.
 * `order.captured` creates the order (in `created`); annotations (`hold.placed`,
 * `hold.released`, `note.added`, `erp.document_linked`, `channel.status_observed`) and
 * `refund.issued` never change the status and are not events of the machine.
 */
export const orderMachineEventTypes = [
  'order.accepted',
  'order.refused',
  'order.preparation_started',
  'order.lines_allocated',
  'order.lines_reallocated',
  'parcel.created',
  'parcel.shipped',
  'parcel.tracking_updated',
  'parcel.delivered',
  'order.lines_cancelled',
  'return.requested',
  'return.approved',
  'return.refused',
  'return.label_issued',
  'return.received',
  'return.inspected',
  'return.resolved',
  'return.closed',
  'order.closed',
] as const;

/** The type of an event of the order machine. See {@link orderMachineEventTypes}. */
export type OrderMachineEventType = (typeof orderMachineEventTypes)[number];

/** An event of the order machine: only its type matters to the machine. */
export interface OrderMachineEvent {
  readonly type: OrderMachineEventType;
}

/** Return events leave the order's status alone; they are allowed once something may be delivered. */
const returnEventsStay = <S extends string>(state: S) =>
  ({
    'return.requested': state,
    'return.approved': state,
    'return.refused': state,
    'return.label_issued': state,
    'return.received': state,
    'return.inspected': state,
    'return.resolved': state,
    'return.closed': state,
  }) as const;

/**
 * The order lifecycle, as an XState v5 machine: `created` → `accepted` → `in_preparation` →
 * `shipped` → `delivered` → `closed`, with `cancelled` and `refused` as the other ends.
 *
 * Events are the order's domain event types; guards are pure and named, and read the
 * {@link OrderMachineContext} of the order AFTER the event's data is applied:
 * - `allCancelled`: every unit is cancelled
 * - `allShipped` / `allOpenShipped`: every unit not cancelled has shipped (after a parcel left /
 *   after a cancellation)
 * - `allDelivered`: every unit not cancelled has been delivered
 * - `noOpenReturn`: no return is open
 *
 * Guarded transitions are tried in order; the unguarded one after them is the "else": the order
 * stays where it is. An event with no transition from the current state is not allowed there.
 * Hot paths use the compiled table `orderTransitions`, which agrees with this machine.
 *
 * @example
 * ```ts
 * import { transition } from 'xstate';
 * const quantities = { ordered: 1, cancelled: 0, allocated: 1, shipped: 1, delivered: 0, returned: 0, refunded: 0 };
 * const preparing = orderMachine.resolveState({
 *   value: 'in_preparation',
 *   context: { lines: [{ quantities }], openReturns: 0 },
 * });
 * transition(orderMachine, preparing, { type: 'parcel.shipped' })[0].value; // 'shipped'
 * ```
 */
export const orderMachine = setup({
  types: {
    context: {} as OrderMachineContext,
    events: {} as OrderMachineEvent,
  },
  guards: {
    allCancelled: ({ context }) => isEveryUnitCancelled(context),
    allShipped: ({ context }) => isEveryOpenUnitShipped(context),
    allOpenShipped: ({ context }) => isEveryOpenUnitShipped(context),
    allDelivered: ({ context }) => isEveryOpenUnitDelivered(context),
    noOpenReturn: ({ context }) => hasNoOpenReturn(context),
  },
}).createMachine({
  id: 'order',
  initial: 'created',
  context: { lines: [], openReturns: 0 },
  states: {
    created: {
      on: {
        'order.accepted': 'accepted',
        'order.refused': 'refused',
        'order.lines_cancelled': [{ guard: 'allCancelled', target: 'cancelled' }, 'created'],
      },
    },
    accepted: {
      on: {
        'order.preparation_started': 'in_preparation',
        'order.lines_allocated': 'accepted',
        'order.lines_reallocated': 'accepted',
        'order.lines_cancelled': [{ guard: 'allCancelled', target: 'cancelled' }, 'accepted'],
      },
    },
    in_preparation: {
      on: {
        'order.lines_allocated': 'in_preparation',
        'order.lines_reallocated': 'in_preparation',
        'parcel.created': 'in_preparation',
        'parcel.shipped': [{ guard: 'allShipped', target: 'shipped' }, 'in_preparation'],
        'parcel.tracking_updated': 'in_preparation',
        'parcel.delivered': 'in_preparation',
        'order.lines_cancelled': [
          { guard: 'allCancelled', target: 'cancelled' },
          { guard: 'allDelivered', target: 'delivered' },
          { guard: 'allOpenShipped', target: 'shipped' },
          'in_preparation',
        ],
        ...returnEventsStay('in_preparation'),
      },
    },
    shipped: {
      on: {
        'parcel.tracking_updated': 'shipped',
        'parcel.delivered': [{ guard: 'allDelivered', target: 'delivered' }, 'shipped'],
        ...returnEventsStay('shipped'),
      },
    },
    delivered: {
      on: {
        'order.closed': { guard: 'noOpenReturn', target: 'closed' },
        ...returnEventsStay('delivered'),
      },
    },
    closed: { type: 'final' },
    cancelled: { type: 'final' },
    refused: { type: 'final' },
  },
});
