import type { OrderCommand, OrderState } from '../../order/index.js';
import type { Clock, IdGenerator, OrderStore, Outbox } from '../../ports/index.js';
import type { OmsConnectors, OmsPolicy } from '../config.js';

/** Everything the engine's parts share: the ports and the resolved policy. */
export interface EngineContext {
  readonly store: OrderStore;
  readonly outbox: Outbox;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly connectors: OmsConnectors;
  readonly policy: OmsPolicy;
}

/**
 * Builds the commands to run on the order's current state (called again on fresh state after
 * a version conflict). Return an empty list to do nothing (e.g. the follow-up already
 * happened); every command is decided on the state left by the previous one, and all their
 * events are appended in one batch.
 */
export type CommandPlan = (state: OrderState) => readonly OrderCommand[];
