// The stock side of the demo's day, as a host runs it: the opening stock, the WMS's cycle count,
// the supplier's deliveries followed by a new allocation of the back-ordered lines, the
// warehouse packing what it prepared (one parcel per warehouse), and availability published to
// the channels every hour.
import type {
  AvailabilityFigure,
  OrderRecord,
  OrderState,
  Reservation,
  StockDiscrepancyOutcome,
  StockUpdate,
} from 'ordokit';
import { products } from './catalog.js';
import { openingStock, safetyStock, scarce, warehouses } from './stock.js';
import type { World } from './world.js';

const wms = { kind: 'wms', id: 'wms' } as const;
const buyer = { kind: 'user', id: 'purchasing-lea' } as const;

/** Every SKU the channels sell, the kit included. */
const catalogueSkus = products.map((p) => p.sku);

/** What the stock did during the run, for the summary. */
export interface StockLog {
  /** Units received: the opening stock, then the supplier's deliveries. */
  readonly received: { at: string; warehouseId: string; sku: string; quantity: number }[];
  /** The WMS count that found a shelf short, and what the engine did with the reservations. */
  count?: {
    readonly at: string;
    readonly warehouseId: string;
    readonly sku: string;
    readonly expected: number;
    readonly counted: number;
    readonly discrepancies: readonly StockDiscrepancyOutcome[];
  };
  /** Each publication round: the figures each channel accepted, the channels that failed. */
  readonly publications: { at: string; published: Record<string, number>; failed: string[] }[];
  /** Every figure recorded as published, with when. */
  readonly told: (AvailabilityFigure & { readonly at: string })[];
  /** True once a round reached every channel with every SKU (until then, all SKUs go again). */
  published: boolean;
}

export const createStockLog = (): StockLog => ({
  received: [],
  publications: [],
  told: [],
  published: false,
});

async function update(world: World, tenantId: string, change: StockUpdate, actor = wms) {
  const done = await world.oms.updateStock(tenantId, change, { actor });
  if (!done.ok) throw new Error(`demo stock update refused: ${done.error.code}`);
  return done.value;
}

async function receive(
  world: World,
  log: StockLog,
  tenantId: string,
  delivery: { warehouseId: string; sku: string; quantity: number },
) {
  const { warehouseId, sku, quantity } = delivery;
  await update(world, tenantId, {
    type: 'adjust',
    warehouseId,
    sku,
    delta: quantity,
    reasonCode: 'received',
  });
  log.received.push({ at: world.clock.now(), ...delivery });
}

/** 06:00: the WMS reports what each warehouse holds, and Paris keeps a few lamps back. */
export async function openStock(world: World, log: StockLog, tenantId: string): Promise<void> {
  for (const [warehouseId, skus] of Object.entries(openingStock)) {
    for (const [sku, quantity] of Object.entries(skus)) {
      await receive(world, log, tenantId, { warehouseId, sku, quantity });
    }
  }
  await update(world, tenantId, { type: 'setSafety', ...safetyStock });
}

/**
 * Tells each channel what it may sell now: every SKU until a first round reached them all,
 * then what the stock events since touched. With `settle`, a round that failed is run again
 * (a few times at most) so that the channels end the day with the last figures.
 */
export async function publishFigures(
  world: World,
  log: StockLog,
  tenantId: string,
  settle = false,
): Promise<void> {
  for (let round = 1, again = true; again; round++) {
    const options = log.published ? {} : { skus: catalogueSkus };
    const report = await world.oms.publishAvailability(tenantId, options);
    if (!report.ok) throw new Error(`demo publication refused: ${report.error.code}`);
    const { published, figures, failures, toSeq, fromSeq, more } = report.value;
    const at = world.clock.now();
    const failed = failures.map((f) => ('target' in f ? f.target : f.code));
    log.publications.push({ at, published: { ...published }, failed });
    log.told.push(...figures.map((f) => ({ ...f, at })));
    if (failures.length === 0) log.published = true;
    again = (more && toSeq > fromSeq) || (settle && failures.length > 0 && round < 5);
  }
}

