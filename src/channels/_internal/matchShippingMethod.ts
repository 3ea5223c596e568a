import type { ShippingMethodMatch } from '../shippingMethods.js';

/** A text as `ignore_case` and `prefix` compare it: trimmed and lower-cased. */
function normalizeMethod(text: string): string {
  return text.trim().toLowerCase();
}

/** Whether a method (a string) satisfies a rule's match. */
export function matchesShippingMethod(match: ShippingMethodMatch, method: string): boolean {
  switch (match.kind) {
    case 'exact':
      return method === match.value;
    case 'ignore_case':
      return normalizeMethod(method) === normalizeMethod(match.value);
    case 'prefix':
      return normalizeMethod(method).startsWith(normalizeMethod(match.value));
    default:
      return false;
  }
}

/**
 * Whether every method `later` matches is also matched by `earlier`, so that a rule with `later`
 * placed after one with `earlier` (for the same channels) can never be chosen.
 */
export function coversShippingMethodMatch(
  earlier: ShippingMethodMatch,
  later: ShippingMethodMatch,
): boolean {
  switch (later.kind) {
    case 'exact':
      return matchesShippingMethod(earlier, later.value);
    case 'ignore_case':
      return earlier.kind !== 'exact' && matchesShippingMethod(earlier, later.value);
    case 'prefix':
      return (
        earlier.kind === 'prefix' &&
        normalizeMethod(later.value).startsWith(normalizeMethod(earlier.value))
      );
    default:
      return false;
  }
}
