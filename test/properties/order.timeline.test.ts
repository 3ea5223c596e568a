// Laws of renderTimeline: any list of valid events, and every history decide makes, is told
// without throwing, one entry per event.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { OrderEventSchema, renderTimeline } from '../../src/index.js';
import { arbitraryOrderHistory } from '../../src/testing/index.js';
import { arbitraryEventList } from './_timelineEvents.js';

/** Every string an event carries (free text a generator may fill with "NaN" or "undefined"). */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(stringsOf);
  return [];
}

/** What the renderer wrote itself: the text without the event's own strings. */
function ownWords(written: string, event: unknown): string {
  return stringsOf(event)
    .filter((s) => s.length >= 3)
    .sort((a, b) => b.length - a.length)
    .reduce((text, s) => text.split(s).join(' '), written);
}

describe('renderTimeline: any valid events', () => {
  const zones = fc.constantFrom('UTC', 'Europe/Paris', 'Pacific/Kiritimati', 'America/St_Johns');

  test.prop([arbitraryEventList(), fc.constantFrom('en' as const, 'fr' as const), zones], {
    numRuns: 1000,
  })('never throws and writes one entry per event', (events, locale, timeZone) => {
    for (const event of events) expect(OrderEventSchema.safeParse(event).success).toBe(true);
    const entries = renderTimeline(events, locale, { timeZone });
    expect(entries.map((e) => [e.seq, e.type, e.at])).toEqual(
      events.map((e) => [e.seq, e.type, e.at]),
    );
    entries.forEach((entry, i) => {
      expect(entry.text.length).toBeGreaterThan(0);
      for (const written of [entry.when, entry.actor, entry.text]) {
        expect(ownWords(written, events[i])).not.toMatch(/undefined|NaN|\[object|Invalid/);
      }
    });
  });

  test.prop([arbitraryOrderHistory(), fc.constantFrom('en' as const, 'fr' as const), zones], {
    numRuns: 1000,
  })('tells every history decide makes, one sentence per event', (history, locale, timeZone) => {
    const entries = renderTimeline(history.events, locale, { timeZone });
    expect(entries.map((e) => [e.seq, e.type, e.at])).toEqual(
      history.events.map((e) => [e.seq, e.type, e.at]),
    );
    for (const entry of entries) {
      expect(entry.text).toMatch(/\.$/);
      expect(`${entry.when} ${entry.actor} ${entry.text}`).not.toMatch(/undefined|NaN|\[object/);
    }
  });
});
