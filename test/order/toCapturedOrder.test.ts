import { test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { decide, toCapturedOrder } from '../../src/index.js';
import { arbitraryOrder } from '../../src/testing/index.js';

describe('toCapturedOrder', () => {
  test.prop([arbitraryOrder()], { numRuns: 200 })(
    'keeps ordered units only and drops parcels',
    (order) => {
      const captured = toCapturedOrder(order);
      expect(captured.parcels).toBeUndefined();
      captured.lines.forEach((line, i) => {
        expect(line.quantities).toEqual({
          ordered: order.lines[i]?.quantities.ordered,
          cancelled: 0,
          allocated: 0,
          shipped: 0,
          delivered: 0,
          returned: 0,
          refunded: 0,
        });
      });
      expect(
        decide(undefined, {
          type: 'capture',
          at: order.placedAt,
          actor: { kind: 'channel', id: 'c' },
          order: captured,
          needsAcceptance: true,
        }).ok,
      ).toBe(true);
    },
  );

  test.prop([arbitraryOrder()], { numRuns: 200 })(
    'is idempotent, and gives back an order already in that form unchanged',
    (order) => {
      const captured = toCapturedOrder(order);
      expect(toCapturedOrder(captured)).toBe(captured);
      expect(toCapturedOrder(captured)).toEqual(toCapturedOrder(structuredClone(order)));
    },
  );
});
