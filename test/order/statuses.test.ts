import { describe, expect, it } from 'vitest';
import { isOrderStatus, orderStatuses } from '../../src/index.js';

describe('order statuses', () => {
  it('are the eight states of the order lifecycle', () => {
    expect(orderStatuses).toEqual([
      'created',
      'accepted',
      'in_preparation',
      'shipped',
      'delivered',
      'closed',
      'cancelled',
      'refused',
    ]);
  });

  it('isOrderStatus recognises them and nothing else', () => {
    for (const status of orderStatuses) expect(isOrderStatus(status)).toBe(true);
    for (const value of ['partially_shipped', 'Created', '', null, 1, {}, 'toString']) {
      expect(isOrderStatus(value)).toBe(false);
    }
  });
});
