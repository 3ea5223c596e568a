import { initialTransition, transition } from 'xstate';
import { describe, expect, it } from 'vitest';
import {
  rmaMachine,
  rmaMachineEventTypes,
  rmaStatuses,
  rmaTransitions,
  type RmaMachineEventType,
  type RmaStatus,
} from '../../src/index.js';

// By hand: from each status, the events allowed and where they lead.
const allowed: Readonly<Record<RmaStatus, Partial<Record<RmaMachineEventType, RmaStatus>>>> = {
  requested: { 'return.approved': 'approved', 'return.refused': 'refused' },
  approved: {
    'return.label_issued': 'awaiting_return',
    'return.received': 'received',
    'return.resolved': 'resolved',
  },
  refused: {},
  awaiting_return: { 'return.received': 'received', 'return.resolved': 'resolved' },
  received: { 'return.received': 'received', 'return.inspected': 'inspected' },
  inspected: { 'return.resolved': 'resolved' },
  resolved: { 'return.closed': 'closed' },
  closed: {},
};

describe('rmaMachine', () => {
  it('starts at requested; refused and closed are final', () => {
    expect(initialTransition(rmaMachine)[0].value).toBe('requested');
    expect(rmaTransitions.initial).toBe('requested');
    expect([...rmaTransitions.finals]).toEqual(['refused', 'closed']);
  });

  const cases = rmaStatuses.flatMap((from) =>
    rmaMachineEventTypes.map((event) => [from, event, allowed[from][event]] as const),
  );

  it.each(cases)('%s × %s → %s', (from, event, expected) => {
    const snapshot = rmaMachine.resolveState({ value: from });
    expect(snapshot.can({ type: event })).toBe(expected !== undefined);
    if (expected !== undefined) {
      expect(transition(rmaMachine, snapshot, { type: event })[0].value).toBe(expected);
    }
    expect(rmaTransitions.next(from, event)).toBe(expected);
  });

  it('goes through the whole return: requested to closed', () => {
    const path: RmaMachineEventType[] = [
      'return.approved',
      'return.label_issued',
      'return.received',
      'return.inspected',
      'return.resolved',
      'return.closed',
    ];
    let [snapshot] = initialTransition(rmaMachine);
    for (const type of path) [snapshot] = transition(rmaMachine, snapshot, { type });
    expect(snapshot.value).toBe('closed');
    expect(snapshot.status).toBe('done');
  });
});
