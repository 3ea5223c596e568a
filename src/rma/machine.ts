import { setup } from 'xstate';

/**
 * The events of the return machine, past-tense facts named like the order's domain events:
 * - `return.approved` / `return.refused`: the seller's decision on the request
 * - `return.label_issued`: return instructions or a prepaid label were sent to the buyer
 * - `return.received`: units arrived back (again for a return sent in several parcels)
 * - `return.inspected`: the units were checked
 * - `return.resolved`: the settlement was decided
 * - `return.closed`: the settlement was carried out
 */
export const rmaMachineEventTypes = [
  'return.approved',
  'return.refused',
  'return.label_issued',
  'return.received',
  'return.inspected',
  'return.resolved',
  'return.closed',
] as const;

/** The type of an event of the return machine. See {@link rmaMachineEventTypes}. */
export type RmaMachineEventType = (typeof rmaMachineEventTypes)[number];

/** An event of the return machine. */
export interface RmaMachineEvent {
  readonly type: RmaMachineEventType;
}

/**
 * The return (RMA) lifecycle, as an XState v5 machine: `requested` → `approved` | `refused`,
 * then `awaiting_return` → `received` → `inspected` → `resolved` → `closed`.
 *
 * Two shortcuts exist because real returns take them: an approved return may be `received`
 * without a label having been issued (the buyer sent it by their own means), and an approved or
 * awaited return may be `resolved` without coming back (a refund without return, or a return
 * the buyer never sent, settled as `reject`), so that no return blocks its order for ever.
 * The machine has no context and no guards.
 *
 * @example
 * ```ts
 * import { initialTransition, transition } from 'xstate';
 * const [start] = initialTransition(rmaMachine);
 * const [next] = transition(rmaMachine, start, { type: 'return.approved' });
 * next.value; // 'approved'
 * ```
 */
export const rmaMachine = setup({
  types: { events: {} as RmaMachineEvent },
}).createMachine({
  id: 'rma',
  initial: 'requested',
  states: {
    requested: {
      on: { 'return.approved': 'approved', 'return.refused': 'refused' },
    },
    approved: {
      on: {
        'return.label_issued': 'awaiting_return',
        'return.received': 'received',
        'return.resolved': 'resolved',
      },
    },
    refused: { type: 'final' },
    awaiting_return: {
      on: { 'return.received': 'received', 'return.resolved': 'resolved' },
    },
    received: {
      on: { 'return.received': 'received', 'return.inspected': 'inspected' },
    },
    inspected: {
      on: { 'return.resolved': 'resolved' },
    },
    resolved: {
      on: { 'return.closed': 'closed' },
    },
    closed: { type: 'final' },
  },
});
