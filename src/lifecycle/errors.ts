/**
 * A feature of XState machines that the transition compiler does not handle (it compiles flat
 * machines: top-level states, event transitions with one target):
 * - `no_states`: the machine has no child states
 * - `nested_states` / `parallel_states` / `history_states`: a state has child states, is
 *   parallel or is a history state
 * - `eventless_transitions` (`always`), `delayed_transitions` (`after`), `invoked_actors`
 *   (`invoke`), `done_transitions` (`onDone`)
 * - `root_transitions`: the machine itself has `on` transitions (put them on each state)
 * - `final_state_transitions`: a final state has `on` transitions
 * - `wildcard_events`: an event descriptor with `*` (list the event types instead)
 * - `multiple_targets`: a transition with several targets
 * - `foreign_target`: a transition targets a state that is not a top-level state
 */
export type MachineFeature =
  | 'no_states'
  | 'nested_states'
  | 'parallel_states'
  | 'history_states'
  | 'eventless_transitions'
  | 'delayed_transitions'
  | 'invoked_actors'
  | 'done_transitions'
  | 'root_transitions'
  | 'final_state_transitions'
  | 'wildcard_events'
  | 'multiple_targets'
  | 'foreign_target';

/** The machine uses a feature the transition compiler does not handle (a programmer error). */
export interface LifecycleMachineUnsupported {
  readonly code: 'lifecycle/machine_unsupported';
  /** The machine's `id`. */
  readonly machineId: string;
  /** The state node that uses the feature (its id, e.g. `'order.created'`). */
  readonly stateNode: string;
  readonly feature: MachineFeature;
}

/** A transition names a guard the machine does not implement (a programmer error). */
export interface LifecycleGuardUnknown {
  readonly code: 'lifecycle/guard_unknown';
  readonly machineId: string;
  /** The state the transition leaves. */
  readonly state: string;
  readonly event: string;
  /** The guard's name as the transition gives it. */
  readonly guard: string;
}

/**
 * A transition uses a guard the compiler cannot call without XState: a built-in higher-order
 * guard (`and`, `or`, `not`, `stateIn`) or a chain of aliases more than 8 deep (a programmer
 * error: write the combination as one named pure guard).
 */
export interface LifecycleGuardUnsupported {
  readonly code: 'lifecycle/guard_unsupported';
  readonly machineId: string;
  readonly state: string;
  readonly event: string;
  readonly guard: string;
}

/** Something tried to change a compiled transition table, which is frozen (a programmer error). */
export interface LifecycleTableFrozen {
  readonly code: 'lifecycle/table_frozen';
  readonly machineId: string;
}

/** Every error of the lifecycle module; all are thrown as `OrdokitError` (programmer errors). */
export type LifecycleError =
  | LifecycleMachineUnsupported
  | LifecycleGuardUnknown
  | LifecycleGuardUnsupported
  | LifecycleTableFrozen;
