// The lifecycle's hot paths (run from bench/index.ts), each as a ratio to JSON.parse of the same
// 3-line order, with the issue's targets checked at the end:
// - one order-machine step through the compiled table ≤ 1/100 of an XState transition();
// - a full 3-line lifecycle (8 commands, capture → close) through decide + apply
//   ≤ 2 × (JSON.parse + OrderSchema.parse) of that order;
// - replay ≥ 1,000,000 events/s over a large batch of generated histories.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  apply,
  decide,
  OrderSchema,
  replay,
  validateOrder,
  type Actor,
  type Order,
  type OrderCommand,
  type OrderEvent,
  type OrderState,
} from 'ordokit';
import { arbitraryOrderHistory } from 'ordokit/testing';
import { measure, runSuite, type BenchResult } from './harness.js';
import { benchLifecycleMachines } from './lifecycle.machines.js';

/**
 * The 2-line Amazon example plus a third line, totals recomputed by hand (prices include tax):
 * L3 1 × 19.90 at 20 % → tax 19.90 × 0.2 / 1.2 = 3.3167 → 3.32; products 84.77 + 19.90 =
 * 104.67; tax 15.11 + 3.32 = 18.43; grand total = paid = 104.67 + 5.90 = 110.57.
 */
function threeLineOrderText(): string {
  const example = JSON.parse(
    readFileSync(join(import.meta.dirname, '../examples/orders/amazon-fr-accepted.json'), 'utf8'),
  ) as { lines: unknown[]; totals: Record<string, unknown> };
  const eur = (amount: string) => ({ amount, currency: 'EUR' });
  example.lines.push({
    lineId: 'L3',
    sku: 'SHADE-LINEN-30',
    title: 'Abat-jour en lin naturel, 30 cm',
    quantities: {
      ordered: 1,
      cancelled: 0,
      allocated: 0,
      shipped: 0,
      delivered: 0,
      returned: 0,
      refunded: 0,
    },
    unitPrice: eur('19.90'),
    lineTotal: eur('19.90'),
    taxRate: '0.2',
    tax: eur('3.32'),
  });
  example.totals.products = eur('104.67');
  example.totals.tax = eur('18.43');
  example.totals.grandTotal = eur('110.57');
  example.totals.paid = eur('110.57');
  const text = JSON.stringify(example, null, 2);
  const checked = validateOrder(JSON.parse(text));
  if (!checked.ok) throw new Error('the 3-line benchmark order must be valid');
  return text;
}

const at = '2026-11-26T09:20:00Z';
const wms: Actor = { kind: 'wms', id: 'wms-1' };

/** The eight commands of a full lifecycle, capture to close. */
function fullLifecycle(order: Order): readonly OrderCommand[] {
  const all = order.lines.map((l) => ({ lineId: l.lineId, quantity: l.quantities.ordered }));
  return [
    { type: 'capture', at, actor: { kind: 'channel', id: 'amazon' }, order, needsAcceptance: true },
    { type: 'accept', at, actor: { kind: 'rule', id: 'auto-accept' } },
    { type: 'startPreparation', at, actor: wms, warehouseId: 'WH1' },
    {
      type: 'allocateLines',
      at,
      actor: wms,
      lines: all.map((l) => ({ ...l, warehouseId: 'WH1' })),
    },
    { type: 'createParcel', at, actor: wms, parcelId: 'P1', lines: all },
    {
      type: 'shipParcel',
      at,
      actor: wms,
      parcelId: 'P1',
      carrier: { code: 'colissimo', service: 'DOM' },
      tracking: { number: '6A12345678901', carrierCode: 'colissimo' },
    },
    { type: 'deliverParcel', at, actor: { kind: 'carrier', id: 'colissimo' }, parcelId: 'P1' },
    { type: 'close', at, actor: { kind: 'system', id: 'ordokit' } },
  ];
}

/** The events of a lifecycle, decided and applied in turn. */
function collectEvents(commands: readonly OrderCommand[]): OrderEvent[] {
  let state: OrderState | undefined;
  const events: OrderEvent[] = [];
  for (const command of commands) {
    const decided = decide(state, command);
    if (!decided.ok) throw new Error(`${command.type} refused: ${decided.error.code}`);
    for (const event of decided.value) state = apply(state, event);
    events.push(...decided.value);
  }
  return events;
}

/** Decides and applies every command in turn; throws if one is refused. */
function runLifecycle(commands: readonly OrderCommand[]): OrderState | undefined {
  let state: OrderState | undefined;
  for (const command of commands) {
    const decided = decide(state, command);
    if (!decided.ok) throw new Error(`${command.type} refused: ${decided.error.code}`);
    for (const event of decided.value) state = apply(state, event);
  }
  return state;
}

