import type { IdGenerator, IdKind } from '../../ports/index.js';

/** Digits of the counter: ids of one kind sort in creation order up to 999,999. */
const WIDTH = 6;

/** A one-line prefix without spaces, at most 64 characters (ids stay within 128). */
const prefixPattern = /^[^\s]{1,64}$/;

/**
 * Creates an id generator that counts, one counter per kind: `order-000001`,
 * `order-000002`, `hold-000001`… Ids are deterministic, so test expectations and demo
 * output are stable, and zero-padded, so they sort in creation order.
 *
 * @param prefix - prepended with a `-` (`'a'` → `a-order-000001`), to tell generators apart
 * @returns a fresh generator; each one counts from 1
 * @throws RangeError when `prefix` is empty, longer than 64 characters or contains white space
 * @example
 * ```ts
 * const ids = createSequentialIds();
 * ids.next('order'); // 'order-000001'
 * ids.next('hold'); // 'hold-000001'
 * ids.next('order'); // 'order-000002'
 * ```
 */
export function createSequentialIds(prefix?: string): IdGenerator {
  if (prefix !== undefined && !prefixPattern.test(prefix)) {
    throw new RangeError(
      'createSequentialIds: prefix must be 1 to 64 characters without white space',
    );
  }
  const head = prefix === undefined ? '' : `${prefix}-`;
  const counters = new Map<IdKind, number>();
  return {
    next(kind) {
      const n = (counters.get(kind) ?? 0) + 1;
      counters.set(kind, n);
      return `${head}${kind}-${String(n).padStart(WIDTH, '0')}`;
    },
  };
}
