/**
 * A deep copy of plain JSON-like data (objects, arrays, primitives), as the ports exchange it:
 * about ten times faster than `structuredClone` on an order's state. An own `__proto__` key
 * (an id chosen by a channel, say) is copied as data, never as the copy's prototype.
 *
 * An object reached twice (the order inside a captured event and inside the state after it) is
 * copied once and shared in the copy the same way, so a batch costs one copy of its order,
 * not one per place it appears.
 *
 * @param value - plain data, without cycles, dates or class instances
 * @returns a copy that shares no object with `value`
 */
export function copyData<T>(value: T): T {
  return copy(value, new Map()) as T;
}

function copy(value: unknown, seen: Map<object, unknown>): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const known = seen.get(value);
  if (known !== undefined) return known;
  if (Array.isArray(value)) {
    const out: unknown[] = new Array<unknown>(value.length);
    seen.set(value, out);
    for (let i = 0; i < value.length; i++) out[i] = copy(value[i], seen);
    return out;
  }
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  seen.set(value, out);
  // for…in with an own-property check: the same keys as Object.keys, without allocating them.
  for (const key in source) {
    if (!Object.hasOwn(source, key)) continue;
    const item = copy(source[key], seen);
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
