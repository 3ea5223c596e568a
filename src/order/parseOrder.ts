import { err, ok, type Result } from '../result/index.js';
import type { OrderIssue } from './errors.js';
import { OrderSchema, type Order } from './schema.js';
import { toOrderIssues } from './_internal/toOrderIssues.js';

/**
 * Reads a canonical order from untrusted data (a mapped channel payload, a stored JSON). Never
 * throws, whatever the input: `__proto__` keys, `1e400`, `NaN`, `'Infinity'`, negative or
 * fractional quantities, unknown currencies and wrong types all come back as typed issues.
 *
 * Shape problems are `order/schema_invalid` issues (`path`, `expected`, `received`); the
 * cross-field rules, checked unless some value has the wrong type, have their own codes:
 * `order/line_id_duplicate`, `order/line_price_missing`, `order/currency_mismatch`,
 * `order/parcel_line_unknown`. It does not check that the totals add up: see `validateTotals`.
 *
 * @param input - anything, typically a parsed JSON value
 * @returns the order (a new object, without unknown keys of money and address objects), or
 *   every issue found
 * @example
 * ```ts
 * const parsed = parseOrder(JSON.parse(body));
 * if (!parsed.ok) for (const issue of parsed.error) console.log(formatError(issue, 'fr'));
 * ```
 */
export function parseOrder(input: unknown): Result<Order, readonly OrderIssue[]> {
  try {
    const parsed = OrderSchema.safeParse(input);
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
