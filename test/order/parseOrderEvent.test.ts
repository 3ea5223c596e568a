import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { orderEventTypes, parseOrderEvent } from '../../src/index.js';
import { fullLifecycle, runAll } from './_lifecycle.js';

describe('parseOrderEvent', () => {
  it('reads back every event of a lifecycle, unchanged', () => {
    for (const event of runAll(fullLifecycle()).events) {
      expect(parseOrderEvent(JSON.parse(JSON.stringify(event)))).toEqual({
        ok: true,
        value: event,
      });
    }
  });

  it('names an unknown type and lists the known ones', () => {
    expect(parseOrderEvent({ type: 'order.shipped' })).toEqual({
      ok: false,
      error: [
        {
          code: 'order/schema_invalid',
          path: ['type'],
          expected: {
            kind: 'one_of',
            values: orderEventTypes.slice(0, 12),
            total: orderEventTypes.length,
          },
          received: { kind: 'string', length: 13 },
        },
      ],
    });
  });

  it('reports wrong envelope fields with their paths', () => {
    const result = parseOrderEvent({
      type: 'order.accepted',
      orderId: 'O1',
      seq: 0,
      at: '2025-03-01 10:00',
      actor: { kind: 'robot', id: 'r' },
      data: {},
    });
    expect(result.ok ? [] : result.error.map((i) => ('path' in i ? i.path : []))).toEqual([
      ['seq'],
      ['at'],
      ['actor', 'kind'],
    ]);
  });

  it('refuses unknown keys, even __proto__', () => {
    const input: unknown = JSON.parse(
      '{"type":"note.added","orderId":"O1","seq":2,"at":"2025-03-01T10:00:00Z","actor":{"kind":"user","id":"u"},"data":{"text":"hi","__proto__":{"x":1}}}',
    );
    expect(parseOrderEvent(input)).toEqual({
      ok: false,
      error: [
        {
          code: 'order/schema_invalid',
          path: ['data', '__proto__'],
          expected: { kind: 'known_key' },
          received: { kind: 'object' },
        },
      ],
    });
  });

  test.prop([fc.oneof(fc.jsonValue(), fc.anything())], { numRuns: 1000 })(
    'never throws and always answers with typed issues',
    (input) => {
      const result = parseOrderEvent(input);
      if (!result.ok) {
        expect(result.error.length).toBeGreaterThan(0);
        for (const issue of result.error) expect(issue.code).toMatch(/^order\//);
      }
    },
  );
});
