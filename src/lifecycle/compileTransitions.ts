import type {
  AnyStateMachine,
  ContextFrom,
  EventFromLogic,
  MachineContext,
  SnapshotFrom,
} from 'xstate';
import { OrdokitError } from '../result/index.js';
import type { LifecycleMachineUnsupported, MachineFeature } from './errors.js';
import { compileGuard, labelGuard, type CompiledGuard } from './_internal/compileGuard.js';
import { freezeSet } from './_internal/freezeSet.js';

/**
 * One transition of a compiled table, as defined in the machine: from `source`, on `event`,
 * to `target` (equal to `source` for a transition that stays), when `guard` (a name) holds.
 */
export interface TransitionRule<S extends string = string, E extends string = string> {
  readonly source: S;
  readonly event: E;
  readonly target: S;
  /** The guard's name; absent when the transition is unguarded. */
  readonly guard?: string;
}

/**
 * A frozen transition table derived from a flat XState machine: the hot-path replacement for
 * XState's `transition()` when only the next state matters.
 */
export interface TransitionTable<
  S extends string = string,
  E extends string = string,
  C = unknown,
> {
  /** The machine's `id`. */
  readonly machineId: string;
  /** The state the machine starts in. */
  readonly initial: S;
  /** Every state, in definition order. */
  readonly states: readonly S[];
  /** The final states: no event is allowed there. */
  readonly finals: ReadonlySet<S>;
  /** Every event type some state handles, in order of first appearance. */
  readonly events: readonly E[];
  /** Every transition, per state then per event, candidates in the order they are tried. */
  readonly transitions: readonly TransitionRule<S, E>[];
  /**
   * The state after `event` in `state`: the target of the first candidate whose guard holds on
   * `context` (the source itself for a transition that stays), or `undefined` when the event
   * is not allowed there (no transition, or every candidate's guard fails). Costs two Map
   * lookups plus the guard calls; never throws unless a guard does.
   */
  readonly next: (state: S, event: E, context: C) => S | undefined;
}

/** The state names of a flat machine. */
export type MachineStateOf<M extends AnyStateMachine> = Extract<SnapshotFrom<M>['value'], string>;

/** The event types of a machine. */
export type MachineEventTypeOf<M extends AnyStateMachine> = EventFromLogic<M>['type'];

/**
 * The context `next` takes for a machine: its declared context type, which may be omitted
 * when the machine declares none (`parcelTransitions.next('in_transit', 'delivered')`).
 */
export type MachineContextOf<M extends AnyStateMachine> =
  MachineContext extends ContextFrom<M>
    ? // `void` makes the argument omissible, which `undefined` would not.
      // eslint-disable-next-line @typescript-eslint/no-invalid-void-type
      ContextFrom<M> | void
    : ContextFrom<M>;

/** The compiled table of a machine, with its state, event and context types. */
export type TransitionTableOf<M extends AnyStateMachine> = TransitionTable<
  MachineStateOf<M>,
  MachineEventTypeOf<M>,
  MachineContextOf<M>
>;

interface Candidate<S, C> {
  readonly target: S;
  readonly guard: CompiledGuard<C> | undefined;
}

type AnyStateNode = AnyStateMachine['root'];

function checkNode(machine: AnyStateMachine, node: AnyStateNode): void {
  const fail = (feature: MachineFeature): never => {
    throw new OrdokitError<LifecycleMachineUnsupported>({
      code: 'lifecycle/machine_unsupported',
      machineId: machine.id,
      stateNode: node.id,
      feature,
    });
  };
  const isRoot = node === machine.root;
  if (node.type === 'parallel') fail('parallel_states');
  if (node.type === 'history') fail('history_states');
  if (!isRoot && node.type === 'compound') fail('nested_states');
  if (isRoot && Object.keys(node.states).length === 0) fail('no_states');
  if ((node.always?.length ?? 0) > 0) fail('eventless_transitions');
  if (node.config.after !== undefined) fail('delayed_transitions');
  if (node.invoke.length > 0) fail('invoked_actors');
  if (node.config.onDone !== undefined) fail('done_transitions');
  if (node.transitions.size > 0) {
    if (isRoot) fail('root_transitions');
    if (node.type === 'final') fail('final_state_transitions');
  }
  for (const [descriptor, definitions] of node.transitions) {
    if (descriptor === '*' || descriptor.endsWith('.*')) fail('wildcard_events');
    for (const { target } of definitions) {
      if (target === undefined) continue;
      if (target.length !== 1) fail('multiple_targets');
      if (target[0]?.parent !== machine.root) fail('foreign_target');
    }
  }
}

