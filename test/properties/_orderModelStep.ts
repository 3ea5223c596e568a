// The model-based suite's step base: each step builds a command from the model, predicts
// whether decide accepts it, runs it on the library and checks the invariants.
import type fc from 'fast-check';
import { expect } from 'vitest';
import {
  apply,
  checkQuantities,
  compareMoney,
  decide,
  formatError,
  moneyFromMinorUnits,
  moneyToJSON,
  orderLifecycleMessages,
  parseMoneyJson,
  type ActorKind,
  type OrderCommand,
  type OrderEvent,
  type OrderState,
} from '../../src/index.js';
import type { OrderModel } from './_orderModel.js';

export interface Real {
  state: OrderState;
  readonly events: OrderEvent[];
}

const knownCodes = new Set(Object.keys(orderLifecycleMessages));
export const at = '2025-03-01T10:00:00Z';
export const lineIds = ['L1', 'L2', 'L3'] as const;
export const cents = (n: number) => {
  const m = moneyFromMinorUnits(n, 'EUR');
  if (!m.ok) throw new Error('cents');
  return moneyToJSON(m.value);
};
export const pickKey = <T>(map: ReadonlyMap<string, T>, i: number, fallback: string): string =>
  [...map.keys()][i % Math.max(1, map.size)] ?? fallback;

/** A step: builds its command from the model, predicts the outcome, updates the model. */
export abstract class Step implements fc.Command<OrderModel, Real> {
  constructor(protected readonly actor: ActorKind) {}
  check(): boolean {
    return true;
  }
  abstract command(m: OrderModel): OrderCommand;
  /** Whether `decide` must accept the command in this model. */
  abstract allowed(m: OrderModel): boolean;
  /** The model after the command was accepted. */
  abstract update(m: OrderModel): void;

  run(m: OrderModel, r: Real): void {
    const command = this.command(m);
    const expected = this.allowed(m);
    const decided = decide(r.state, command);
    if (!decided.ok) {
      expect(knownCodes.has(decided.error.code), decided.error.code).toBe(true);
      expect(formatError(decided.error, 'fr')).not.toBe(decided.error.code);
      expect(expected, `refused: ${JSON.stringify(decided.error)}`).toBe(false);
      return;
    }
    expect(expected, `accepted: ${JSON.stringify(command)}`).toBe(true);
    for (const event of decided.value) r.state = apply(r.state, event);
    r.events.push(...decided.value);
    this.update(m);
    checkInvariants(m, r.state);
  }
  toString(): string {
    return `${this.constructor.name}(${this.actor})`;
  }
}

export function base(actor: ActorKind) {
  return { at, actor: { kind: actor, id: `${actor}-1` } } as const;
}

/** The invariants, checked on the library's state after every accepted command. */
export function checkInvariants(m: OrderModel, s: OrderState): void {
  expect(s.status).toBe(m.status);
  for (const line of s.order.lines) {
    const q = line.quantities;
    const ml = m.lines.get(line.lineId)!;
    expect(checkQuantities(q)).toEqual([]);
    expect(q).toEqual({
      ordered: ml.ordered,
      cancelled: ml.cancelled,
      allocated: ml.allocated,
      shipped: ml.shipped,
      delivered: ml.delivered,
      returned: ml.returned,
      refunded: ml.refunded,
    });
    const packed = Object.values(s.parcels)
      .flatMap((p) => p.lines)
      .filter((l) => l.lineId === line.lineId)
      .reduce((n, l) => n + l.quantity, 0);
    expect(packed).toBe(ml.packed);
    expect(packed).toBeLessThanOrEqual(q.allocated);
    const refunded = s.refunds.byLine[line.lineId];
    expect(refunded === undefined ? 0 : Math.round(Number(refunded.amount) * 100)).toBe(
      ml.refundedCents,
    );
  }
  const total = parseMoneyJson(s.refunds.total);
  const paid = parseMoneyJson(s.order.totals.paid);
  expect(total.ok && paid.ok && compareMoney(total.value, paid.value) <= 0).toBe(true);
  expect(s.holds.map((h) => h.holdId)).toEqual([...m.holds.keys()]);
}
