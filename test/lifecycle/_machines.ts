// Small machines for the lifecycle tests: a door with guards of every supported kind.
import { createMachine } from 'xstate';

export interface DoorContext {
  readonly locked: boolean;
  readonly strength: number;
}

export type DoorEvent =
  | { type: 'open' }
  | { type: 'close' }
  | { type: 'lock' }
  | { type: 'unlock' }
  | { type: 'kick' }
  | { type: 'knock' }
  | { type: 'burn' };

/** Every guard call, for checking what the compiled table passes to guards. */
export const guardCalls: { context: unknown; eventType: string; params: unknown }[] = [];

export const doorMachine = createMachine(
  {
    types: { context: {} as DoorContext, events: {} as DoorEvent },
    id: 'door',
    initial: 'closed',
    context: { locked: false, strength: 0 },
    states: {
      closed: {
        on: {
          open: { guard: 'isUnlocked', target: 'opened' },
          lock: 'closed',
          unlock: { guard: 'canUnlock' },
          kick: [
            { guard: { type: 'isStrongerThan', params: { min: 8 } }, target: 'broken' },
            {
              guard: {
                type: 'isStrongerThan',
                params: ({ context }: { context: DoorContext }) => ({
                  min: context.locked ? 5 : 3,
                }),
              },
              target: 'opened',
            },
            'closed',
          ],
          burn: { guard: ({ context }) => context.strength > 100, target: 'broken' },
        },
      },
      opened: {
        on: { close: 'closed', knock: { target: 'opened', reenter: true } },
      },
      broken: { type: 'final' },
    },
  },
  {
    guards: {
      isUnlocked: ({ context, event }) => {
        guardCalls.push({ context, eventType: event.type, params: undefined });
        return !context.locked;
      },
      isStrongerThan: ({ context, event }, params) => {
        guardCalls.push({ context, eventType: event.type, params });
        return context.strength > (params as { min: number }).min;
      },
      // An alias: XState evaluates the guard it names.
      canUnlock: 'isLockedAlias',
      isLockedAlias: ({ context }) => context.locked,
    },
  },
);

/** A machine without context, guards or event types. */
export const lampMachine = createMachine({
  id: 'lamp',
  initial: 'off',
  states: {
    off: { on: { toggle: 'on', 'power.cut': 'dead' } },
    on: { on: { toggle: 'off', 'power.cut': 'dead' } },
    dead: { type: 'final' },
  },
});
