// XState as the oracle of the compiled tables. The agreement, precisely: for a state S, an
// event type E and a context C,
// - compiled next(S, E, C) is undefined  ⇔  XState selects no transition for E in S under C
//   (machine.getTransitionData is empty and snapshot.can(E) is false), and then XState's
//   transition() returns the snapshot itself: same object, same value, nothing happens;
// - otherwise compiled next(S, E, C) equals the value of XState's transition() snapshot, a
//   self-transition included (XState selects it, can() is true, the value stays S).
import { transition, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';

/** What XState does with one event in one state under one context. */
export interface XStateStep {
  /** XState selected a transition (the event is handled in this state). */
  readonly handled: boolean;
  /** The state value after the event. */
  readonly value: unknown;
  /** transition() returned the very snapshot it was given. */
  readonly sameSnapshot: boolean;
  /** snapshot.can(event). */
  readonly can: boolean;
}

/** The snapshot of `machine` in `state` with `context` (none for machines without context). */
export function snapshotIn(
  machine: AnyStateMachine,
  state: string,
  context: unknown,
): AnyMachineSnapshot {
  return machine.resolveState({ value: state, context });
}

/** Runs one event through XState's pure `transition()` from a snapshot. */
export function stepXState(
  machine: AnyStateMachine,
  snapshot: AnyMachineSnapshot,
  eventType: string,
): XStateStep {
  const event = { type: eventType };
  const handled = machine.getTransitionData(snapshot, event).length > 0;
  const can = snapshot.can(event);
  const [next] = transition(machine, snapshot, event);
  return { handled, value: next.value, sameSnapshot: next === snapshot, can };
}

/** The compiled answer in XState's terms: a next state, or "not handled, unchanged". */
export function expectedStep(state: string, compiled: string | undefined): Partial<XStateStep> {
  return compiled === undefined
    ? { handled: false, can: false, value: state, sameSnapshot: true }
    : { handled: true, can: true, value: compiled };
}

/** Whether XState's step has every property of the expected one. */
export function agrees(step: XStateStep, expected: Partial<XStateStep>): boolean {
  return (Object.keys(expected) as (keyof XStateStep)[]).every(
    (key) => step[key] === expected[key],
  );
}
