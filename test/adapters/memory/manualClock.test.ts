import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../../src/adapters/memory/index.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('createManualClock', () => {
  it('reads the start instant back in toISOString form', () => {
    expect(createManualClock('2025-03-01T10:30:00+01:00').now()).toBe('2025-03-01T09:30:00.000Z');
    expect(createManualClock('2025-03-01T09:30:00Z').now()).toBe('2025-03-01T09:30:00.000Z');
  });

  it('stands still until moved', () => {
    const clock = createManualClock('2025-03-01T09:00:00Z');
    expect([clock.now(), clock.now()]).toEqual([
      '2025-03-01T09:00:00.000Z',
      '2025-03-01T09:00:00.000Z',
    ]);
  });

  it('set moves it to any instant, back or forth', () => {
    const clock = createManualClock('2025-03-01T09:00:00Z');
    clock.set('2025-06-15T12:00:00-04:00');
    expect(clock.now()).toBe('2025-06-15T16:00:00.000Z');
    clock.set('2024-12-31T23:59:59.999Z');
    expect(clock.now()).toBe('2024-12-31T23:59:59.999Z');
  });

  it('advance adds each unit and returns the new now', () => {
    const clock = createManualClock('2025-03-01T09:00:00Z');
    expect(clock.advance({ days: 14, minutes: 1 })).toBe('2025-03-15T09:01:00.000Z');
    expect(clock.advance({ hours: 1, seconds: 30, milliseconds: 5 })).toBe(
      '2025-03-15T10:01:30.005Z',
    );
    expect(clock.advance({ days: -15 })).toBe('2025-02-28T10:01:30.005Z');
    expect(clock.advance({})).toBe('2025-02-28T10:01:30.005Z');
    expect(clock.now()).toBe('2025-02-28T10:01:30.005Z');
  });

  it('a day is 24 hours even where the host zone changes to summer time', () => {
    const saved = process.env.TZ;
    process.env.TZ = 'Europe/Paris';
    try {
      // Paris moves to summer time on 30 March 2025 at 02:00 local (01:00 UTC).
      const clock = createManualClock('2025-03-29T12:00:00Z');
      expect(clock.advance({ days: 1 })).toBe('2025-03-30T12:00:00.000Z');
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  test.prop(
    [
      fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2090, 0, 1) }),
      fc.record(
        {
          days: fc.integer({ min: -400, max: 400 }),
          hours: fc.integer({ min: -100, max: 100 }),
          minutes: fc.integer({ min: -1000, max: 1000 }),
          seconds: fc.integer({ min: -5000, max: 5000 }),
          milliseconds: fc.integer({ min: -10_000, max: 10_000 }),
        },
        { requiredKeys: [] },
      ),
    ],
    { numRuns: 1000 },
  )('advance moves by the exact sum of the units', (start, by) => {
    const clock = createManualClock(new Date(start).toISOString());
    const expected =
      start +
      (by.days ?? 0) * DAY +
      (by.hours ?? 0) * HOUR +
      (by.minutes ?? 0) * MINUTE +
      (by.seconds ?? 0) * 1000 +
      (by.milliseconds ?? 0);
    expect(clock.advance(by)).toBe(new Date(expected).toISOString());
  });

  it('refuses instants it cannot read and amounts that are not integers', () => {
    expect(() => createManualClock('yesterday')).toThrow(RangeError);
    const clock = createManualClock('2025-03-01T09:00:00Z');
    expect(() => {
      clock.set('2025-02-30T25:00:00Z');
    }).toThrow(RangeError);
    expect(() => clock.advance({ hours: 1.5 })).toThrow(RangeError);
    expect(() => clock.advance({ days: Number.NaN })).toThrow(RangeError);
    expect(clock.now()).toBe('2025-03-01T09:00:00.000Z');
  });
});
