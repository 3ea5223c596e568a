import { describe, expect, it } from 'vitest';
import { isParcelStatus, parcelStatuses } from '../../src/index.js';

describe('parcel statuses', () => {
  it('are the eleven tracking statuses', () => {
    expect(parcelStatuses).toEqual([
      'label_created',
      'picked_up',
      'in_transit',
      'out_for_delivery',
      'delivered',
      'attempt_failed',
      'available_for_pickup',
      'exception',
      'returned_to_sender',
      'lost',
      'damaged',
    ]);
  });

  it('isParcelStatus recognises them and nothing else', () => {
    for (const status of parcelStatuses) expect(isParcelStatus(status)).toBe(true);
    for (const value of ['shipped', 'IN_TRANSIT', '', undefined, 0, [], 'constructor']) {
      expect(isParcelStatus(value)).toBe(false);
    }
  });
});
