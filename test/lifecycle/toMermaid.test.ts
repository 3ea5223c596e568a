import { createMachine } from 'xstate';
import { describe, expect, it } from 'vitest';
import { toMermaid } from '../../src/index.js';
import { doorMachine, lampMachine } from './_machines.js';

describe('toMermaid', () => {
  it('draws states, guarded and fallback transitions, loops and finals', () => {
    expect(toMermaid(doorMachine)).toBe(
      [
        'stateDiagram-v2',
        '  [*] --> closed',
        '  closed --> opened: open [isUnlocked]<br/>kick [isStrongerThan]',
        '  closed --> closed: lock<br/>unlock [canUnlock]<br/>kick [else]',
        '  closed --> broken: kick [isStrongerThan]<br/>burn [inline]',
        '  opened --> closed: close',
        '  opened --> opened: knock',
        '  broken --> [*]',
        '',
      ].join('\n'),
    );
  });

  it('sets the direction when asked', () => {
    expect(toMermaid(lampMachine, { direction: 'LR' })).toBe(
      [
        'stateDiagram-v2',
        '  direction LR',
        '  [*] --> off',
        '  off --> on: toggle',
        '  off --> dead: power.cut',
        '  on --> off: toggle',
        '  on --> dead: power.cut',
        '  dead --> [*]',
        '',
      ].join('\n'),
    );
  });

  it('leaves out an unguarded event named like its target state', () => {
    const parcel = createMachine({
      id: 'p',
      initial: 'ready',
      states: {
        ready: { on: { moving: 'moving', lost: 'gone' } },
        moving: { on: { moving: 'moving', arrived: 'arrived' } },
        gone: { type: 'final' },
        arrived: { type: 'final' },
      },
    });
    expect(toMermaid(parcel)).toBe(
      [
        'stateDiagram-v2',
        '  [*] --> ready',
        '  ready --> moving',
        '  ready --> gone: lost',
        '  moving --> moving',
        '  moving --> arrived',
        '  gone --> [*]',
        '  arrived --> [*]',
        '',
      ].join('\n'),
    );
  });

  it('folds a whole family of unguarded events to prefix.* unless told not to', () => {
    const machine = createMachine({
      id: 'm',
      initial: 'a',
      states: {
        a: { on: { 'x.one': 'a', 'y.one': 'a', 'x.two': 'a', go: 'b' } },
        b: { on: { 'x.one': 'b', 'y.two': 'b' } },
      },
    });
    expect(toMermaid(machine)).toBe(
      [
        'stateDiagram-v2',
        '  [*] --> a',
        '  a --> a: x.*<br/>y.one',
        '  a --> b: go',
        '  b --> b: x.one<br/>y.two',
        '',
      ].join('\n'),
    );
    expect(toMermaid(machine, { groupEvents: false })).toContain(
      '  a --> a: x.one<br/>y.one<br/>x.two\n',
    );
  });

  it('aliases state names Mermaid cannot read and escapes label text', () => {
    const machine = createMachine({
      id: 'm',
      initial: 'on hold',
      states: {
        'on hold': { on: { 'say "hi": now; <b>#1</b>': 'done' } },
        done: { type: 'final' },
      },
    });
    expect(toMermaid(machine)).toBe(
      [
        'stateDiagram-v2',
        '  state "on hold" as s0',
        '  [*] --> s0',
        '  s0 --> done: say #quot;hi#quot;#58; now#59; #lt;b#gt;#35;1#lt;/b#gt;',
        '  done --> [*]',
        '',
      ].join('\n'),
    );
  });
});
