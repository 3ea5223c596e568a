import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  channelActionFor,
  channelActions,
  channelProfiles,
  readChannelStatus,
  type ChannelProfile,
} from '../../src/index.js';

const profiles: readonly ChannelProfile[] = Object.values(channelProfiles);

/** A profile, one of ordokit's actions, and a status: from its vocabulary or any string. */
const cases = fc
  .constantFrom(...profiles)
  .chain((profile) =>
    fc.tuple(
      fc.constant(profile),
      fc.constantFrom(...channelActions),
      fc.oneof(fc.constantFrom(...Object.keys(profile.statuses)), fc.string()),
    ),
  );

describe('channel profiles', () => {
  it('are keyed by their own lower-case code', () => {
    for (const [code, profile] of Object.entries(channelProfiles)) {
      expect(profile.code).toBe(code);
      expect(code).toMatch(/^[a-z][a-z0-9_]*$/);
    }
    expect(profiles.length).toBeGreaterThan(0);
  });

  it('allow actions only at statuses of their own vocabulary, each action once', () => {
    for (const profile of profiles) {
      const vocabulary = new Set(Object.keys(profile.statuses));
      for (const rule of profile.actions) {
        expect(
          rule.allowedAt.filter((s) => !vocabulary.has(s)),
          `${profile.code} ${rule.action}`,
        ).toEqual([]);
        expect(rule.allowedAt.length, `${profile.code} ${rule.action}`).toBeGreaterThan(0);
      }
      const names = profile.actions.map((r) => r.action);
      expect(new Set(names).size, profile.code).toBe(names.length);
    }
  });

  it('put an order needing acceptance in created, and give every status a stage or a flag', () => {
    for (const profile of profiles) {
      for (const [status, meaning] of Object.entries(profile.statuses)) {
        if (meaning.flags.includes('needs_acceptance'))
          expect(meaning.stage, status).toBe('created');
        expect(
          meaning.stage !== undefined || meaning.flags.length > 0,
          `${profile.code} ${status}`,
        ).toBe(true);
      }
    }
  });

  test.prop([fc.constantFrom(...profiles)], { numRuns: 1000 })(
    'map every status of their documented vocabulary (the mapping is total)',
    (profile) => {
      for (const status of Object.keys(profile.statuses)) {
        expect(readChannelStatus(profile, status)).toEqual({
          ok: true,
          value: profile.statuses[status],
        });
      }
    },
  );

  test.prop([fc.constantFrom(...profiles), fc.anything()], { numRuns: 1000 })(
    'answer any other value with channel/status_unknown, never throwing',
    (profile, value) => {
      const read = readChannelStatus(profile, value);
      const known = typeof value === 'string' && Object.hasOwn(profile.statuses, value);
      expect(read.ok).toBe(known);
      if (!read.ok) expect(read.error.code).toBe('channel/status_unknown');
    },
  );

  test.prop([cases], { numRuns: 1000 })(
    'never propose an action the channel forbids at that status',
    ([profile, action, status]) => {
      const rule = profile.actions.find((r) => r.action === action);
      const found = channelActionFor(profile, action, status);
      if (found.ok) {
        expect(found.value.allowedAt).toContain(status);
        expect(found.value.action).toBe(action);
      } else if (rule === undefined) {
        expect(found.error.code).toBe('channel/action_unsupported');
      } else {
        expect(rule.allowedAt).not.toContain(status);
        expect(found.error.code).toBe('channel/action_not_allowed');
      }
    },
  );
});
