import { describe, expect, it } from 'vitest';
import { orderTransitions, parcelTransitions, rmaTransitions } from '../../src/index.js';
import { contexts } from './_machineContexts.js';

describe('the compiled tables of order, parcel and rma', () => {
  it('are frozen', () => {
    for (const table of [orderTransitions, parcelTransitions, rmaTransitions]) {
      expect(Object.isFrozen(table)).toBe(true);
      expect(Object.isFrozen(table.transitions)).toBe(true);
    }
  });

  it('answer as their doc comments say', () => {
    expect(orderTransitions.next('delivered', 'order.closed', contexts.allDelivered)).toBe(
      'closed',
    );
    expect(orderTransitions.next('delivered', 'order.closed', contexts.openReturn)).toBe(undefined);
    expect(parcelTransitions.next('in_transit', 'out_for_delivery')).toBe('out_for_delivery');
    expect(parcelTransitions.next('delivered', 'in_transit')).toBe(undefined);
    expect(rmaTransitions.next('requested', 'return.approved')).toBe('approved');
  });
});
