import { describe, expect, it } from 'vitest';
import {
  categorizeHold,
  holdReasons,
  type HoldCategory,
  type HoldReason,
} from '../../src/index.js';

// The operator queues of DESIGN.md, written out by hand: something to check, something to
// supply, something to retry once its cause is gone (a partner system, stock to come).
const queues: Readonly<Record<HoldCategory, readonly HoldReason[]>> = {
  to_verify: [
    'address_invalid',
    'totals_mismatch',
    'stock_discrepancy',
    'high_value_needs_approval',
    'suspected_fraud',
    'channel_conflict',
    'manual',
  ],
  to_complete: ['address_incomplete', 'phone_missing'],
  to_retry: ['label_refused', 'carrier_error', 'effect_failed', 'backorder'],
};

describe('categorizeHold', () => {
  it.each(
    Object.entries(queues).flatMap(([queue, reasons]) => reasons.map((r) => [r, queue] as const)),
  )('puts %s in %s', (reason, queue) => {
    expect(categorizeHold(reason)).toBe(queue);
  });

  it('has a queue for every hold reason, back-ordered units waiting for stock included', () => {
    expect(Object.values(queues).flat().sort()).toEqual([...holdReasons].sort());
    expect(holdReasons).toContain('backorder');
  });
});
