import { createMachine, not, setup } from 'xstate';
import { describe, expect, it } from 'vitest';
import { compileTransitions, isOrdokitError, type LifecycleError } from '../../src/index.js';
import { doorMachine, guardCalls, lampMachine } from './_machines.js';

const door = compileTransitions(doorMachine);
const unlocked = { locked: false, strength: 0 };
const locked = { locked: true, strength: 0 };

/** Runs `fn` and returns the detail of the OrdokitError it throws. */
function thrownBy(fn: () => unknown): LifecycleError {
  try {
    fn();
  } catch (e) {
    if (isOrdokitError(e)) return e.detail as LifecycleError;
    throw e;
  }
  throw new Error('expected an OrdokitError');
}

describe('compileTransitions: the table', () => {
  it('lists the machine id, initial state, states, finals and events in definition order', () => {
    expect(door.machineId).toBe('door');
    expect(door.initial).toBe('closed');
    expect(door.states).toEqual(['closed', 'opened', 'broken']);
    expect([...door.finals]).toEqual(['broken']);
    expect(door.events).toEqual(['open', 'lock', 'unlock', 'kick', 'burn', 'close', 'knock']);
  });

  it('lists every transition, candidates in order, stays as self-targets, guards by name', () => {
    expect(door.transitions).toEqual([
      { source: 'closed', event: 'open', target: 'opened', guard: 'isUnlocked' },
      { source: 'closed', event: 'lock', target: 'closed' },
      { source: 'closed', event: 'unlock', target: 'closed', guard: 'canUnlock' },
      { source: 'closed', event: 'kick', target: 'broken', guard: 'isStrongerThan' },
      { source: 'closed', event: 'kick', target: 'opened', guard: 'isStrongerThan' },
      { source: 'closed', event: 'kick', target: 'closed' },
      { source: 'closed', event: 'burn', target: 'broken', guard: 'inline' },
      { source: 'opened', event: 'close', target: 'closed' },
      { source: 'opened', event: 'knock', target: 'opened' },
    ]);
  });

  it('is frozen, finals included', () => {
    expect(Object.isFrozen(door)).toBe(true);
    expect(Object.isFrozen(door.states)).toBe(true);
    expect(Object.isFrozen(door.events)).toBe(true);
    expect(Object.isFrozen(door.transitions)).toBe(true);
    expect(door.transitions.every((rule) => Object.isFrozen(rule))).toBe(true);
    const finals = door.finals as Set<string>;
    expect(thrownBy(() => finals.add('opened'))).toEqual({
      code: 'lifecycle/table_frozen',
      machineId: 'door',
    });
    expect(thrownBy(() => finals.delete('broken')).code).toBe('lifecycle/table_frozen');
    expect(
      thrownBy(() => {
        finals.clear();
      }).code,
    ).toBe('lifecycle/table_frozen');
    expect(door.finals.has('broken')).toBe(true);
    expect(door.finals.size).toBe(1);
  });

  it('compiles a machine without context or guards; its context may be omitted', () => {
    const lamp = compileTransitions(lampMachine);
    expect(lamp.states).toEqual(['off', 'on', 'dead']);
    expect(lamp.events).toEqual(['toggle', 'power.cut']);
    expect(lamp.next('off', 'toggle')).toBe('on');
    expect(lamp.next('on', 'power.cut')).toBe('dead');
    expect(lamp.next('dead', 'toggle')).toBeUndefined();
  });
});

describe('compileTransitions: next', () => {
  it('follows unguarded transitions and stays on self-targets and target-less transitions', () => {
    expect(door.next('opened', 'close', unlocked)).toBe('closed');
    expect(door.next('opened', 'knock', unlocked)).toBe('opened');
    expect(door.next('closed', 'lock', unlocked)).toBe('closed');
    expect(door.next('closed', 'unlock', locked)).toBe('closed');
  });

  it('returns undefined for an event the state does not handle, or whose guards all fail', () => {
    expect(door.next('opened', 'open', unlocked)).toBeUndefined();
    expect(door.next('closed', 'open', locked)).toBeUndefined();
    expect(door.next('closed', 'unlock', unlocked)).toBeUndefined();
    expect(door.next('closed', 'burn', { locked: false, strength: 100 })).toBeUndefined();
  });

  it('returns undefined in a final state and for unknown states or events', () => {
    for (const event of door.events) expect(door.next('broken', event, unlocked)).toBeUndefined();
    expect(door.next('ajar', 'close', unlocked)).toBeUndefined();
    expect(door.next('opened', 'slam' as 'close', unlocked)).toBeUndefined();
  });

  it('tries guarded candidates in order, with constant and computed params', () => {
    expect(door.next('closed', 'kick', { locked: false, strength: 9 })).toBe('broken');
    expect(door.next('closed', 'kick', { locked: false, strength: 4 })).toBe('opened');
    expect(door.next('closed', 'kick', { locked: true, strength: 4 })).toBe('closed');
    expect(door.next('closed', 'kick', { locked: true, strength: 6 })).toBe('opened');
    expect(door.next('closed', 'burn', { locked: true, strength: 101 })).toBe('broken');
  });

  it('calls the guard implementations with the context, an event of the type, and params', () => {
    guardCalls.length = 0;
    const context = { locked: true, strength: 4 };
    door.next('closed', 'kick', context);
    expect(guardCalls).toEqual([
      { context, eventType: 'kick', params: { min: 8 } },
      { context, eventType: 'kick', params: { min: 5 } },
    ]);
    guardCalls.length = 0;
    door.next('closed', 'open', unlocked);
    expect(guardCalls).toEqual([{ context: unlocked, eventType: 'open', params: undefined }]);
  });
});

