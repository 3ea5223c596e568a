// The order machine's per-step cost: the compiled table's next() against XState's pure
// transition() on the same steps, both as a ratio to JSON.parse of the order (run from
// bench/index.ts). Each case cycles through the eight steps of a full lifecycle, capture to
// close, with guard contexts taken from the order's own lines.
import { transition } from 'xstate';
import {
  orderMachine,
  orderTransitions,
  type LineQuantities,
  type OrderMachineContext,
  type OrderMachineEventType,
  type OrderStatus,
} from 'ordokit';
import { runSuite, type BenchResult } from './harness.js';

/** What {@link benchLifecycleMachines} measured. */
export interface LifecycleMachinesBench {
  readonly results: readonly BenchResult[];
  /** Nanoseconds per step through the compiled table. */
  readonly compiledStepNs: number;
  /** Nanoseconds per step through XState's transition(). */
  readonly xstateStepNs: number;
  /** How many compiled steps cost one XState step (the target is at least 100). */
  readonly speedup: number;
}

interface Step {
  readonly from: OrderStatus;
  readonly event: OrderMachineEventType;
  readonly to: OrderStatus;
  readonly context: OrderMachineContext;
}

/** The order's lines with every unit at the given stage. */
function linesAt(
  lines: readonly { readonly quantities: LineQuantities }[],
  stage: 'new' | 'allocated' | 'shipped' | 'delivered',
): OrderMachineContext {
  const reached = (s: typeof stage) =>
    ['new', 'allocated', 'shipped', 'delivered'].indexOf(stage) >=
    ['new', 'allocated', 'shipped', 'delivered'].indexOf(s);
  return {
    lines: lines.map(({ quantities: q }) => ({
      quantities: {
        ...q,
        allocated: reached('allocated') ? q.ordered : 0,
        shipped: reached('shipped') ? q.ordered : 0,
        delivered: reached('delivered') ? q.ordered : 0,
      },
    })),
    openReturns: 0,
  };
}

/**
 * Measures one order-machine step through the compiled table and through XState, prints the
 * suite and returns the figures.
 *
 * @param orderText - a realistic order as JSON text (the JSON.parse baseline); its lines feed
 *   the guards
 */
export function benchLifecycleMachines(orderText: string): LifecycleMachinesBench {
  const { lines } = JSON.parse(orderText) as {
    lines: readonly { quantities: LineQuantities }[];
  };
  const steps: readonly Step[] = [
    { from: 'created', event: 'order.accepted', to: 'accepted', context: linesAt(lines, 'new') },
    {
      from: 'accepted',
      event: 'order.preparation_started',
      to: 'in_preparation',
      context: linesAt(lines, 'new'),
    },
    {
      from: 'in_preparation',
      event: 'order.lines_allocated',
      to: 'in_preparation',
      context: linesAt(lines, 'allocated'),
    },
    {
      from: 'in_preparation',
      event: 'parcel.created',
      to: 'in_preparation',
      context: linesAt(lines, 'allocated'),
    },
    {
      from: 'in_preparation',
      event: 'parcel.shipped',
      to: 'shipped',
      context: linesAt(lines, 'shipped'),
    },
    {
      from: 'shipped',
      event: 'parcel.tracking_updated',
      to: 'shipped',
      context: linesAt(lines, 'shipped'),
    },
    {
      from: 'shipped',
      event: 'parcel.delivered',
      to: 'delivered',
      context: linesAt(lines, 'delivered'),
    },
    {
      from: 'delivered',
      event: 'order.closed',
      to: 'closed',
      context: linesAt(lines, 'delivered'),
    },
  ];
  const xstateSteps = steps.map((step) => ({
    snapshot: orderMachine.resolveState({ value: step.from, context: step.context }),
    event: { type: step.event },
  }));
  for (const [i, step] of steps.entries()) {
    const viaXState = xstateSteps[i];
    if (
      orderTransitions.next(step.from, step.event, step.context) !== step.to ||
      viaXState === undefined ||
      transition(orderMachine, viaXState.snapshot, viaXState.event)[0].value !== step.to
    ) {
      throw new Error(`the benchmark step ${step.from} × ${step.event} must lead to ${step.to}`);
    }
  }

  let compiledAt = 0;
  let xstateAt = 0;
  const results = runSuite(
    `Order machine, one step (8 steps capture → close, cycled); × baseline = cost / JSON.parse of the order`,
    [
      { name: 'JSON.parse (baseline)', run: (): unknown => JSON.parse(orderText) },
      {
        name: 'orderTransitions.next (compiled table)',
        run: () => {
          const step = steps[compiledAt] as Step;
          compiledAt = (compiledAt + 1) % steps.length;
          return orderTransitions.next(step.from, step.event, step.context);
        },
      },
      {
        name: 'XState transition(orderMachine, snapshot, event)',
        run: () => {
          const step = xstateSteps[xstateAt] as (typeof xstateSteps)[number];
          xstateAt = (xstateAt + 1) % xstateSteps.length;
          return transition(orderMachine, step.snapshot, step.event);
        },
      },
    ],
  );
  const compiledStepNs = results[1]?.nsPerOp ?? Number.NaN;
  const xstateStepNs = results[2]?.nsPerOp ?? Number.NaN;
  const speedup = xstateStepNs / compiledStepNs;
  console.log(
    `compiled step = 1/${speedup.toFixed(0)} of an XState transition (target: at most 1/100)`,
  );
  return { results, compiledStepNs, xstateStepNs, speedup };
}
