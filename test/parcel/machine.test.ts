import { initialTransition, transition } from 'xstate';
import { describe, expect, it } from 'vitest';
import {
  parcelMachine,
  parcelStatuses,
  parcelTransitions,
  type ParcelStatus,
} from '../../src/index.js';

// The moves carriers make, by hand: from each status, the statuses a next scan may report.
const allowed: Readonly<Record<ParcelStatus, readonly ParcelStatus[]>> = {
  label_created: ['picked_up', 'in_transit', 'exception', 'lost'],
  picked_up: ['in_transit', 'out_for_delivery', 'delivered', 'exception', 'lost', 'damaged'],
  in_transit: [
    'in_transit',
    'out_for_delivery',
    'delivered',
    'attempt_failed',
    'available_for_pickup',
    'exception',
    'returned_to_sender',
    'lost',
    'damaged',
  ],
  out_for_delivery: [
    'delivered',
    'attempt_failed',
    'available_for_pickup',
    'exception',
    'lost',
    'damaged',
  ],
  attempt_failed: [
    'out_for_delivery',
    'in_transit',
    'delivered',
    'available_for_pickup',
    'exception',
    'returned_to_sender',
  ],
  available_for_pickup: ['delivered', 'exception', 'returned_to_sender', 'lost'],
  exception: [
    'exception',
    'in_transit',
    'out_for_delivery',
    'delivered',
    'available_for_pickup',
    'returned_to_sender',
    'lost',
    'damaged',
  ],
  delivered: [],
  returned_to_sender: [],
  lost: [],
  damaged: [],
};

describe('parcelMachine', () => {
  it('starts at label_created', () => {
    expect(initialTransition(parcelMachine)[0].value).toBe('label_created');
    expect(parcelTransitions.initial).toBe('label_created');
  });

  it('has delivered, returned_to_sender, lost and damaged as final statuses', () => {
    expect([...parcelTransitions.finals]).toEqual([
      'delivered',
      'returned_to_sender',
      'lost',
      'damaged',
    ]);
  });

  const cases = parcelStatuses.flatMap((from) =>
    parcelStatuses.map((to) => [from, to, allowed[from].includes(to)] as const),
  );

  it.each(cases)('%s, then a %s scan: allowed %s', (from, to, isAllowed) => {
    const snapshot = parcelMachine.resolveState({ value: from });
    expect(snapshot.can({ type: to })).toBe(isAllowed);
    if (isAllowed) expect(transition(parcelMachine, snapshot, { type: to })[0].value).toBe(to);
    expect(parcelTransitions.next(from, to)).toBe(isAllowed ? to : undefined);
  });

  it('never goes back to label_created', () => {
    for (const from of parcelStatuses)
      expect(parcelTransitions.next(from, 'label_created')).toBe(undefined);
  });
});
