import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  orderMachine,
  orderMachineEventTypes,
  orderStatuses,
  orderTransitions,
  parcelMachine,
  parcelStatuses,
  parcelTransitions,
  rmaMachine,
  rmaMachineEventTypes,
  rmaStatuses,
  rmaTransitions,
  type LineQuantities,
  type OrderMachineContext,
} from '../../src/index.js';
import { agrees, expectedStep, snapshotIn, stepXState } from './_lifecycleOracle.js';

// Event types no machine handles: they must be "not allowed" everywhere, for both.
const foreign = ['order.captured', 'hold.placed', 'refund.issued', 'note.added', 'nonsense'];

// Line quantities that often sit on the guards' edges (all cancelled, all shipped, all
// delivered) and sometimes anywhere, consistent or not: guards must agree on any numbers.
const anyQuantities: fc.Arbitrary<LineQuantities> = fc
  .nat({ max: 4 })
  .chain((ordered) =>
    fc.record({
      ordered: fc.constant(ordered),
      cancelled: fc.oneof(fc.constant(0), fc.constant(ordered), fc.nat({ max: 5 })),
      allocated: fc.nat({ max: 5 }),
      shipped: fc.oneof(fc.constant(ordered), fc.nat({ max: 5 })),
      delivered: fc.oneof(fc.constant(ordered), fc.nat({ max: 5 })),
      returned: fc.nat({ max: 5 }),
      refunded: fc.nat({ max: 5 }),
    }),
  )
  .chain((q) =>
    fc.record({
      ordered: fc.constant(q.ordered),
      cancelled: fc.constant(q.cancelled),
      allocated: fc.constant(q.allocated),
      shipped: fc.oneof(fc.constant(q.shipped), fc.constant(Math.max(0, q.ordered - q.cancelled))),
      delivered: fc.oneof(
        fc.constant(q.delivered),
        fc.constant(Math.max(0, q.ordered - q.cancelled)),
      ),
      returned: fc.constant(q.returned),
      refunded: fc.constant(q.refunded),
    }),
  );

const anyOrderContext: fc.Arbitrary<OrderMachineContext> = fc.record({
  lines: fc.array(fc.record({ quantities: anyQuantities }), { maxLength: 4 }),
  openReturns: fc.oneof(fc.constant(0), fc.nat({ max: 3 })),
});

describe('compiled tables list what the machines define', () => {
  it.each([
    ['order', orderTransitions, orderStatuses, orderMachineEventTypes],
    ['parcel', parcelTransitions, parcelStatuses, parcelStatuses.slice(1)],
    ['rma', rmaTransitions, rmaStatuses, rmaMachineEventTypes],
  ] as const)('%s: states and events', (_, table, states, events) => {
    expect(table.states).toEqual(states);
    expect([...table.events].sort()).toEqual([...events].sort());
  });
});

describe('compiled next agrees with XState transition() for every state × every event', () => {
  test.prop([anyOrderContext], { numRuns: 1000 })(
    'order, with random guard contexts',
    (context) => {
      const disagreements: string[] = [];
      for (const state of orderStatuses) {
        const snapshot = snapshotIn(orderMachine, state, context);
        for (const event of [...orderMachineEventTypes, ...foreign]) {
          const compiled = orderTransitions.next(state, event as never, context);
          const step = stepXState(orderMachine, snapshot, event);
          if (!agrees(step, expectedStep(state, compiled))) {
            disagreements.push(
              `${state} × ${event}: ${String(compiled)} vs ${JSON.stringify(step)}`,
            );
          }
        }
      }
      expect(disagreements).toEqual([]);
    },
  );

  it.each([
    ['parcel', parcelMachine, parcelTransitions, parcelStatuses, parcelStatuses],
    ['rma', rmaMachine, rmaTransitions, rmaStatuses, rmaMachineEventTypes],
  ] as const)('%s (no guards, so every case once)', (_, machine, table, states, events) => {
    let allowed = 0;
    for (const state of states) {
      const snapshot = snapshotIn(machine, state, undefined);
      for (const event of [...events, ...foreign]) {
        const compiled = table.next(state as never, event as never);
        if (compiled !== undefined) allowed++;
        expect(stepXState(machine, snapshot, event), `${state} × ${event}`).toEqual(
          expect.objectContaining(expectedStep(state, compiled)),
        );
      }
    }
    expect(allowed).toBe(table.transitions.length);
  });

  it('checks self-transitions too: the order stays put yet the event is handled', () => {
    const context: OrderMachineContext = { lines: [], openReturns: 0 };
    const stays = orderTransitions.transitions.filter((rule) => rule.source === rule.target);
    expect(stays.length).toBeGreaterThan(20);
    for (const rule of stays.filter((r) => r.guard === undefined)) {
      const partial: OrderMachineContext = {
        lines: [
          {
            quantities: {
              ordered: 2,
              cancelled: 0,
              allocated: 2,
              shipped: 1,
              delivered: 0,
              returned: 0,
              refunded: 0,
            },
          },
        ],
        openReturns: 1,
      };
      expect(orderTransitions.next(rule.source, rule.event, partial)).toBe(rule.source);
      expect(
        stepXState(orderMachine, snapshotIn(orderMachine, rule.source, partial), rule.event),
      ).toEqual({
        handled: true,
        can: true,
        value: rule.source,
        sameSnapshot: true,
      });
    }
    expect(
      stepXState(orderMachine, snapshotIn(orderMachine, 'created', context), 'order.closed'),
    ).toEqual({
      handled: false,
      can: false,
      value: 'created',
      sameSnapshot: true,
    });
  });
});