function formatNs(ns: number): string {
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(2)} ms`;
  if (ns >= 1e3) return `${(ns / 1e3).toFixed(2)} µs`;
  return `${ns.toFixed(1)} ns`;
}

interface Target {
  readonly name: string;
  readonly measured: string;
  readonly target: string;
  readonly met: boolean;
}

/**
 * Runs the lifecycle suites and prints the targets with ✔ or ✘.
 *
 * @returns whether every target was met
 */
export function benchLifecycle(): boolean {
  const text = threeLineOrderText();
  const order = OrderSchema.parse(JSON.parse(text));

  // 1. One order-machine step: compiled table vs XState (the machines' own suite).
  const machines = benchLifecycleMachines(text);

  // 2. A full 3-line lifecycle through decide + apply vs parsing the same order.
  const commands = fullLifecycle(order);
  const lifecycleHistory = collectEvents(commands);
  const [parseJson, parseOrder, lifecycle] = runSuite(
    `A 3-line order, capture → close (${commands.length} commands, ${lifecycleHistory.length} events); × baseline = cost / JSON.parse`,
    [
      { name: 'JSON.parse (baseline)', run: (): unknown => JSON.parse(text) },
      { name: 'JSON.parse + OrderSchema.parse', run: () => OrderSchema.parse(JSON.parse(text)) },
      { name: `decide + apply, ${commands.length} commands`, run: () => runLifecycle(commands) },
    ],
  ) as [BenchResult, BenchResult, BenchResult];

  // 3. Replay throughput: full 3-line lifecycles, and generated histories with holds, returns,
  // refunds and cancellations (refunds do decimal arithmetic: the heaviest events).
  const batches = [
    {
      name: `replay: 1,000 full 3-line lifecycles`,
      histories: () => Array.from({ length: 1000 }, () => lifecycleHistory),
    },
    {
      name: 'replay: 1,000 generated histories',
      histories: () =>
        fc
          .sample(arbitraryOrderHistory({ maxCommands: 40 }), { numRuns: 1000, seed: 20250301 })
          .map((h) => h.events),
    },
  ].map(({ name, histories: make }) => {
    const histories = make();
    const total = histories.reduce((n, h) => n + h.length, 0);
    const batch = measure({
      name,
      run: () => {
        let last: OrderState | undefined;
        for (const history of histories) last = replay(history);
        return last;
      },
    });
    return { name, total, perEvent: batch.nsPerOp / total, perHistory: batch.nsPerOp / 1000 };
  });
  console.log(`\nReplay throughput; × baseline = cost / JSON.parse of the order above`);
  console.log(
    `${'case'.padEnd(58)}${'time/op'.padStart(12)}${'ops/s'.padStart(14)}${'× baseline'.padStart(12)}`,
  );
  for (const b of batches) {
    for (const [unit, ns] of [
      [`per event (${b.total} events)`, b.perEvent],
      ['per history', b.perHistory],
    ] as const) {
      console.log(
        `${`${b.name}, ${unit}`.padEnd(58)}${formatNs(ns).padStart(12)}${Math.round(1e9 / ns)
          .toLocaleString('en-US')
          .padStart(14)}${(ns / parseJson.nsPerOp).toFixed(3).padStart(12)}`,
      );
    }
  }

  const lifecycleRatio = lifecycle.nsPerOp / parseOrder.nsPerOp;
  const targets: readonly Target[] = [
    {
      name: 'compiled step vs XState transition()',
      measured: `1/${machines.speedup.toFixed(0)} (${formatNs(machines.compiledStepNs)} vs ${formatNs(machines.xstateStepNs)})`,
      target: '≤ 1/100',
      met: machines.speedup >= 100,
    },
    {
      name: '3-line lifecycle vs JSON.parse + OrderSchema.parse',
      measured: `${lifecycleRatio.toFixed(2)}× (${formatNs(lifecycle.nsPerOp)} vs ${formatNs(parseOrder.nsPerOp)})`,
      target: '≤ 2×',
      met: lifecycleRatio <= 2,
    },
    ...batches.map((b) => ({
      name: b.name,
      measured: `${Math.round(1e9 / b.perEvent).toLocaleString('en-US')} events/s`,
      target: '≥ 1,000,000 events/s',
      met: 1e9 / b.perEvent >= 1e6,
    })),
  ];
  console.log('\nLifecycle targets');
  for (const t of targets) {
    console.log(
      `${t.met ? '✔' : '✘'} ${t.name.padEnd(52)}${t.measured.padEnd(40)}target ${t.target}`,
    );
  }
  return targets.every((t) => t.met);
}
