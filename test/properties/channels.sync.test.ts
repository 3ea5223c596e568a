import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { channelProfiles, planChannelSync } from '../../src/channels/index.js';
import {
  apply,
  decide,
  type Actor,
  type OrderCommand,
  type OrderState,
  type OrderStatus,
} from '../../src/order/index.js';
import { arbitraryOrderHistory } from '../../src/testing/index.js';

const profiles = Object.values(channelProfiles);
const at = '2025-06-01T12:00:00.000Z';
const system: Actor = { kind: 'system', id: 'ordokit' };

/**
 * The moves a channel status may cause, written from the sync rules: the status stays, or
 * moves forward along one of the steps ordokit follows (accept, refuse, cancel before
 * shipment, close after delivery). Anything else lowers or invents progress.
 */
const forward: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  created: ['created', 'accepted', 'refused', 'cancelled'],
  accepted: ['accepted', 'cancelled'],
  in_preparation: ['in_preparation', 'cancelled'],
  shipped: ['shipped'],
  delivered: ['delivered', 'closed'],
  closed: ['closed'],
  cancelled: ['cancelled'],
  refused: ['refused'],
};

/** A status from the profile's vocabulary, from another profile's, or any value at all. */
const arbitraryCase = fc.constantFrom(...profiles).chain((profile) =>
  fc.record({
    profile: fc.constant(profile),
    status: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...Object.keys(profile.statuses)) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(...profiles.flatMap((p) => Object.keys(p.statuses))),
      },
      { weight: 1, arbitrary: fc.jsonValue() },
      { weight: 1, arbitrary: fc.anything() },
    ),
  }),
);

/** Decides and applies the commands in turn; the first refusal's code, or the final state. */
function runThrough(state: OrderState, commands: readonly OrderCommand[]) {
  let running = state;
  for (const command of commands) {
    const decided = decide(running, command);
    if (!decided.ok) return { refused: `${command.type}: ${decided.error.code}` } as const;
    running = decided.value.reduce(apply, running);
  }
  return { state: running } as const;
}

describe('channel status sync', () => {
  test.prop([arbitraryOrderHistory({ maxCommands: 40 }), arbitraryCase], { numRuns: 1000 })(
    'never throws, never lowers the status, and its commands and hold are all accepted',
    (history, { profile, status }) => {
      const before = history.state;
      const actor: Actor = { kind: 'channel', id: profile.code };
      const plan = planChannelSync(before, profile, status, { actor, at });
      const commands: OrderCommand[] = plan.commands.map((c) => ({ ...c, at, actor }));
      if (plan.hold !== undefined) {
        commands.push({ type: 'placeHold', holdId: 'sync-hold', ...plan.hold, at, actor: system });
      }
      const ran = runThrough(before, commands);
      expect(ran.refused).toBeUndefined();
      const afterStatus = ran.state?.status ?? before.status;
      expect(forward[before.status]).toContain(afterStatus);
      // A plan that changes the status follows the channel, and one that holds changes nothing.
      if (afterStatus !== before.status) expect(plan.outcome).toBe('followed');
      if (plan.hold !== undefined) expect(plan.outcome).toBe('conflict');
      // Whatever is not a known status of the profile is never followed.
      const known = typeof status === 'string' && Object.hasOwn(profile.statuses, status);
      if (!known) expect(['conflict', 'unchanged']).toContain(plan.outcome);
    },
  );
});
