import type { Actor, OrderState } from '../../order/index.js';
import type { Clock, IdGenerator, OrderStore, Outbox } from '../../ports/index.js';
import type { OmsConnectors, OmsInventory, OmsPolicy } from '../config.js';
import type { OrderCommandInput } from '../oms.js';

/** Everything the engine's parts share: the ports and the resolved policy. */
export interface EngineContext {
  readonly store: OrderStore;
  readonly outbox: Outbox;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly connectors: OmsConnectors;
  readonly policy: OmsPolicy;
  /** The stock the engine keeps, when configured. */
  readonly inventory?: OmsInventory;
}

/**
 * A command planned by the engine: any order command, with its envelope optional. The engine
 * fills what is missing: `at` = the clock's now, `actor` = the options' actor or the policy's
 * system actor, `reason` = the options' reason. A full `OrderCommand` is a `PlannedCommand`.
 */
export type PlannedCommand = OrderCommandInput & {
  readonly at?: string;
  readonly actor?: Actor;
  readonly reason?: string;
};

/**
 * Builds the commands to run on the order's current state (called again on fresh state after
 * a version conflict). Return an empty list to do nothing (e.g. the follow-up already
 * happened); every command is decided on the state left by the previous one, and all their
 * events are appended in one batch.
 */
export type CommandPlan = (state: OrderState) => readonly PlannedCommand[];
