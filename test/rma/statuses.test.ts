import { describe, expect, it } from 'vitest';
import { isRmaStatus, rmaStatuses } from '../../src/index.js';

describe('rma statuses', () => {
  it('are the eight statuses of a return', () => {
    expect(rmaStatuses).toEqual([
      'requested',
      'approved',
      'refused',
      'awaiting_return',
      'received',
      'inspected',
      'resolved',
      'closed',
    ]);
  });

  it('isRmaStatus recognises them and nothing else', () => {
    for (const status of rmaStatuses) expect(isRmaStatus(status)).toBe(true);
    for (const value of ['returned', 'REQUESTED', '', null, 7, 'hasOwnProperty']) {
      expect(isRmaStatus(value)).toBe(false);
    }
  });
});
