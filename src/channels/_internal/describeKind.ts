/**
 * What kind of value a non-string is, in a few words for error messages and hold notes:
 * `null`, `undefined`, `an array`, `an object`, `a number`. Never shows the value itself.
 */
export function describeKind(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'object' ? 'an object' : `a ${type}`;
}
