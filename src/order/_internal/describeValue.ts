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

/**
 * Describes a value for an issue without quoting text (which may be personal data): its kind,
 * with the number itself for numbers and the length for strings and arrays.
 *
 * @example
 * ```ts
 * describeValue(-1); // 'number -1'
 * describeValue(Number.NaN); // 'NaN'
 * describeValue('abc'); // 'string (3 characters)'
 * ```
 */
export function describeValue(value: unknown): string {
  if (value === missing) return 'missing';
  if (value === null) return 'null';
  if (isArray(value)) return `array (${(value as unknown[]).length} items)`;
  switch (typeof value) {
    case 'number':
      return Number.isNaN(value)
        ? 'NaN'
        : Number.isFinite(value)
          ? `number ${value}`
          : String(value);
    case 'string':
      return `string (${value.length} characters)`;
    case 'boolean':
      return `boolean ${value}`;
    default:
      return typeof value;
  }
}
