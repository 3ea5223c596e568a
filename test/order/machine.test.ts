import { transition } from 'xstate';
import { describe, expect, it } from 'vitest';
import {
  orderMachine,
  orderMachineEventTypes,
  orderStatuses,
  orderTransitions,
  type OrderMachineEventType,
  type OrderStatus,
} from '../../src/index.js';
import { contexts, type ContextName } from './_machineContexts.js';

/** XState's answer: the next status, or undefined when the machine cannot take the event. */
function xstateNext(
  state: OrderStatus,
  event: OrderMachineEventType,
  context: ContextName,
): string | undefined {
  const snapshot = orderMachine.resolveState({ value: state, context: contexts[context] });
  if (!snapshot.can({ type: event })) return undefined;
  return transition(orderMachine, snapshot, { type: event })[0].value;
}

const returnEvents = [
  'return.requested',
  'return.approved',
  'return.refused',
  'return.label_issued',
  'return.received',
  'return.inspected',
  'return.resolved',
  'return.closed',
] as const;

// [from, event, context, expected next status or undefined when not allowed]
type Case = readonly [OrderStatus, OrderMachineEventType, ContextName, OrderStatus | undefined];

const cases: readonly Case[] = [
  ['created', 'order.accepted', 'fresh', 'accepted'],
  ['created', 'order.refused', 'fresh', 'refused'],
  ['created', 'order.lines_cancelled', 'partCancelled', 'created'],
  ['created', 'order.lines_cancelled', 'allCancelled', 'cancelled'],
  ['created', 'order.preparation_started', 'fresh', undefined],
  ['created', 'order.lines_allocated', 'allocated', undefined],
  ['created', 'order.lines_reallocated', 'allocated', undefined],
  ['created', 'parcel.created', 'fresh', undefined],
  ['created', 'order.closed', 'fresh', undefined],
  ['created', 'return.requested', 'fresh', undefined],

  ['accepted', 'order.preparation_started', 'fresh', 'in_preparation'],
  ['accepted', 'order.lines_allocated', 'allocated', 'accepted'],
  ['accepted', 'order.lines_reallocated', 'allocated', 'accepted'],
  ['accepted', 'order.lines_cancelled', 'partCancelled', 'accepted'],
  ['accepted', 'order.lines_cancelled', 'allCancelled', 'cancelled'],
  ['accepted', 'order.accepted', 'fresh', undefined],
  ['accepted', 'order.refused', 'fresh', undefined],
  ['accepted', 'parcel.created', 'allocated', undefined],
  ['accepted', 'parcel.shipped', 'allShipped', undefined],

  ['in_preparation', 'order.lines_allocated', 'allocated', 'in_preparation'],
  ['in_preparation', 'order.lines_reallocated', 'allocated', 'in_preparation'],
  ['in_preparation', 'order.lines_reallocated', 'partShipped', 'in_preparation'],
  ['in_preparation', 'parcel.created', 'allocated', 'in_preparation'],
  ['in_preparation', 'parcel.shipped', 'partShipped', 'in_preparation'],
  ['in_preparation', 'parcel.shipped', 'allShipped', 'shipped'],
  ['in_preparation', 'parcel.shipped', 'cancelRestShipped', 'shipped'],
  ['in_preparation', 'parcel.tracking_updated', 'partShipped', 'in_preparation'],
  ['in_preparation', 'parcel.delivered', 'partShippedDelivered', 'in_preparation'],
  ['in_preparation', 'order.lines_cancelled', 'partCancelled', 'in_preparation'],
  ['in_preparation', 'order.lines_cancelled', 'allCancelled', 'cancelled'],
  ['in_preparation', 'order.lines_cancelled', 'cancelRestShipped', 'shipped'],
  ['in_preparation', 'order.lines_cancelled', 'cancelRestDelivered', 'delivered'],
  ['in_preparation', 'return.requested', 'partShippedDelivered', 'in_preparation'],
  ['in_preparation', 'order.accepted', 'fresh', undefined],
  ['in_preparation', 'order.preparation_started', 'fresh', undefined],
  ['in_preparation', 'order.closed', 'allDelivered', undefined],

  ['shipped', 'parcel.tracking_updated', 'allShipped', 'shipped'],
  ['shipped', 'parcel.delivered', 'partDelivered', 'shipped'],
  ['shipped', 'parcel.delivered', 'allDelivered', 'delivered'],
  ['shipped', 'parcel.delivered', 'cancelRestDelivered', 'delivered'],
  ['shipped', 'order.lines_cancelled', 'allShipped', undefined],
  ['shipped', 'parcel.created', 'allShipped', undefined],
  ['shipped', 'order.lines_reallocated', 'allShipped', undefined],
  ['shipped', 'parcel.shipped', 'allShipped', undefined],
  ['shipped', 'order.closed', 'allDelivered', undefined],
  ...returnEvents.map((event): Case => ['shipped', event, 'partDelivered', 'shipped']),

  ['delivered', 'order.closed', 'allDelivered', 'closed'],
  ['delivered', 'order.closed', 'cancelRestDelivered', 'closed'],
  ['delivered', 'order.closed', 'openReturn', undefined],
  ['delivered', 'parcel.delivered', 'allDelivered', undefined],
  ['delivered', 'parcel.tracking_updated', 'allDelivered', undefined],
  ['delivered', 'order.lines_cancelled', 'allDelivered', undefined],
  ['delivered', 'order.lines_reallocated', 'allDelivered', undefined],
  ...returnEvents.map((event): Case => ['delivered', event, 'openReturn', 'delivered']),
  ...returnEvents.map((event): Case => ['in_preparation', event, 'partShipped', 'in_preparation']),

  ...(['closed', 'cancelled', 'refused'] as const).flatMap((final) =>
    orderMachineEventTypes.map((event): Case => [final, event, 'allDelivered', undefined]),
  ),
];

describe('orderMachine: every transition, by hand', () => {
  it.each(cases)('%s × %s with %s → %s', (from, event, context, expected) => {
    expect(xstateNext(from, event, context)).toBe(expected);
    expect(orderTransitions.next(from, event, contexts[context])).toBe(expected);
  });

  it('allows from each state exactly the events listed above (nothing more)', () => {
    const listed = new Set(cases.filter((c) => c[3] !== undefined).map((c) => `${c[0]} ${c[1]}`));
    const defined = new Set(orderTransitions.transitions.map((r) => `${r.source} ${r.event}`));
    expect([...defined].sort()).toEqual([...listed].sort());
  });

  it('starts in created and ends in closed, cancelled or refused', () => {
    expect(orderTransitions.initial).toBe('created');
    expect([...orderTransitions.finals].sort()).toEqual(['cancelled', 'closed', 'refused']);
    expect(orderTransitions.states).toEqual(orderStatuses);
  });
});