/**
 * Derives a frozen transition table from a flat XState v5 machine, once: per state, per event
 * type, the candidate transitions in definition order, each with its guard resolved by name to
 * the implementation given to `setup({ guards })` (called with `{ context, event: { type } }`
 * and the transition's params, like XState does). The table's `next` then answers "which state
 * after this event" with Map lookups and guard calls, without XState at run time.
 *
 * Only the target state is computed: actions are not run and the context is not changed (the
 * caller owns its data). A transition without target stays in its state. Guards see only the
 * event's type, so guards of compiled machines must read the context alone.
 *
 * @param machine - a machine made with `setup(...).createMachine(...)` or `createMachine(...)`,
 *   flat: top-level states, event transitions to one top-level target
 * @returns the machine's {@link TransitionTable}, frozen
 * @throws OrdokitError `lifecycle/machine_unsupported` when the machine uses nested, parallel
 *   or history states, `always`, `after`, `invoke`, `onDone`, root or final-state transitions,
 *   wildcard events or multiple targets; `lifecycle/guard_unknown` when a guard is not
 *   implemented; `lifecycle/guard_unsupported` for `and`, `or`, `not` and `stateIn`
 * @example
 * ```ts
 * const table = compileTransitions(orderMachine);
 * const context = { lines: [], openReturns: 0 };
 * table.next('created', 'order.accepted', context); // 'accepted'
 * table.next('created', 'order.closed', context); // undefined: not allowed in `created`
 * ```
 */
export function compileTransitions<M extends AnyStateMachine>(machine: M): TransitionTableOf<M> {
  type S = MachineStateOf<M>;
  type E = MachineEventTypeOf<M>;
  type C = MachineContextOf<M>;
  const root: AnyStateNode = machine.root;
  checkNode(machine, root);
  const nodes = Object.values<AnyStateNode>(root.states);
  for (const node of nodes) checkNode(machine, node);

  const guards = machine.implementations.guards as Readonly<Record<string, unknown>>;
  const byState = new Map<string, Map<string, Candidate<S, C>[]>>();
  const rules: TransitionRule<S, E>[] = [];
  const events = new Set<E>();
  for (const node of nodes) {
    const source = node.key as S;
    const byEvent = new Map<string, Candidate<S, C>[]>();
    for (const [descriptor, definitions] of node.transitions) {
      const event = descriptor as E;
      events.add(event);
      const candidates = definitions.map((definition): Candidate<S, C> => {
        const target = (definition.target?.[0]?.key ?? source) as S;
        const site = { machineId: machine.id, state: source, event };
        const guard =
          definition.guard === undefined
            ? undefined
            : compileGuard<C>(definition.guard, guards, site);
        rules.push(
          Object.freeze(
            guard === undefined
              ? { source, event, target }
              : { source, event, target, guard: labelGuard(definition.guard as unknown) },
          ),
        );
        return Object.freeze({ target, guard });
      });
      byEvent.set(descriptor, candidates);
    }
    byState.set(source, byEvent);
  }

  const next = (state: S, event: E, context: C): S | undefined => {
    const candidates = byState.get(state)?.get(event);
    if (candidates === undefined) return undefined;
    for (const candidate of candidates) {
      if (candidate.guard === undefined || candidate.guard(context)) return candidate.target;
    }
    return undefined;
  };

  const initial = root.initial.target[0]?.key as S;
  return Object.freeze({
    machineId: machine.id,
    initial,
    states: Object.freeze(nodes.map((node) => node.key as S)),
    finals: freezeSet(
      nodes.filter((node) => node.type === 'final').map((node) => node.key as S),
      machine.id,
    ),
    events: Object.freeze([...events]),
    transitions: Object.freeze(rules),
    next,
  });
}