describe('compileTransitions: programmer errors', () => {
  it('refuses a guard that is not implemented', () => {
    const machine = createMachine({
      id: 'm',
      initial: 'a',
      states: { a: { on: { go: { guard: 'nowhere', target: 'b' } } }, b: {} },
    });
    expect(thrownBy(() => compileTransitions(machine))).toEqual({
      code: 'lifecycle/guard_unknown',
      machineId: 'm',
      state: 'a',
      event: 'go',
      guard: 'nowhere',
    });
  });

  it('refuses higher-order guards and alias loops', () => {
    const negated = setup({ guards: { ok: () => true } }).createMachine({
      id: 'm',
      initial: 'a',
      states: { a: { on: { go: { guard: not('ok'), target: 'b' } } }, b: {} },
    });
    expect(thrownBy(() => compileTransitions(negated))).toMatchObject({
      code: 'lifecycle/guard_unsupported',
      machineId: 'm',
      state: 'a',
      event: 'go',
    });
    const looping = createMachine(
      {
        id: 'm',
        initial: 'a',
        states: { a: { on: { go: { guard: 'x', target: 'b' } } }, b: {} },
      },
      { guards: { x: 'y', y: 'x' } },
    );
    expect(thrownBy(() => compileTransitions(looping))).toMatchObject({
      code: 'lifecycle/guard_unsupported',
    });
  });

  const flat = { a: { on: { go: 'b' } }, b: {} };
  const unsupported = [
    ['no_states', 'm', createMachine({ id: 'm' })],
    [
      'nested_states',
      'm.a',
      createMachine({ id: 'm', initial: 'a', states: { a: { initial: 'x', states: { x: {} } } } }),
    ],
    [
      'parallel_states',
      'm.a',
      createMachine({
        id: 'm',
        initial: 'a',
        states: { a: { type: 'parallel', states: { x: {}, y: {} } } },
      }),
    ],
    ['parallel_states', 'm', createMachine({ id: 'm', type: 'parallel', states: flat })],
    [
      'history_states',
      'm.h',
      createMachine({ id: 'm', initial: 'a', states: { ...flat, h: { type: 'history' } } }),
    ],
    [
      'eventless_transitions',
      'm.a',
      createMachine({ id: 'm', initial: 'a', states: { a: { always: 'b' }, b: {} } }),
    ],
    [
      'delayed_transitions',
      'm.a',
      createMachine({ id: 'm', initial: 'a', states: { a: { after: { 1000: 'b' } }, b: {} } }),
    ],
    [
      'invoked_actors',
      'm.a',
      createMachine({
        id: 'm',
        initial: 'a',
        states: { a: { invoke: { src: createMachine({}) } }, b: {} },
      }),
    ],
    [
      'root_transitions',
      'm',
      createMachine({ id: 'm', initial: 'a', on: { go: '.b' }, states: flat }),
    ],
    [
      'final_state_transitions',
      'm.b',
      createMachine({
        id: 'm',
        initial: 'a',
        states: { a: {}, b: { type: 'final', on: { go: 'a' } } },
      }),
    ],
    [
      'wildcard_events',
      'm.a',
      createMachine({ id: 'm', initial: 'a', states: { a: { on: { 'go.*': 'b' } }, b: {} } }),
    ],
    [
      'wildcard_events',
      'm.a',
      createMachine({ id: 'm', initial: 'a', states: { a: { on: { '*': 'b' } }, b: {} } }),
    ],
    [
      'multiple_targets',
      'm.a',
      createMachine({
        id: 'm',
        initial: 'a',
        states: { a: { on: { go: { target: ['b', 'c'] } } }, b: {}, c: {} },
      }),
    ],
    [
      'foreign_target',
      'm.a',
      createMachine({
        id: 'm',
        initial: 'a',
        states: { a: { on: { go: '#m' } }, b: {} },
      }),
    ],
  ] as const;

  it.each(unsupported)('refuses %s (state node %s)', (feature, stateNode, machine) => {
    expect(thrownBy(() => compileTransitions(machine))).toEqual({
      code: 'lifecycle/machine_unsupported',
      machineId: 'm',
      stateNode,
      feature,
    });
  });
});
