/** A count read from outside: a whole number ≥ 0 (its floor), 0 for anything else. */
export function toUnits(value: unknown): number {
  if (typeof value !== 'number' || !(value > 0)) return 0;
  return Math.min(Math.floor(value), Number.MAX_SAFE_INTEGER);
}

/** The sum of two counts, capped at the largest safe integer. */
export function addUnits(a: number, b: number): number {
  return Math.min(a + b, Number.MAX_SAFE_INTEGER);
}
