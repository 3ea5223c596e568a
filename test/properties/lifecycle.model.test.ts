// Model-based: random event sequences sent to a running XState actor, against the compiled
// table as the model. An event the table does not allow must leave the actor where it is; an
// allowed one must move it to the table's state, and the actor is done exactly in finals.
import { fc, test } from '@fast-check/vitest';
import { createActor, type AnyStateMachine } from 'xstate';
import { describe, expect } from 'vitest';
import {
  orderMachine,
  orderMachineEventTypes,
  orderTransitions,
  parcelMachine,
  parcelStatuses,
  parcelTransitions,
  rmaMachine,
  rmaMachineEventTypes,
  rmaTransitions,
  type TransitionTable,
} from '../../src/index.js';
import { contexts } from '../order/_machineContexts.js';

interface Model {
  status: string;
}

interface Real {
  readonly actor: {
    send: (e: { type: string }) => void;
    getSnapshot: () => { value: unknown; status: string };
  };
}

class Send implements fc.Command<Model, Real> {
  constructor(
    readonly table: TransitionTable,
    readonly context: unknown,
    readonly type: string,
  ) {}

  check(): boolean {
    return true;
  }

  run(model: Model, real: Real): void {
    const next = this.table.next(model.status, this.type, this.context);
    real.actor.send({ type: this.type });
    const snapshot = real.actor.getSnapshot();
    model.status = next ?? model.status;
    expect(snapshot.value).toBe(model.status);
    expect(snapshot.status).toBe(this.table.finals.has(model.status) ? 'done' : 'active');
  }

  toString(): string {
    return `send(${this.type})`;
  }
}

function runModel(
  machine: AnyStateMachine,
  table: TransitionTable,
  events: readonly string[],
  context: unknown,
  commands: Iterable<fc.Command<Model, Real>>,
): void {
  const snapshot = machine.resolveState({ value: table.initial, context });
  const actor = createActor(machine, { snapshot }).start();
  fc.modelRun(() => ({ model: { status: table.initial }, real: { actor } }), commands);
  actor.stop();
  expect(events.length).toBeGreaterThan(0);
}

const asTable = (t: unknown) => t as TransitionTable;

describe('XState actors follow the compiled tables over random event sequences', () => {
  const parcel = asTable(parcelTransitions);
  test.prop(
    [
      fc.commands(
        parcelStatuses.map((type) => fc.constant(new Send(parcel, undefined, type))),
        { maxCommands: 30 },
      ),
    ],
    { numRuns: 1000 },
  )('parcel', (commands) => {
    runModel(parcelMachine, parcel, parcelStatuses, undefined, commands);
  });

  const rma = asTable(rmaTransitions);
  test.prop(
    [
      fc.commands(
        rmaMachineEventTypes.map((type) => fc.constant(new Send(rma, undefined, type))),
        { maxCommands: 20 },
      ),
    ],
    { numRuns: 1000 },
  )('rma', (commands) => {
    runModel(rmaMachine, rma, rmaMachineEventTypes, undefined, commands);
  });

  const order = asTable(orderTransitions);
  const anyContext = fc.constantFrom(...Object.values(contexts));
  test.prop(
    [
      anyContext.chain((context) =>
        fc.tuple(
          fc.constant(context),
          fc.commands(
            orderMachineEventTypes.map((type) => fc.constant(new Send(order, context, type))),
            { maxCommands: 30 },
          ),
        ),
      ),
    ],
    { numRuns: 1000 },
  )('order, with one of the named contexts for the whole run', ([context, commands]) => {
    runModel(orderMachine, order, orderMachineEventTypes, context, commands);
  });
});
