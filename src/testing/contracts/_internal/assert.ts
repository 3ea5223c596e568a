import type { Result } from '../../../result/index.js';

/** How a contract test reports a broken rule: an `Error` with a sentence saying what was wrong. */
export class ContractViolation extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContractViolation';
  }
}

/** A value in a message, shortened to stay readable. */
export function show(value: unknown): string {
  let text: string;
  try {
    text = value === undefined ? 'undefined' : JSON.stringify(value);
  } catch {
    text = String(value);
  }
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

/** Fails with `message` unless `condition` holds. */
export function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new ContractViolation(message);
}

/** Structural equality of JSON-like data (key order ignored, `undefined` keys = absent). */
function isSameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => isSameData(x, b[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const ka = Object.keys(ra).filter((k) => ra[k] !== undefined);
  const kb = Object.keys(rb).filter((k) => rb[k] !== undefined);
  return (
    ka.length === kb.length && ka.every((k) => Object.hasOwn(rb, k) && isSameData(ra[k], rb[k]))
  );
}

/** Fails unless `actual` is the same data as `expected`. */
export function checkSame(actual: unknown, expected: unknown, what: string): void {
  check(isSameData(actual, expected), `${what}: expected ${show(expected)}, got ${show(actual)}`);
}

/** Fails unless two instants are the same moment (stores may write instants in their own form). */
export function checkSameInstant(actual: string | undefined, expected: string, what: string): void {
  check(
    actual !== undefined && Date.parse(actual) === Date.parse(expected),
    `${what}: expected the instant ${expected}, got ${show(actual)}`,
  );
}

/** The value of an ok result; fails with the error otherwise. */
export function checkOk<T, E>(result: Result<T, E>, what: string): T {
  if (!result.ok) throw new ContractViolation(`${what}: expected ok, got ${show(result.error)}`);
  return result.value;
}

/** The error of a failed result with this code; fails otherwise. */
export function checkErr<T, E extends { readonly code: string }, C extends E['code']>(
  result: Result<T, E>,
  code: C,
  what: string,
): Extract<E, { code: C }> {
  if (result.ok) throw new ContractViolation(`${what}: expected ${code}, got ok`);
  check(result.error.code === code, `${what}: expected ${code}, got ${show(result.error)}`);
  return result.error as Extract<E, { code: C }>;
}

/** The ids of a list of records, for messages and comparisons. */
export function idsOf(
  items: readonly { readonly state: { readonly orderId: string } }[],
): string[] {
  return items.map((r) => r.state.orderId);
}
