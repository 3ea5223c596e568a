import type { z } from 'zod';
import { err, ok, type Result } from '../../result/index.js';
import type { OrderIssue } from '../errors.js';
import { describeValue, readPath } from './describeValue.js';
import { toOrderIssues } from './toOrderIssues.js';

/**
 * Parses untrusted data with a union schema discriminated by `type`, never throwing: an
 * unknown `type` is one `order/schema_invalid` issue at `['type']` listing the known types;
 * other problems are mapped by `toOrderIssues`.
 */
export function parseWith<T>(
  schema: z.ZodType<T>,
  types: readonly string[],
  input: unknown,
): Result<T, readonly OrderIssue[]> {
  try {
    if (typeof input === 'object' && input !== null && !Array.isArray(input)) {
      const type = readPath(input, ['type']);
      if (typeof type !== 'string' || !types.includes(type)) {
        return err([
          {
            code: 'order/schema_invalid',
            path: ['type'],
            expected: { kind: 'one_of', values: types.slice(0, 12), total: types.length },
            received: describeValue(type),
          },
        ]);
      }
    }
    const parsed = schema.safeParse(input);
    return parsed.success ? ok(parsed.data) : err(toOrderIssues(parsed.error.issues, input));
  } catch {
    // Only reachable with exotic objects (throwing getters, revoked proxies): not JSON data.
    return err([
      {
        code: 'order/schema_invalid',
        path: [],
        expected: { kind: 'plain_data' },
        received: { kind: 'unreadable' },
      },
    ]);
  }
}
