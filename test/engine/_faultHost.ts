import type { ManualClock, MemoryStorage } from '../../src/adapters/memory/index.js';
import type {
  CarrierConnector,
  ErpConnector,
  LineQuantity,
  MarketplaceConnector,
  Notifier,
  Oms,
  OmsConnectors,
  OrderRef,
  WmsConnector,
} from '../../src/index.js';
import { nextDue } from './_dispatchSupport.js';

const wmsActor = { kind: 'wms', id: 'wms' } as const;
const carrierActor = { kind: 'carrier', id: 'colissimo' } as const;
const dayMs = 86_400_000;

/**
 * The host around the OMS in the fault tests: the warehouse packs what the WMS acknowledged
 * (its webhooks, duplicates included), the carrier delivers a day after shipping. It never
 * trusts a webhook to be unique: packing the same order twice is refused by the lifecycle
 * (same parcel id), and the host drops the duplicate.
 */
export class FaultHost {
  /** Orders the WMS said it prepares, waiting to be packed (a webhook may come twice). */
  readonly toPack: string[] = [];
  /** Webhooks dropped because the order was packed already or could not be packed any more. */
  duplicatesDropped = 0;

  constructor(
    public oms: Oms,
    readonly tenantId: string,
    readonly clock: ManualClock,
    readonly storage: MemoryStorage,
  ) {}

  /** A WMS webhook: the order is being prepared. */
  onPrepared(orderId: string): void {
    this.toPack.push(orderId);
  }

  private ref(orderId: string): OrderRef {
    return { tenantId: this.tenantId, orderId };
  }

  /** Packs what can be packed: one parcel per order, every unit not cancelled. */
  private async pack(): Promise<boolean> {
    let acted = false;
    const waiting = this.toPack.splice(0);
    for (const orderId of waiting) {
      const got = await this.oms.get(this.ref(orderId));
      if (!got.ok) continue;
      const state = got.value;
      if (state.status === 'accepted') {
        // The WMS answered before the engine recorded the start (a timeout): later.
        this.toPack.push(orderId);
        continue;
      }
      if (state.status !== 'in_preparation' || Object.keys(state.parcels).length > 0) {
        this.duplicatesDropped += 1;
        continue;
      }
      const lines: LineQuantity[] = state.order.lines
        .map((l) => ({ lineId: l.lineId, quantity: l.quantities.ordered - l.quantities.cancelled }))
        .filter((l) => l.quantity > 0);
      const packed = await this.oms.recordParcel(
        this.ref(orderId),
        { parcelId: `P-${orderId}`, lines, carrier: { code: 'colissimo' } },
        { actor: wmsActor },
      );
      if (packed.ok) acted = true;
      else if (packed.error.code === 'order/on_hold') this.toPack.push(orderId);
      else this.duplicatesDropped += 1;
    }
    return acted;
  }

