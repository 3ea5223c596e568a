/**
 * Where the engine reads the time: the only source of "now" in ordokit. Hosts pass a clock
 * that reads the system time; tests pass a manual clock they move by hand
 * (`createManualClock` in `ordokit/memory`).
 *
 * @example
 * ```ts
 * const systemClock: Clock = { now: () => new Date().toISOString() };
 * ```
 */
export interface Clock {
  /** The current instant, ISO 8601 in UTC with a `Z`: `'2025-03-01T09:30:00.000Z'`. */
  now(): string;
}
