/** `Array.isArray` that never throws: a revoked Proxy counts as not an array. */
export function isArrayValue(value: unknown): boolean {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}