  /** Parcels shipped at least a day ago and not delivered yet, as [orderId, parcelId]. */
  private async shippedParcels(): Promise<{ orderId: string; parcelId: string; dueAt: number }[]> {
    const found: { orderId: string; parcelId: string; dueAt: number }[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.oms.list(this.tenantId, {
        status: ['in_preparation', 'shipped'],
        ...(cursor === undefined ? {} : { cursor }),
      });
      for (const { state } of page.items) {
        for (const [parcelId, parcel] of Object.entries(state.parcels)) {
          if (parcel.shippedAt === undefined || parcel.deliveredAt !== undefined) continue;
          found.push({
            orderId: state.orderId,
            parcelId,
            dueAt: Date.parse(parcel.shippedAt) + dayMs,
          });
        }
      }
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    return found;
  }

  /** The carrier delivers the parcels shipped a day ago or more. */
  private async deliver(): Promise<boolean> {
    let acted = false;
    const now = Date.parse(this.clock.now());
    for (const p of await this.shippedParcels()) {
      if (p.dueAt > now) continue;
      const done = await this.oms.markDelivered(
        this.ref(p.orderId),
        { parcelId: p.parcelId },
        { actor: carrierActor },
      );
      if (done.ok) acted = true;
    }
    return acted;
  }

  /** One round of the outside world; true when something changed. */
  async step(): Promise<boolean> {
    const packed = await this.pack();
    const delivered = await this.deliver();
    return packed || delivered;
  }

  /** The next instant the host has something to do (a delivery), if any. */
  async nextEventAt(): Promise<number | undefined> {
    const dues = (await this.shippedParcels()).map((p) => p.dueAt);
    return dues.length === 0 ? undefined : Math.min(...dues);
  }

  /**
   * Dispatches and lets the world react until nothing is due any more, moving the clock to the
   * next due instant (a retry, a lease end, a delivery) whenever a round changed nothing.
   *
   * @returns the dispatch rounds run and what they reported, summed
   */
  async runUntilQuiet(
    maxRounds = 2000,
  ): Promise<{ rounds: number; leaseLost: number; retried: number; parked: number; held: number }> {
    const totals = { rounds: 0, leaseLost: 0, retried: 0, parked: 0, held: 0 };
    for (let round = 1; round <= maxRounds; round++) {
      totals.rounds = round;
      const report = await this.oms.dispatch();
      totals.leaseLost += report.leaseLost;
      totals.retried += report.retried;
      totals.parked += report.parked;
      totals.held += report.held;
      const acted = await this.step();
      if (report.claimed > 0 || acted) continue;
      const due = nextDue(this.storage);
      const candidates = [
        due === undefined ? undefined : Date.parse(due),
        await this.nextEventAt(),
      ];
      const next = candidates.filter((c): c is number => c !== undefined);
      if (next.length === 0) return totals;
      const now = Date.parse(this.clock.now());
      this.clock.set(new Date(Math.max(now + 1, Math.min(...next))).toISOString());
    }
    throw new Error(`not quiet after ${String(maxRounds)} rounds`);
  }
}

/**
 * Connectors that call the fakes, then never answer: a dispatcher that died after the remote
 * side acted, or before (when the fake failed), holding its claims until their leases end.
 * With `resume`, they answer once it resolves: a dispatcher that stalled and came back late.
 */
export function stallingConnectors(
  connectors: OmsConnectors,
  resume?: Promise<void>,
): OmsConnectors {
  const stall = <T>(answer: Promise<T>): Promise<T> =>
    answer.then((value) =>
      resume === undefined ? new Promise<T>(() => undefined) : resume.then(() => value),
    );
  const wms = connectors.wms;
  const erp = connectors.erp;
  const notifier = connectors.notifier;
  const marketplaces: Record<string, MarketplaceConnector> = {};
  for (const [code, m] of Object.entries(connectors.marketplaces ?? {})) {
    marketplaces[code] = {
      channel: m.channel,
      pushStatus: (p, c) => stall(m.pushStatus(p, c)),
      pushTracking: (p, c) => stall(m.pushTracking(p, c)),
    };
  }
  const carriers: Record<string, CarrierConnector> = {};
  for (const [code, carrier] of Object.entries(connectors.carriers ?? {})) {
    carriers[code] = {
      code: carrier.code,
      createLabel: (r, c) => stall(carrier.createLabel(r, c)),
    };
  }
  const stalledWms: WmsConnector | undefined =
    wms === undefined ? undefined : { code: wms.code, prepare: (r, c) => stall(wms.prepare(r, c)) };
  const stalledErp: ErpConnector | undefined =
    erp === undefined
      ? undefined
      : { code: erp.code, recordSale: (r, c) => stall(erp.recordSale(r, c)) };
  const stalledNotifier: Notifier | undefined =
    notifier === undefined
      ? undefined
      : { notifyBuyer: (m, c) => stall(notifier.notifyBuyer(m, c)) };
  return {
    marketplaces,
    carriers,
    ...(stalledWms === undefined ? {} : { wms: stalledWms }),
    ...(stalledErp === undefined ? {} : { erp: stalledErp }),
    ...(stalledNotifier === undefined ? {} : { notifier: stalledNotifier }),
  };
}
