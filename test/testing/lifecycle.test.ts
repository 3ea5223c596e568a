import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  apply,
  decide,
  parseOrderCommand,
  parseOrderEvent,
  type OrderState,
} from '../../src/index.js';
import { arbitraryOrderHistory } from '../../src/testing/index.js';

describe('arbitraryOrderHistory', () => {
  test.prop([arbitraryOrderHistory()], { numRuns: 300 })(
    'draws commands that decide accepts in turn, giving exactly the events and the state',
    (history) => {
      let state: OrderState | undefined;
      const events = [];
      for (const command of history.commands) {
        const decided = decide(state, command);
        expect(decided.ok).toBe(true);
        if (!decided.ok) return;
        events.push(...decided.value);
        for (const event of decided.value) state = apply(state, event);
      }
      expect(events).toEqual(history.events);
      expect(state).toEqual(history.state);
    },
  );

  test.prop([arbitraryOrderHistory({ maxCommands: 10 })], { numRuns: 200 })(
    'draws commands and events that pass their schemas',
    (history) => {
      for (const command of history.commands) expect(parseOrderCommand(command).ok).toBe(true);
      for (const event of history.events) expect(parseOrderEvent(event).ok).toBe(true);
      expect(history.commands.length).toBeLessThanOrEqual(11);
    },
  );

  it('reaches every status and most command types over a few hundred histories', () => {
    const histories = fc.sample(arbitraryOrderHistory({ maxCommands: 60 }), {
      numRuns: 300,
      seed: 7,
    });
    const statuses = new Set(histories.map((h) => h.state.status));
    const types = new Set(histories.flatMap((h) => h.commands.map((c) => c.type)));
    expect([...statuses].sort()).toEqual([
      'accepted',
      'cancelled',
      'closed',
      'created',
      'delivered',
      'in_preparation',
      'refused',
      'shipped',
    ]);
    for (const type of [
      'allocateLines',
      'reallocateLines',
      'shipParcel',
      'deliverParcel',
      'requestReturn',
      'receiveReturn',
      'issueRefund',
      'placeHold',
      'releaseHold',
      'close',
    ]) {
      expect(types).toContain(type);
    }
  });

  it('honours needsAcceptance and refuses a bad maxCommands', () => {
    const [waiting] = fc.sample(arbitraryOrderHistory({ needsAcceptance: true, maxCommands: 0 }), {
      numRuns: 1,
      seed: 1,
    });
    expect(waiting?.state.status).toBe('created');
    expect(() => arbitraryOrderHistory({ maxCommands: 501 })).toThrow(RangeError);
    expect(() => arbitraryOrderHistory({ maxCommands: 1.5 })).toThrow(RangeError);
  });
});
