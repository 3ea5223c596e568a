import type { ReceivedValue } from '../errors.js';

/** Marks a property that is absent from its object (or a path that leads nowhere). */
const missing: unique symbol = Symbol('missing');

/**
 * Reads the value at `path` in untrusted data, through own properties only. Never throws: an
 * unreadable property (a throwing getter, a revoked proxy) reads as missing.
 */
export function readPath(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return missing;
    try {
      if (!Object.hasOwn(current, key)) return missing;
      current = (current as Record<PropertyKey, unknown>)[key];
    } catch {
      return missing;
    }
  }
  return current;
}

function isArray(value: unknown): boolean {
  try {
    return Array.isArray(value);
  } catch {
    return false; // a revoked proxy
  }
}

function readArrayLength(value: readonly unknown[]): ReceivedValue {
  try {
    return { kind: 'array', length: value.length };
  } catch {
    return { kind: 'unreadable' }; // a proxy whose `get` trap throws
  }
}

/**
 * Describes a value for an issue without quoting text (which may be personal data): its kind,
 * with the number or boolean itself, and the length of strings and arrays.
 *
 * @example
 * ```ts
 * describeValue(-1); // { kind: 'number', value: -1 }
 * describeValue(Number.NaN); // { kind: 'nan' }
 * describeValue('abc'); // { kind: 'string', length: 3 }
 * ```
 */
export function describeValue(value: unknown): ReceivedValue {
  if (value === missing) return { kind: 'missing' };
  if (value === null) return { kind: 'null' };
  if (isArray(value)) return readArrayLength(value as unknown[]);
  switch (typeof value) {
    case 'number':
      if (Number.isNaN(value)) return { kind: 'nan' };
      return Number.isFinite(value)
        ? { kind: 'number', value }
        : { kind: 'infinity', negative: value < 0 };
    case 'string':
      return { kind: 'string', length: value.length };
    case 'boolean':
      return { kind: 'boolean', value };
    case 'undefined':
      return { kind: 'undefined' };
    case 'bigint':
      return { kind: 'other', type: 'bigint' };
    case 'symbol':
      return { kind: 'other', type: 'symbol' };
    case 'function':
      return { kind: 'other', type: 'function' };
    default:
      return { kind: 'object' };
  }
}
