import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parseOrderCommand } from '../../src/index.js';
import { fullLifecycle } from './_lifecycle.js';

describe('parseOrderCommand', () => {
  it('reads back every command of a lifecycle, unchanged', () => {
    for (const command of fullLifecycle()) {
      expect(parseOrderCommand(JSON.parse(JSON.stringify(command)))).toEqual({
        ok: true,
        value: command,
      });
    }
  });

  it('reports problems as typed issues with paths from the command root', () => {
    const result = parseOrderCommand({
      type: 'issueRefund',
      at: '2025-03-01T10:00:00Z',
      actor: { kind: 'user', id: 'u' },
      refundId: 'F1',
      lines: [{ lineId: 'L1', quantity: -1, amount: { amount: 12.5, currency: 'EUR' } }],
    });
    expect(result).toEqual({
      ok: false,
      error: [
        {
          code: 'order/schema_invalid',
          path: ['lines', 0, 'quantity'],
          expected: { kind: 'min', of: 'value', bound: 0, inclusive: true },
          received: { kind: 'number', value: -1 },
        },
        {
          code: 'order/schema_invalid',
          path: ['lines', 0, 'amount', 'amount'],
          expected: { kind: 'format', format: 'decimal' },
          received: { kind: 'number', value: 12.5 },
        },
      ],
    });
  });

  it('refuses a missing type, a non-object and an unreadable object', () => {
    expect(parseOrderCommand({})).toMatchObject({
      ok: false,
      error: [{ path: ['type'], received: { kind: 'missing' } }],
    });
    expect(parseOrderCommand('accept')).toMatchObject({ ok: false, error: [{ path: [] }] });
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(parseOrderCommand(revoked.proxy)).toMatchObject({
      ok: false,
      error: [{ code: 'order/schema_invalid' }],
    });
  });

  test.prop([fc.oneof(fc.jsonValue(), fc.anything())], { numRuns: 1000 })(
    'never throws and always answers with typed issues',
    (input) => {
      const result = parseOrderCommand(input);
      if (!result.ok) {
        expect(result.error.length).toBeGreaterThan(0);
        for (const issue of result.error) expect(issue.code).toMatch(/^order\//);
      }
    },
  );
});
