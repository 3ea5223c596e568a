// After-sales steps of the model-based suite: holds, refunds, returns, close.
import type { ActorKind, OrderCommand } from '../../src/index.js';
import {
  hasOpenReturn,
  isHeld,
  pendingReturn,
  returnStatuses,
  type OrderModel,
} from './_orderModel.js';
import { base, cents, lineIds, pickKey, Step } from './_orderModelStep.js';

export class PlaceHold extends Step {
  constructor(
    actor: ActorKind,
    private readonly line: number | undefined,
  ) {
    super(actor);
  }
  command = (m: OrderModel): OrderCommand => ({
    ...base(this.actor),
    type: 'placeHold',
    holdId: `H${String(m.nextId)}`,
    reasonCode: 'manual',
    scope:
      this.line === undefined
        ? { kind: 'order' }
        : { kind: 'line', lineId: lineIds[this.line % 3] ?? 'L1' },
  });
  allowed = () => true;
  update = (m: OrderModel) =>
    void m.holds.set(
      `H${String(m.nextId++)}`,
      this.line === undefined ? 'order' : (lineIds[this.line % 3] ?? 'L1'),
    );
}

export class ReleaseHold extends Step {
  constructor(
    actor: ActorKind,
    private readonly hold: number,
  ) {
    super(actor);
  }
  command = (m: OrderModel): OrderCommand => ({
    ...base(this.actor),
    type: 'releaseHold',
    holdId: pickKey(m.holds, this.hold, 'H0'),
  });
  allowed = (m: OrderModel) => m.holds.size > 0;
  update = (m: OrderModel) => void m.holds.delete(pickKey(m.holds, this.hold, 'H0'));
}

export class Refund extends Step {
  constructor(
    actor: ActorKind,
    private readonly line: number,
    private readonly quantity: number,
    private readonly lineCents: number,
    private readonly shippingCents: number,
  ) {
    super(actor);
  }
  private get lineId() {
    return lineIds[this.line % 3] ?? 'L1';
  }
  command = (m: OrderModel): OrderCommand => ({
    ...base(this.actor),
    type: 'issueRefund',
    refundId: `F${String(m.refundIds + 1)}`,
    lines: [{ lineId: this.lineId, quantity: this.quantity, amount: cents(this.lineCents) }],
    ...(this.shippingCents > 0 ? { shipping: cents(this.shippingCents) } : {}),
  });
  allowed = (m: OrderModel) => {
    const l = m.lines.get(this.lineId)!;
    return (
      this.lineCents + this.shippingCents > 0 &&
      this.quantity <= l.cancelled + l.shipped - l.refunded &&
      l.refundedCents + this.lineCents <= l.paidCents &&
      m.shippingRefundedCents + this.shippingCents <= m.shippingPaidCents &&
      !isHeld(m, this.actor, [this.lineId])
    );
  };
  update = (m: OrderModel) => {
    const l = m.lines.get(this.lineId)!;
    l.refunded += this.quantity;
    l.refundedCents += this.lineCents;
    m.shippingRefundedCents += this.shippingCents;
    m.refundIds++;
  };
}

export class RequestReturn extends Step {
  constructor(
    actor: ActorKind,
    private readonly line: number,
    private readonly quantity: number,
  ) {
    super(actor);
  }
  private get lineId() {
    return lineIds[this.line % 3] ?? 'L1';
  }
  command = (m: OrderModel): OrderCommand => ({
    ...base(this.actor),
    type: 'requestReturn',
    rmaId: `R${String(m.nextId)}`,
    lines: [{ lineId: this.lineId, quantity: this.quantity, reason: 'defective' }],
  });
  allowed = (m: OrderModel) => {
    const l = m.lines.get(this.lineId)!;
    return (
      returnStatuses.includes(m.status) &&
      this.quantity >= 1 &&
      this.quantity <= l.delivered - l.returned - pendingReturn(m, this.lineId)
    );
  };
  update = (m: OrderModel) =>
    void m.rmas.set(`R${String(m.nextId++)}`, {
      status: 'requested',
      lineId: this.lineId,
      quantity: this.quantity,
      received: 0,
    });
}

export type RmaMove = 'approve' | 'refuse' | 'receive' | 'inspect' | 'resolve';
const rmaFrom: Readonly<Record<RmaMove, readonly string[]>> = {
  approve: ['requested'],
  refuse: ['requested'],
  receive: ['approved', 'received'],
  inspect: ['received'],
  resolve: ['approved', 'inspected'],
};

export class ReturnStep extends Step {
  constructor(
    actor: ActorKind,
    private readonly move: RmaMove,
    private readonly rma: number,
    private readonly quantity: number,
  ) {
    super(actor);
  }
  command = (m: OrderModel): OrderCommand => {
    const rmaId = pickKey(m.rmas, this.rma, 'R0');
    const lineId = m.rmas.get(rmaId)?.lineId ?? 'L1';
    const b = base(this.actor);
    switch (this.move) {
      case 'approve':
        return { ...b, type: 'approveReturn', rmaId };
      case 'refuse':
        return { ...b, type: 'refuseReturn', rmaId };
      case 'receive':
        return { ...b, type: 'receiveReturn', rmaId, lines: [{ lineId, quantity: this.quantity }] };
      case 'inspect':
        return { ...b, type: 'inspectReturn', rmaId, outcome: 'restock' };
      case 'resolve':
        return { ...b, type: 'resolveReturn', rmaId, resolution: 'refund' };
    }
  };
  allowed = (m: OrderModel) => {
    const r = m.rmas.get(pickKey(m.rmas, this.rma, 'R0'));
    if (r === undefined || !rmaFrom[this.move].includes(r.status)) return false;
    if (!returnStatuses.includes(m.status)) return false;
    if (this.move === 'receive' && (this.quantity < 1 || this.quantity > r.quantity - r.received)) {
      return false;
    }
    const decision = this.move === 'approve' || this.move === 'refuse' || this.move === 'resolve';
    return !(decision && isHeld(m, this.actor, [r.lineId]));
  };
  update = (m: OrderModel) => {
    const r = m.rmas.get(pickKey(m.rmas, this.rma, 'R0'))!;
    const next = {
      approve: 'approved',
      refuse: 'refused',
      receive: 'received',
      inspect: 'inspected',
      resolve: 'resolved',
    } as const;
    r.status = next[this.move];
    if (this.move === 'receive') {
      r.received += this.quantity;
      m.lines.get(r.lineId)!.returned += this.quantity;
    }
  };
  override toString(): string {
    return `ReturnStep(${this.actor}, ${this.move})`;
  }
}

export class Close extends Step {
  command = () => ({ ...base(this.actor), type: 'close' }) as const;
  allowed = (m: OrderModel) =>
    m.status === 'delivered' &&
    [...m.lines.values()].every((l) => l.ordered - l.cancelled - l.delivered <= 0) &&
    !hasOpenReturn(m) &&
    !isHeld(m, this.actor, 'all');
  update = (m: OrderModel) => void (m.status = 'closed');
}
