// A deliberately simple model of the order aggregate for the model-based suite: quantities in
// plain numbers, money in cents, the status rules of docs/lifecycle.md written out again. It
// predicts whether `decide` must accept or refuse each command; it never calls the library.
import type { ActorKind, OrderStatus } from '../../src/index.js';

export interface ModelLine {
  ordered: number;
  cancelled: number;
  allocated: number;
  packed: number;
  shipped: number;
  delivered: number;
  returned: number;
  refunded: number;
  /** Cents refunded on the line. */
  refundedCents: number;
  /** The line's share of what was paid, in cents (computed by hand for the fixture). */
  readonly paidCents: number;
}

export interface ModelParcel {
  readonly lines: readonly { readonly lineId: string; readonly quantity: number }[];
  shipped: boolean;
  delivered: boolean;
}

export type ModelRmaStatus =
  'requested' | 'approved' | 'refused' | 'received' | 'inspected' | 'resolved';

export interface ModelRma {
  status: ModelRmaStatus;
  readonly lineId: string;
  readonly quantity: number;
  received: number;
}

export interface OrderModel {
  status: OrderStatus;
  readonly lines: Map<string, ModelLine>;
  readonly parcels: Map<string, ModelParcel>;
  readonly rmas: Map<string, ModelRma>;
  /** Active holds: `'order'` or the line id. */
  readonly holds: Map<string, string>;
  shippingRefundedCents: number;
  readonly shippingPaidCents: number;
  readonly paidCents: number;
  refundIds: number;
  nextId: number;
}

/** The fixture `threeLineOrder` (paid 65.00 = L1 20.00 + L2 30.00 + L3 10.00 + shipping 5.00). */
export function createModel(needsAcceptance: boolean): OrderModel {
  const line = (ordered: number, paidCents: number): ModelLine => ({
    ordered,
    cancelled: 0,
    allocated: 0,
    packed: 0,
    shipped: 0,
    delivered: 0,
    returned: 0,
    refunded: 0,
    refundedCents: 0,
    paidCents,
  });
  return {
    status: needsAcceptance ? 'created' : 'accepted',
    lines: new Map([
      ['L1', line(2, 2000)],
      ['L2', line(1, 3000)],
      ['L3', line(3, 1000)],
    ]),
    parcels: new Map(),
    rmas: new Map(),
    holds: new Map(),
    shippingRefundedCents: 0,
    shippingPaidCents: 500,
    paidCents: 6500,
    refundIds: 0,
    nextId: 1,
  };
}

/** Whether a hold stops an automated deciding command touching `lines` ('all' for close). */
export function isHeld(
  m: OrderModel,
  actor: ActorKind,
  lines: readonly string[] | 'order' | 'all',
): boolean {
  if (actor === 'user') return false;
  for (const scope of m.holds.values()) {
    if (scope === 'order' || lines === 'all') return true;
    if (lines !== 'order' && lines.includes(scope)) return true;
  }
  return false;
}

const sum = (m: OrderModel, f: (l: ModelLine) => number): number =>
  [...m.lines.values()].reduce((s, l) => s + f(l), 0);

function everyOpen(m: OrderModel, f: (l: ModelLine) => number): boolean {
  const open = sum(m, (l) => l.ordered - l.cancelled);
  return open > 0 && [...m.lines.values()].every((l) => f(l) >= l.ordered - l.cancelled);
}

/** Status after a parcel shipped. */
export function afterShip(m: OrderModel): void {
  if (m.status === 'in_preparation' && everyOpen(m, (l) => l.shipped)) m.status = 'shipped';
}

/** Status after a parcel was delivered. */
export function afterDeliver(m: OrderModel): void {
  if (m.status === 'shipped' && everyOpen(m, (l) => l.delivered)) m.status = 'delivered';
}

/** Status after a cancellation. */
export function afterCancel(m: OrderModel): void {
  if ([...m.lines.values()].every((l) => l.cancelled >= l.ordered)) m.status = 'cancelled';
  else if (m.status === 'in_preparation' && everyOpen(m, (l) => l.delivered))
    m.status = 'delivered';
  else if (m.status === 'in_preparation' && everyOpen(m, (l) => l.shipped)) m.status = 'shipped';
}

/** Units of a line in returns still open and not received. */
export function pendingReturn(m: OrderModel, lineId: string): number {
  let n = 0;
  for (const r of m.rmas.values()) {
    if (r.lineId === lineId && r.status !== 'refused' && r.status !== 'resolved') {
      n += r.quantity - r.received;
    }
  }
  return n;
}

/** Whether a return is open (neither refused nor resolved). */
export function hasOpenReturn(m: OrderModel): boolean {
  return [...m.rmas.values()].some((r) => r.status !== 'refused' && r.status !== 'resolved');
}

/** Statuses where return events are allowed by the order machine. */
export const returnStatuses: readonly OrderStatus[] = ['in_preparation', 'shipped', 'delivered'];
