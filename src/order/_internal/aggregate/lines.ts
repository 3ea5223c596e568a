import type { LineQuantities, OrderLine } from '../../lineSchema.js';
import { copyLine } from './copy.js';

/** Above this many lines, a lookup by id builds a Map instead of scanning. */
const SCAN_LIMIT = 24;

/**
 * Finds lines by id: a linear scan for the usual small orders, a Map built once for large ones.
 */
export interface LineFinder {
  readonly indexOf: (lineId: string) => number;
}

/** Makes a {@link LineFinder} over `lines`. */
export function findLines(lines: readonly OrderLine[]): LineFinder {
  if (lines.length <= SCAN_LIMIT) {
    return {
      indexOf: (lineId) => {
        for (let i = 0; i < lines.length; i++) if (lines[i]?.lineId === lineId) return i;
        return -1;
      },
    };
  }
  const index = new Map<string, number>();
  lines.forEach((line, i) => {
    if (!index.has(line.lineId)) index.set(line.lineId, i);
  });
  return { indexOf: (lineId) => index.get(lineId) ?? -1 };
}

/** One change of a line's quantities: add `quantity` to `field`. */
export type QuantityField = keyof LineQuantities;

/** Finds a line's index by id (a scan: orders have few lines; -1 when absent). */
function indexOfLine(lines: readonly OrderLine[], lineId: string): number {
  for (let i = 0; i < lines.length; i++) if ((lines[i] as OrderLine).lineId === lineId) return i;
  return -1;
}

/**
 * Quantities with `n` added to `field`. Every field is written out so that all quantities
 * objects share one shape (a computed key after a spread is a slow path in V8).
 */
function addQuantity(q: LineQuantities, field: QuantityField, n: number): LineQuantities {
  return {
    ordered: field === 'ordered' ? q.ordered + n : q.ordered,
    cancelled: field === 'cancelled' ? q.cancelled + n : q.cancelled,
    allocated: field === 'allocated' ? q.allocated + n : q.allocated,
    shipped: field === 'shipped' ? q.shipped + n : q.shipped,
    delivered: field === 'delivered' ? q.delivered + n : q.delivered,
    returned: field === 'returned' ? q.returned + n : q.returned,
    refunded: field === 'refunded' ? q.refunded + n : q.refunded,
  };
}

/**
 * Returns new lines where each entry's quantity is added to `field` of its line (entries for
 * unknown lines are skipped; `apply` is total). Lines not named are shared, not copied.
 */
export function addToLines(
  lines: readonly OrderLine[],
  entries: readonly { readonly lineId: string; readonly quantity: number }[],
  field: QuantityField,
): OrderLine[] {
  const out = lines.slice();
  const finder = lines.length > SCAN_LIMIT ? findLines(lines) : undefined;
  for (const entry of entries) {
    const i =
      finder === undefined ? indexOfLine(lines, entry.lineId) : finder.indexOf(entry.lineId);
    const line = out[i];
    if (line === undefined) continue;
    out[i] = copyLine(line, addQuantity(line.quantities, field, entry.quantity));
  }
  return out;
}

/**
 * Returns new lines with cancelled units added: the unallocated units go first, then allocated
 * units not yet packed (which stop being allocated). Conservation holds:
 * `ordered = cancelled + unallocated + allocated`.
 */
export function cancelOnLines(
  lines: readonly OrderLine[],
  entries: readonly { readonly lineId: string; readonly quantity: number }[],
): OrderLine[] {
  const out = lines.slice();
  const finder = lines.length > SCAN_LIMIT ? findLines(lines) : undefined;
  for (const entry of entries) {
    const i =
      finder === undefined ? indexOfLine(lines, entry.lineId) : finder.indexOf(entry.lineId);
    const line = out[i];
    if (line === undefined) continue;
    const q = line.quantities;
    const unallocated = Math.max(0, q.ordered - q.cancelled - q.allocated);
    const fromAllocated = Math.max(0, entry.quantity - unallocated);
    out[i] = copyLine(line, {
      ordered: q.ordered,
      cancelled: q.cancelled + entry.quantity,
      allocated: Math.max(0, q.allocated - fromAllocated),
      shipped: q.shipped,
      delivered: q.delivered,
      returned: q.returned,
      refunded: q.refunded,
    });
  }
  return out;
}

/**
 * Sums entries per line id, keeping first-appearance order. Used to check a command's
 * quantities line by line (a command may name a line twice).
 */
export function sumPerLine(
  entries: readonly { readonly lineId: string; readonly quantity: number }[],
): Map<string, number> {
  const sums = new Map<string, number>();
  for (const e of entries) sums.set(e.lineId, (sums.get(e.lineId) ?? 0) + e.quantity);
  return sums;
}

/** Reads an entry of a record by own key only (an id such as `__proto__` is just an id). */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Sets an own data property, even for the key `__proto__` (plain assignment would set the prototype). */
function put<T>(target: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else target[key] = value;
}

/**
 * Returns a copy of `record` with `key` set to `value` (an own data property, whatever the
 * key). Copies key by key: in V8, adding a key to an object made by spreading is a slow path.
 */
export function withEntry<T>(
  record: Readonly<Record<string, T>>,
  key: string,
  value: T,
): Record<string, T> {
  const copy: Record<string, T> = {};
  for (const k in record) put(copy, k, record[k] as T);
  put(copy, key, value);
  return copy;
}
