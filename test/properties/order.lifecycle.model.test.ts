import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  apply,
  decide,
  replay,
  type ActorKind,
  type OrderCommand,
  type OrderEvent,
  type OrderState,
} from '../../src/index.js';
import { fullLifecycle, threeLineOrder } from '../order/_lifecycle.js';
import { createModel, type OrderModel } from './_orderModel.js';
import {
  Close,
  PlaceHold,
  Refund,
  ReleaseHold,
  RequestReturn,
  ReturnStep,
  type RmaMove,
} from './_orderModelAfterSales.js';
import {
  Accept,
  Allocate,
  Cancel,
  CreateParcel,
  Deliver,
  Reallocate,
  Ship,
  StartPreparation,
} from './_orderModelFulfilment.js';
import { base, checkInvariants, type Real } from './_orderModelStep.js';

// Operators are a quarter of the actors; holds are rarer than fulfilment steps, so that runs
// go deep (ship, deliver, return, refund, close) while still crossing holds often.
const actor = fc.constantFrom<ActorKind>('user', 'rule', 'wms', 'channel');
const line = fc.nat(2);
const units = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 3 }), weight: 5 },
  { arbitrary: fc.constantFrom(0, 4, 7), weight: 1 },
);
const often = <T>(n: number, arb: fc.Arbitrary<T>): fc.Arbitrary<T>[] =>
  Array.from({ length: n }, () => arb);
const requesters = fc.constantFrom<'buyer' | 'seller' | 'channel'>('buyer', 'seller', 'channel');
const steps = [
  ...often(
    2,
    actor.map((a) => new Accept(a)),
  ),
  ...often(
    2,
    actor.map((a) => new StartPreparation(a)),
  ),
  ...often(
    4,
    fc.tuple(actor, line, units).map(([a, l, q]) => new Allocate(a, l, q)),
  ),
  ...often(
    2,
    fc
      .tuple(actor, line, units, fc.nat(4))
      .map(([a, l, q, same]) => new Reallocate(a, l, q, same === 0)),
  ),
  ...often(
    4,
    fc.tuple(actor, line, units).map(([a, l, q]) => new CreateParcel(a, l, q)),
  ),
  ...often(
    4,
    fc.tuple(actor, fc.nat(5), fc.boolean()).map(([a, p, t]) => new Ship(a, p, t)),
  ),
  ...often(
    4,
    fc.tuple(actor, fc.nat(5)).map(([a, p]) => new Deliver(a, p)),
  ),
  fc.tuple(actor, line, units, requesters).map(([a, l, q, by]) => new Cancel(a, l, q, by)),
  fc.tuple(actor, fc.option(line, { nil: undefined })).map(([a, l]) => new PlaceHold(a, l)),
  ...often(
    2,
    fc.tuple(actor, fc.nat(5)).map(([a, h]) => new ReleaseHold(a, h)),
  ),
  ...often(
    2,
    fc
      .tuple(
        actor,
        line,
        units,
        fc.integer({ min: 0, max: 2500 }),
        fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 600 })),
      )
      .map(([a, l, q, c, s]) => new Refund(a, l, q, c, s)),
  ),
  ...often(
    2,
    fc.tuple(actor, line, units).map(([a, l, q]) => new RequestReturn(a, l, q)),
  ),
  ...often(
    4,
    fc
      .tuple(
        actor,
        fc.constantFrom<RmaMove>('approve', 'refuse', 'receive', 'inspect', 'resolve'),
        fc.nat(5),
        units,
      )
      .map(([a, mv, r, q]) => new ReturnStep(a, mv, r, q)),
  ),
  ...often(
    2,
    actor.map((a) => new Close(a)),
  ),
];

/**
 * Where a run starts: a fresh capture (waiting for acceptance or not), an order half shipped
 * (L1 × 2 in parcel P1, shipped; L2 and L3 allocated) or a delivered one (everything in P1).
 * The later starts let short random runs reach returns, refunds and closing often.
 */
type Start = 'created' | 'accepted' | 'half_shipped' | 'delivered';

function startFrom(start: Start): { model: OrderModel; real: Real } {
  const model = createModel(start === 'created');
  const order = threeLineOrder();
  const all = order.lines.map((l) => ({ lineId: l.lineId, quantity: l.quantities.ordered }));
  const lifecycle = fullLifecycle(order).slice(0, 7);
  const commands: OrderCommand[] =
    start === 'created' || start === 'accepted'
      ? [{ ...lifecycle[0]!, needsAcceptance: start === 'created' } as OrderCommand]
      : start === 'delivered'
        ? lifecycle
        : [
            ...lifecycle.slice(0, 4),
            {
              ...base('wms'),
              type: 'createParcel',
              parcelId: 'P1',
              lines: [{ lineId: 'L1', quantity: 2 }],
            },
            lifecycle[5]!,
          ];
  let state: OrderState | undefined;
  const events: OrderEvent[] = [];
  for (const command of commands) {
    const decided = decide(state, command);
    if (!decided.ok) throw new Error(`start ${start}: ${decided.error.code}`);
    for (const event of decided.value) state = apply(state, event);
    events.push(...decided.value);
  }
  if (start === 'half_shipped' || start === 'delivered') {
    model.status = start === 'delivered' ? 'delivered' : 'in_preparation';
    const inParcel = start === 'delivered' ? all : [{ lineId: 'L1', quantity: 2 }];
    for (const { lineId, quantity } of all) model.lines.get(lineId)!.allocated = quantity;
    for (const { lineId, quantity } of inParcel) {
      const l = model.lines.get(lineId)!;
      l.packed = quantity;
      l.shipped = quantity;
      if (start === 'delivered') l.delivered = quantity;
    }
    model.parcels.set('P1', { lines: inParcel, shipped: true, delivered: start === 'delivered' });
    model.nextId = 2;
  }
  return { model, real: { state: state as OrderState, events } };
}

describe('order aggregate, model-based', () => {
  it('random command sequences never break an invariant; every refusal is typed and expected', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Start>('created', 'accepted', 'half_shipped', 'delivered'),
        fc.commands(steps, { maxCommands: 120, size: 'max' }),
        (start, commands) => {
          const setup = startFrom(start);
          checkInvariants(setup.model, setup.real.state);
          fc.modelRun(() => setup, commands);
          expect(replay(setup.real.events)).toEqual(setup.real.state);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
