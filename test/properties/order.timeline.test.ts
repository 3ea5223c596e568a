// Laws of renderTimeline: any list of valid events, and every history decide makes, is told
// without throwing, one entry per event.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { OrderEventSchema, renderTimeline } from '../../src/index.js';
import { arbitraryOrderHistory } from '../../src/testing/index.js';
import { arbitraryEventList } from './_timelineEvents.js';

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
    for (const entry of entries) {
      expect(entry.text.length).toBeGreaterThan(0);
      for (const written of [entry.when, entry.actor, entry.text]) {
        expect(written).not.toMatch(/undefined|NaN|\[object|Invalid/);
      }
    }
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
