// Fulfilment steps of the model-based suite: accept, prepare, allocate, reallocate, pack, ship,
// deliver, cancel.
import type { ActorKind, OrderCommand } from '../../src/index.js';
import { afterCancel, afterDeliver, afterShip, isHeld, type OrderModel } from './_orderModel.js';
import { base, lineIds, pickKey, Step } from './_orderModelStep.js';

export class Accept extends Step {
  command = () => ({ ...base(this.actor), type: 'accept' }) as const;
  allowed = (m: OrderModel) => m.status === 'created' && !isHeld(m, this.actor, 'order');
  update = (m: OrderModel) => void (m.status = 'accepted');
}

export class StartPreparation extends Step {
  command = () => ({ ...base(this.actor), type: 'startPreparation' }) as const;
  allowed = (m: OrderModel) => m.status === 'accepted' && !isHeld(m, this.actor, 'order');
  update = (m: OrderModel) => void (m.status = 'in_preparation');
}

export class Allocate extends Step {
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
  command = (): OrderCommand => ({
    ...base(this.actor),
    type: 'allocateLines',
    lines: [{ lineId: this.lineId, quantity: this.quantity, warehouseId: 'WH1' }],
  });
  allowed = (m: OrderModel) => {
    const l = m.lines.get(this.lineId)!;
    return (
      (m.status === 'accepted' || m.status === 'in_preparation') &&
      this.quantity >= 1 &&
      this.quantity <= l.ordered - l.cancelled - l.allocated &&
      !isHeld(m, this.actor, [this.lineId])
    );
  };
  update = (m: OrderModel) => void (m.lines.get(this.lineId)!.allocated += this.quantity);
}

/** Moves allocated units to another warehouse (or, with `same`, to the one they are in). */
export class Reallocate extends Step {
  constructor(
    actor: ActorKind,
    private readonly line: number,
    private readonly quantity: number,
    private readonly same: boolean,
  ) {
    super(actor);
  }
  private get lineId() {
    return lineIds[this.line % 3] ?? 'L1';
  }
  command = (): OrderCommand => ({
    ...base(this.actor),
    type: 'reallocateLines',
    lines: [
      {
        lineId: this.lineId,
        quantity: this.quantity,
        fromWarehouseId: 'WH1',
        toWarehouseId: this.same ? 'WH1' : 'WH2',
      },
    ],
  });
  allowed = (m: OrderModel) => {
    const l = m.lines.get(this.lineId)!;
    return (
      (m.status === 'accepted' || m.status === 'in_preparation') &&
      !this.same &&
      this.quantity >= 1 &&
      this.quantity <= l.allocated - l.packed &&
      !isHeld(m, this.actor, [this.lineId])
    );
  };
  // Units change warehouse only: every quantity of the model stays as it is.
  update = () => undefined;
}

export class CreateParcel extends Step {
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
    type: 'createParcel',
    parcelId: `P${String(m.nextId)}`,
    lines: [{ lineId: this.lineId, quantity: this.quantity }],
  });
  allowed = (m: OrderModel) => {
    const l = m.lines.get(this.lineId)!;
    return (
      m.status === 'in_preparation' &&
      this.quantity >= 1 &&
      this.quantity <= l.allocated - l.packed &&
      !isHeld(m, this.actor, [this.lineId])
    );
  };
  update = (m: OrderModel) => {
    m.parcels.set(`P${String(m.nextId++)}`, {
      lines: [{ lineId: this.lineId, quantity: this.quantity }],
      shipped: false,
      delivered: false,
    });
    m.lines.get(this.lineId)!.packed += this.quantity;
  };
}

export class Ship extends Step {
  constructor(
    actor: ActorKind,
    private readonly parcel: number,
    private readonly tracked: boolean,
  ) {
    super(actor);
  }
  command = (m: OrderModel): OrderCommand => ({
    ...base(this.actor),
    type: 'shipParcel',
    parcelId: pickKey(m.parcels, this.parcel, 'P0'),
    ...(this.tracked ? { tracking: { number: 'TRK1', carrierCode: 'colissimo' } } : {}),
  });
  allowed = (m: OrderModel) => {
    const p = m.parcels.get(pickKey(m.parcels, this.parcel, 'P0'));
    return (
      p !== undefined &&
      !p.shipped &&
      this.tracked &&
      m.status === 'in_preparation' &&
      !isHeld(
        m,
        this.actor,
        p.lines.map((l) => l.lineId),
      )
    );
  };
  update = (m: OrderModel) => {
    const p = m.parcels.get(pickKey(m.parcels, this.parcel, 'P0'))!;
    p.shipped = true;
    for (const { lineId, quantity } of p.lines) m.lines.get(lineId)!.shipped += quantity;
    afterShip(m);
  };
}

export class Deliver extends Step {
  constructor(
    actor: ActorKind,
    private readonly parcel: number,
  ) {
    super(actor);
  }
  command = (m: OrderModel): OrderCommand => ({
    ...base(this.actor),
    type: 'deliverParcel',
    parcelId: pickKey(m.parcels, this.parcel, 'P0'),
  });
  allowed = (m: OrderModel) => {
    const p = m.parcels.get(pickKey(m.parcels, this.parcel, 'P0'));
    return p !== undefined && p.shipped && !p.delivered;
  };
  update = (m: OrderModel) => {
    const p = m.parcels.get(pickKey(m.parcels, this.parcel, 'P0'))!;
    p.delivered = true;
    for (const { lineId, quantity } of p.lines) m.lines.get(lineId)!.delivered += quantity;
    afterDeliver(m);
  };
}

export class Cancel extends Step {
  constructor(
    actor: ActorKind,
    private readonly line: number,
    private readonly quantity: number,
    private readonly by: 'buyer' | 'seller' | 'channel',
  ) {
    super(actor);
  }
  private get lineId() {
    return lineIds[this.line % 3] ?? 'L1';
  }
  command = (): OrderCommand => ({
    ...base(this.actor),
    type: 'cancelLines',
    requestedBy: this.by,
    reasonCode: 'other',
    lines: [{ lineId: this.lineId, quantity: this.quantity }],
  });
  allowed = (m: OrderModel) => {
    const l = m.lines.get(this.lineId)!;
    return (
      ['created', 'accepted', 'in_preparation'].includes(m.status) &&
      this.quantity >= 1 &&
      this.quantity <= l.ordered - l.cancelled - l.packed &&
      !(this.by === 'seller' && isHeld(m, this.actor, [this.lineId]))
    );
  };
  update = (m: OrderModel) => {
    const l = m.lines.get(this.lineId)!;
    const unallocated = l.ordered - l.cancelled - l.allocated;
    l.allocated -= Math.max(0, this.quantity - unallocated);
    l.cancelled += this.quantity;
    afterCancel(m);
  };
}
