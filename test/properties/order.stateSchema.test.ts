import { test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { apply, OrderStateSchema, type OrderState } from '../../src/index.js';
import { arbitraryOrderHistory } from '../../src/testing/index.js';

/** The first issue of a failed parse, readable in a test report. */
function firstIssue(state: OrderState): string | undefined {
  const parsed = OrderStateSchema.safeParse(state);
  if (parsed.success) return undefined;
  const [issue] = parsed.error.issues;
  return `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`;
}

describe('OrderStateSchema', () => {
  test.prop([arbitraryOrderHistory()], { numRuns: 1000 })(
    'every state apply makes along a generated history parses, also after a JSON round trip',
    (history) => {
      let state: OrderState | undefined;
      for (const event of history.events) {
        state = apply(state, event);
        expect(firstIssue(state)).toBeUndefined();
      }
      const stored = JSON.parse(JSON.stringify(history.state)) as OrderState;
      expect(firstIssue(stored)).toBeUndefined();
      expect(OrderStateSchema.parse(stored)).toEqual(history.state);
    },
  );

  test.prop([arbitraryOrderHistory()], { numRuns: 200 })(
    'a state with a wrong field fails',
    (history) => {
      const broken = { ...history.state, version: -1 };
      expect(OrderStateSchema.safeParse(broken).success).toBe(false);
      const extra = { ...history.state, secret: true };
      expect(OrderStateSchema.safeParse(extra).success).toBe(false);
    },
  );
});
