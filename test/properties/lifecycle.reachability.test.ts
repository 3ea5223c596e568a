// Every state of every machine is reachable from the initial state, and every state that is
// not final can still reach a final state (no dead end, no trap). Explored through XState's
// transition(), not through the compiled tables; the order machine's guards are fed a set of
// representative contexts (the "guard context choice": any of them may hold at a step).
import { transition, type AnyStateMachine } from 'xstate';
import { describe, expect, it } from 'vitest';
import {
  orderMachine,
  orderMachineEventTypes,
  parcelMachine,
  parcelStatuses,
  rmaMachine,
  rmaMachineEventTypes,
} from '../../src/index.js';
import { contexts } from '../order/_machineContexts.js';

/** The graph of a machine as XState walks it: state → states one event away. */
function edgesOf(
  machine: AnyStateMachine,
  states: readonly string[],
  events: readonly string[],
  contextChoices: readonly unknown[],
): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  for (const state of states) {
    const targets = new Set<string>();
    for (const context of contextChoices) {
      const snapshot = machine.resolveState({ value: state, context });
      for (const type of events) {
        if (!snapshot.can({ type })) continue;
        targets.add(transition(machine, snapshot, { type })[0].value as string);
      }
    }
    edges.set(state, targets);
  }
  return edges;
}

function reachableFrom(start: string, edges: Map<string, Set<string>>): Set<string> {
  const seen = new Set([start]);
  const queue = [start];
  for (let state = queue.shift(); state !== undefined; state = queue.shift()) {
    for (const target of edges.get(state) ?? []) {
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return seen;
}

const machines = [
  {
    name: 'order',
    machine: orderMachine,
    states: Object.keys(orderMachine.root.states),
    events: orderMachineEventTypes,
    contextChoices: Object.values(contexts),
  },
  {
    name: 'parcel',
    machine: parcelMachine,
    states: Object.keys(parcelMachine.root.states),
    events: parcelStatuses,
    contextChoices: [undefined],
  },
  {
    name: 'rma',
    machine: rmaMachine,
    states: Object.keys(rmaMachine.root.states),
    events: rmaMachineEventTypes,
    contextChoices: [undefined],
  },
] as const;

describe.each(machines)('$name machine', ({ machine: typed, states, events, contextChoices }) => {
  const machine: AnyStateMachine = typed;
  const edges = edgesOf(machine, states, events, contextChoices);
  const finals = states.filter(
    (s) => machine.resolveState({ value: s, context: undefined }).status === 'done',
  );

  it('reaches every state from the initial state', () => {
    const initial = machine.root.initial.target[0]?.key ?? '';
    expect([...reachableFrom(initial, edges)].sort()).toEqual([...states].sort());
  });

  it('has no dead end: every state that is not final can still reach a final state', () => {
    expect(finals.length).toBeGreaterThan(0);
    const trapped = states.filter(
      (s) => !finals.includes(s) && ![...reachableFrom(s, edges)].some((r) => finals.includes(r)),
    );
    expect(trapped).toEqual([]);
  });

  it('leaves no final state', () => {
    for (const final of finals) expect([...(edges.get(final) ?? [])]).toEqual([]);
  });
});
