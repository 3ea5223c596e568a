import { tz } from '@date-fns/tz';
import { addDays, addHours, addMilliseconds, addMinutes, addSeconds } from 'date-fns';
import type { Clock } from '../../ports/index.js';

/** How far to move a {@link ManualClock}: whole units, added largest first (may be negative). */
export interface ClockAdvance {
  /** Calendar days in UTC (always 24 hours: UTC has no daylight saving). */
  readonly days?: number;
  readonly hours?: number;
  readonly minutes?: number;
  readonly seconds?: number;
  readonly milliseconds?: number;
}

/** A {@link Clock} that only moves when told to: the clock of tests and demos. */
export interface ManualClock extends Clock {
  /**
   * Moves the clock to an instant.
   *
   * @param iso - an ISO 8601 instant (any offset; `now()` gives it back in UTC with a `Z`)
   * @throws RangeError when `Date.parse` cannot read `iso`
   */
  set(iso: string): void;
  /**
   * Moves the clock by a duration.
   *
   * @param by - the units to add (whole numbers; negative moves it back)
   * @returns the new `now()`
   * @throws RangeError when a unit is not an integer
   */
  advance(by: ClockAdvance): string;
}

const utc = tz('UTC');

function readStart(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`createManualClock: not an ISO 8601 instant: ${iso}`);
  return ms;
}

function amount(by: ClockAdvance, unit: keyof ClockAdvance): number {
  const value = by[unit] ?? 0;
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`ManualClock.advance: ${unit} must be an integer, got ${value}`);
  }
  return value;
}

/**
 * Creates a clock that reads a time set by hand, for deterministic tests and demos. `now()`
 * returns the instant in `toISOString()` form (`'2025-03-01T09:00:00.000Z'`).
 *
 * @param start - the first instant, ISO 8601 (any offset)
 * @returns a clock with `set` and `advance`
 * @throws RangeError when `Date.parse` cannot read `start`
 * @example
 * ```ts
 * const clock = createManualClock('2025-03-01T09:00:00Z');
 * clock.advance({ days: 14, minutes: 1 });
 * clock.now(); // '2025-03-15T09:01:00.000Z'
 * ```
 */
export function createManualClock(start: string): ManualClock {
  let current = readStart(start);
  const now = () => new Date(current).toISOString();
  return {
    now,
    set(iso) {
      current = readStart(iso);
    },
    advance(by) {
      const days = amount(by, 'days');
      const hours = amount(by, 'hours');
      const minutes = amount(by, 'minutes');
      const seconds = amount(by, 'seconds');
      const milliseconds = amount(by, 'milliseconds');
      let next: Date = addDays(current, days, { in: utc });
      next = addHours(next, hours);
      next = addMinutes(next, minutes);
      next = addSeconds(next, seconds);
      next = addMilliseconds(next, milliseconds);
      current = next.getTime();
      return now();
    },
  };
}