async function listHeld(world: World, tenantId: string, reason: 'backorder') {
  const held: OrderRecord[] = [];
  let cursor: string | undefined;
  do {
    const page = await world.oms.list(tenantId, {
      holdReason: reason,
      limit: 100,
      ...(cursor === undefined ? {} : { cursor }),
    });
    held.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return held;
}

/** Routes again every order with a back-ordered line: the new stock may cover it now. */
async function allocateBackorders(world: World, tenantId: string) {
  for (const record of await listHeld(world, tenantId, 'backorder')) {
    const ref = { tenantId, orderId: record.state.orderId };
    // What still waits keeps its hold; the plan explains why (formatRouteExplanation).
    await world.oms.allocate(ref, { actor: buyer, reason: 'supplier delivery' });
  }
}

/** 14:00: the supplier delivers the scarce SKU; the waiting lines are allocated. */
export async function receiveSupplier(world: World, log: StockLog, tenantId: string) {
  const { sku, warehouseId, receivedAt14: quantity } = scarce;
  await receive(world, log, tenantId, { warehouseId, sku, quantity });
  await allocateBackorders(world, tenantId);
}

/** What one unit of a line takes from stock: the kit's components, or its own SKU. */
function partsOf(world: World, sku: string): readonly { sku: string; quantity: number }[] {
  return world.catalogue.expanded.get(sku) ?? [{ sku, quantity: 1 }];
}

/** The warehouse a SKU is reordered into: the first that stocked it at opening. */
const homeOf = (sku: string) =>
  warehouses.find((w) => (openingStock[w.warehouseId]?.[sku] ?? 0) > 0)?.warehouseId ?? 'PAR';

/** Day 2, 08:00: the supplier's second delivery brings every unit still owed, plus ten. */
export async function receiveOwed(world: World, log: StockLog, tenantId: string) {
  const owed = new Map<string, number>();
  for (const { state } of await listHeld(world, tenantId, 'backorder')) {
    for (const line of state.order.lines) {
      const { ordered, cancelled, allocated } = line.quantities;
      const waiting = ordered - cancelled - allocated;
      if (waiting <= 0) continue;
      for (const part of partsOf(world, line.sku)) {
        owed.set(part.sku, (owed.get(part.sku) ?? 0) + waiting * part.quantity);
      }
    }
  }
  for (const [sku, units] of [...owed].sort(([a], [b]) => (a < b ? -1 : 1))) {
    await receive(world, log, tenantId, { warehouseId: homeOf(sku), sku, quantity: units + 10 });
  }
  await allocateBackorders(world, tenantId);
}

/**
 * From 16:00, the WMS's cycle count: the Paris shelf of a SKU Lyon also holds, the one with
 * the fewest free units, turns out two units short of what the orders waiting there reserved
 * (a damaged carton). The engine moves the missing units to Lyon (policy `reroute`).
 */
export async function countShelf(world: World, log: StockLog, tenantId: string) {
  const stored = await world.storage.stock.loadLevels(tenantId, catalogueSkus);
  const levels = stored.map((s) => s.level);
  const free = (l: (typeof levels)[number]) => l.onHand - l.reserved - l.safety;
  const candidates = levels.filter(
    (l) =>
      l.warehouseId === 'PAR' &&
      l.reserved >= 2 &&
      levels.some((o) => o.warehouseId === 'LYO' && o.sku === l.sku && free(o) >= 2),
  );
  const shelf = candidates.sort((a, b) => free(a) - free(b) || (a.sku < b.sku ? -1 : 1))[0];
  if (shelf === undefined) return; // Nothing reserved in Paris yet: count at the next step.
  const counted = shelf.reserved - 2;
  const { warehouseId, sku } = shelf;
  const outcome = await update(world, tenantId, { type: 'count', warehouseId, sku, counted });
  log.count = {
    at: world.clock.now(),
    warehouseId,
    sku,
    expected: shelf.onHand,
    counted,
    discrepancies: outcome.discrepancies,
  };
}

/** Units of a line held in a warehouse, from the order's reservations (whole kits only). */
function unitsHeld(
  world: World,
  reservations: readonly Reservation[],
  sku: string,
  lineId: string,
  warehouseId: string,
) {
  return Math.min(
    ...partsOf(world, sku).map((part) => {
      const held = reservations
        .filter((r) => r.lineId === lineId && r.warehouseId === warehouseId && r.sku === part.sku)
        .reduce((n, r) => n + r.quantity, 0);
      return Math.floor(held / part.quantity);
    }),
  );
}

/** Units of a line in parcels: all of them, or those of one warehouse not shipped yet. */
function unitsPacked(state: OrderState, lineId: string, waitingIn?: string) {
  return Object.values(state.parcels)
    .filter(
      (p) => waitingIn === undefined || (p.warehouseId === waitingIn && p.shippedAt === undefined),
    )
    .flatMap((p) => p.lines)
    .filter((l) => l.lineId === lineId)
    .reduce((n, l) => n + l.quantity, 0);
}

const packable = new Set(['accepted', 'in_preparation']);

/**
 * Each warehouse packs the preparation orders the WMS received 30 minutes ago or more: one
 * parcel per preparation order, for its units still allocated, unpacked and reserved in that
 * warehouse (a count may have moved some elsewhere). A preparation order the order's holds
 * stop is packed at a later step.
 */
export async function packPrepared(world: World, tenantId: string): Promise<void> {
  const cutoff = Date.parse(world.clock.now()) - 30 * 60_000;
  for (const { key, request, context } of world.fakes.wms.received) {
    if (world.packed.has(key) || Date.parse(context.now) > cutoff) continue;
    const ref = { tenantId, orderId: request.orderId };
    const { warehouseId } = request;
    const order = await world.oms.get(ref);
    if (warehouseId === undefined || !order.ok || !packable.has(order.value.status)) {
      world.packed.add(key);
      continue;
    }
    const state = order.value;
    const reservations = await world.storage.stock.loadReservations(tenantId, state.orderId);
    const lines = [];
    for (const wanted of request.lines) {
      const line = state.order.lines.find((l) => l.lineId === wanted.lineId);
      if (line === undefined) continue;
      const unpacked = line.quantities.allocated - unitsPacked(state, line.lineId);
      const here =
        unitsHeld(world, reservations, line.sku, line.lineId, warehouseId) -
        unitsPacked(state, line.lineId, warehouseId);
      const quantity = Math.min(wanted.quantity, unpacked, here);
      if (quantity > 0) lines.push({ lineId: line.lineId, quantity });
    }
    if (lines.length === 0) {
      world.packed.add(key);
      continue;
    }
    const packed = await world.oms.recordParcel(ref, { lines, warehouseId }, { actor: wms });
    if (packed.ok) world.packed.add(key);
  }
}
