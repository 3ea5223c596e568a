export { compileTransitions } from './compileTransitions.js';
export type {
  MachineContextOf,
  MachineEventTypeOf,
  MachineStateOf,
  TransitionRule,
  TransitionTable,
  TransitionTableOf,
} from './compileTransitions.js';
export { toMermaid } from './toMermaid.js';
export type { ToMermaidOptions } from './toMermaid.js';
export type {
  LifecycleError,
  LifecycleGuardUnknown,
  LifecycleGuardUnsupported,
  LifecycleMachineUnsupported,
  LifecycleTableFrozen,
  MachineFeature,
} from './errors.js';
export { lifecycleMessages } from './messages.js';
