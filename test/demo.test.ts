import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import {
  findStockLevel,
  replayStock,
  type OrderEvent,
  type OrderRecord,
  type StockEvent,
} from 'ordokit';
import { beforeAll, describe, expect, it } from 'vitest';
import { products } from '../examples/demo/catalog.js';
import { createRandom } from '../examples/demo/random.js';
import { listAll, simulateDay, TENANT } from '../examples/demo/simulate.js';
import { createWorld, type World } from '../examples/demo/world.js';

// The README's main command: a simulated day through the engine, the in-memory adapter and
// the fakes, with three channels (Lengow, Mirakl, Amazon SP-API) sending their own payloads
// through their mappers and receiving their actions through their profiles. Its summary is checked against itself (every figure derived from another one of
// the same run), and it must repeat exactly for a given seed.
const root = resolve(import.meta.dirname, '..');
const tsx = resolve(root, 'node_modules/.bin/tsx');
const runDemo = (args: readonly string[] = []) =>
  execFileSync(tsx, ['examples/demo.ts', ...args], { cwd: root, encoding: 'utf8' });

/** The `label   value` rows of one titled section of the summary. */
function section(out: string, title: string): Map<string, string> {
  const lines = out.split('\n');
  const start = lines.indexOf(title);
  expect(start, `section "${title}"`).toBeGreaterThan(-1);
  const rows = new Map<string, string>();
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '') break;
    const match = /^ {2}(\S.*?)\s{2,}(\S.*)$/.exec(line);
    if (match) rows.set(match[1]!, match[2]!);
  }
  return rows;
}

const num = (rows: Map<string, string>, key: string) => Number(rows.get(key) ?? Number.NaN);

const channelCodes = ['lengow', 'mirakl', 'amazon_sp_api'] as const;
const marketplaceOf = { lengow: 'cdiscount', mirakl: 'fnac_darty', amazon_sp_api: 'amazon_fr' };

/** `"12 / 34"` → `[12, 34]`. */
const numbers = (text: string | undefined) =>
  (text ?? '')
    .split(/[^\d]+/)
    .filter(Boolean)
    .map(Number);

/** `"63 done, 0 pending, 0 failed"` → its three counts (zeros when the row is absent). */
function actionCounts(rows: Map<string, string>, kind: string) {
  const [done = 0, pending = 0, failed = 0] = numbers(rows.get(`actions ${kind}`));
  return { done, pending, failed };
}

// One run's summary, read by both suites below.
const seed3 = runDemo(['--seed', '3']);

describe('npm run demo', () => {
  const out = seed3;
  const channel = (code: (typeof channelCodes)[number]) =>
    section(out, `Channel ${code} (${marketplaceOf[code]})`);

  it('ingests every arrival once: duplicates and status versions change nothing, the cancellation updates', () => {
    const arrivals = section(out, 'Arrivals');
    const ingest = section(out, 'Ingest');
    const distinct =
      num(arrivals, 'order') + num(arrivals, 'bad_totals') + num(arrivals, 'bad_address');
    expect(num(ingest, 'created')).toBe(distinct);
    expect(num(ingest, 'updated')).toBe(num(arrivals, 'channel_cancellation'));
    expect(num(arrivals, 'channel_cancellation')).toBe(1);
    expect(num(ingest, 'rejected')).toBe(0);
    expect(num(arrivals, 'duplicate')).toBeGreaterThan(0);
    // Every payload put in a feed was read once; withheld ones were not ingested.
    let read = 0;
    let withheld = 0;
    let arrived = 0;
    let inOrdokit = 0;
    for (const code of channelCodes) {
      const rows = channel(code);
      const [put, readHere] = numbers(rows.get('payloads put / read'));
      expect(readHere, code).toBe(put);
      // The feed holds the day's arrivals and the versions the channel sent after acting.
      expect(put, code).toBe(
        num(rows, 'arrivals (orders, duplicates, cancellations)') +
          num(rows, 'versions sent after actions'),
      );
      expect(numbers(rows.get('imports acknowledged'))).toEqual([
        num(rows, 'orders in ordokit'),
        num(rows, 'orders in ordokit'),
      ]);
      read += readHere!;
      withheld += num(rows, 'withheld readings');
      arrived += num(rows, 'arrivals (orders, duplicates, cancellations)');
      inOrdokit += num(rows, 'orders in ordokit');
    }
    expect(arrived).toBe([...arrivals.values()].reduce((n, v) => n + Number(v), 0));
    expect(inOrdokit).toBe(num(ingest, 'created'));
    expect(num(ingest, 'created') + num(ingest, 'updated') + num(ingest, 'unchanged')).toBe(
      read - withheld,
    );
  });

  it('sends each channel the actions its orders called for, through the profile, once', () => {
    const dispatch = section(out, 'Dispatch');
    let sellerCancellations = 0;
    let refused = 0;
    for (const code of channelCodes) {
      const rows = channel(code);
      const accept = actionCounts(rows, 'accept');
      const ship = actionCounts(rows, 'ship');
      const cancel = actionCounts(rows, 'cancel');
      const refuse = actionCounts(rows, 'refuse');
      // Nothing left queued or refused by a channel.
      for (const counts of [accept, ship, cancel, refuse]) {
        expect(counts.pending + counts.failed, code).toBe(0);
      }
      // One ship action per parcel that left the warehouse.
      expect(ship.done, code).toBe(num(rows, 'parcels shipped'));
      expect(ship.done, code).toBeGreaterThan(40);
      expect(refuse.done, code).toBe(num(rows, 'orders refused'));
      // The journal holds every action sent through ordokit, all settled.
      const [done, pending, failed, sending] = numbers(
        rows.get('journal done / pending / failed / sending'),
      );
      const acted = accept.done + ship.done + cancel.done + refuse.done;
      expect(done, code).toBe(acted - num(rows, 'withheld orders accepted there'));
      expect([pending, failed, sending], code).toEqual([0, 0, 0]);
      const [settledDone, settledPending, settledFailed] = numbers(
        rows.get('queued actions settled done / pending / failed'),
      );
      expect([settledPending, settledFailed], code).toEqual([0, 0]);
      sellerCancellations += num(rows, 'cancellations by the seller');
      refused += num(rows, 'orders refused');
      if (code === 'lengow') {
        // Lengow queues every action: each one was polled until done. Cdiscount asks for
        // acceptance: one accept per order accepted.
        expect(settledDone).toBe(done);
        expect(accept.done).toBe(num(rows, 'orders accepted'));
      }
      // The buyer's cancellation on the channel is never sent back to it: one cancel action
      // per cancellation by the seller, on every channel.
      expect(cancel.done, code).toBe(num(rows, 'cancellations by the seller'));
      if (code === 'mirakl') {
        // Mirakl withholds every new order: the demo accepted each on Mirakl itself.
        expect(num(rows, 'withheld readings')).toBeGreaterThanOrEqual(
          num(rows, 'orders in ordokit'),
        );
        expect(num(rows, 'withheld orders accepted there')).toBe(num(rows, 'orders in ordokit'));
        expect(accept.done).toBe(num(rows, 'withheld orders accepted there'));
        expect(settledDone).toBe(0);
      }
      if (code === 'amazon_sp_api') {
        // No acceptance on Amazon; its cancellations are queued feeds, polled until done.
        expect(accept.done).toBe(0);
        expect(settledDone).toBe(cancel.done);
      }
    }
    expect(sellerCancellations + refused).toBe(
      num(dispatch, 'bad addresses given up (refused or cancelled)'),
    );
    expect(sellerCancellations).toBeGreaterThan(0);
  });

  it('loses nothing: no message pending, each effect acted on once per key', () => {
    const dispatch = section(out, 'Dispatch');
    expect(dispatch.get('outbox pending / parked / done')).toMatch(/^0 \/ \d+ \/ \d+$/);
    expect(num(dispatch, 'retried')).toBeGreaterThan(0);
    expect(num(dispatch, 'parked')).toBeGreaterThan(0);
    expect(num(dispatch, 'holds released by the operator')).toBe(num(dispatch, 'parked'));
    const effects = section(out, 'Effects delivered, by kind');
    const systems = section(
      out,
      'What the systems received (calls → distinct idempotency keys acted on)',
    );
    const acted = (target: string) => Number(/→ (\d+)$/.exec(systems.get(target) ?? '')?.[1]);
    const calls = (target: string) => Number(/^(\d+) →/.exec(systems.get(target) ?? '')?.[1]);
    expect(acted('wms')).toBe(num(effects, 'wms.prepare'));
    expect(acted('erp')).toBe(num(effects, 'erp.record_sale'));
    expect(acted('colissimo')).toBe(num(effects, 'carrier.create_label'));
    expect(acted('buyer')).toBe(num(effects, 'buyer.notify'));
    expect(num(effects, 'carrier.create_label')).toBe(num(effects, 'marketplace.push_tracking'));
    for (const code of channelCodes) {
      const rows = channel(code);
      const kinds = ['accept', 'ship', 'cancel', 'refuse'];
      const done = kinds.reduce((n, kind) => n + actionCounts(rows, kind).done, 0);
      expect(acted(code), code).toBe(done);
      expect(calls(code), code).toBeGreaterThanOrEqual(acted(code));
    }
    // Failures and timeouts made the dispatcher call again with the same keys.
    expect(calls('erp')).toBeGreaterThan(acted('erp'));
    const parcels = channelCodes.reduce((n, code) => n + num(channel(code), 'parcels shipped'), 0);
    expect(parcels).toBe(num(effects, 'marketplace.push_tracking'));
  });

  it('leaves every held order explained, and closes the delivered ones', () => {
    const statuses = section(out, 'Orders by status');
    const holds = out.slice(out.indexOf('Holds at the end'), out.indexOf('Effects delivered'));
    expect(holds).toMatch(/totals_mismatch \(to_verify\)/);
    expect(holds).toMatch(/Grand total is .* EUR but/);
    expect(holds).toMatch(/→ Check the amounts with the channel/);
    expect(holds).not.toMatch(/effect_failed/);
    const dispatch = section(out, 'Dispatch');
    expect(num(dispatch, 'closed by tick after 14 days')).toBe(num(statuses, 'closed'));
    expect(num(statuses, 'closed')).toBeGreaterThan(150);
    expect(section(out, 'Holds at 12:45, during the ERP outage').has('effect_failed')).toBe(true);
  });

  it('prints the timeline of the order its channel partly cancelled', () => {
    const timeline = out.slice(out.indexOf('Timeline of '));
    expect(timeline).toMatch(/captured from lengow \(cdiscount\)/);
    expect(timeline).toMatch(/Status seen on lengow: “waiting_shipment”/);
    expect(timeline).toMatch(/requested by the channel/);
    expect(timeline).toMatch(/Order closed\./);
  });

  it('repeats exactly for a seed, differs for another, and speaks French', () => {
    expect(runDemo(['--seed', '3'])).toBe(out);
    expect(runDemo(['--seed', '4'])).not.toBe(out);
    const fr = runDemo(['--seed', '3', '--lang', 'fr']);
    expect(fr).toContain('Blocages en fin de journée');
    expect(fr).toContain('Canal mirakl (fnac_darty)');
    expect(fr).toMatch(/Historique de order-\d+/);
    expect(fr).toMatch(/Le total de la commande est de/);
  });
});

// The same day run in process (seed 3, as above), to check the stock against the engine's own
// records: the stock log, the levels and reservations, the orders' histories, what the WMS and
// each channel received. Expectations come from those records and the demo's plain data (the
// kit's composition, the channels' buffers), never from the printed summary, which is only
// checked against them.
describe('npm run demo: stock', () => {
  const kit = 'KIT-LAMP-BRASS-S';
  const kitParts: Readonly<Record<string, number>> = {
    'LAMP-BRASS-S': 1,
    'SHADE-LINEN-30': 1,
    'BULB-E14-2700K': 2,
  };
  // What each channel sells: its warehouses and its cruise buffer.
  const rules = {
    lengow: { warehouses: ['PAR', 'LYO', 'MRS'], absolute: 1, percent: 5 },
    mirakl: { warehouses: ['PAR', 'LYO'], absolute: 0, percent: 0 },
    amazon_sp_api: { warehouses: ['PAR', 'LYO'], absolute: 2, percent: 10 },
  } as const;
  const out = seed3;
  let world: World;
  let records: OrderRecord[];
  let stock: StockEvent[];
  const histories = new Map<string, readonly OrderEvent[]>();

  beforeAll(async () => {
    world = createWorld({
      seed: 3,
      locale: 'en',
      start: '2026-03-02T06:00:00.000Z',
      tenantId: TENANT,
    });
    await simulateDay(world, createRandom(3), 200);
    records = await listAll(world);
    for (const { state } of records) {
      const history = await world.oms.history({ tenantId: TENANT, orderId: state.orderId });
      if (history.ok) histories.set(state.orderId, history.value);
    }
    const stored = await world.storage.stock.loadEvents(TENANT, 0, 1_000_000);
    stock = stored.map((s) => s.event);
  });

  const reservedEvents = () => stock.flatMap((e) => (e.type === 'stock.reserved' ? [e.data] : []));

  it('reserves a kit as its components, all in one warehouse', () => {
    const reserved = reservedEvents();
    expect(reserved.some((r) => r.sku === kit)).toBe(false);
    // Per kit line and warehouse: the components in the kit's proportions.
    const groups = new Map<string, Map<string, number>>();
    const kitLines = new Map<string, number>();
    for (const { state } of records) {
      for (const line of state.order.lines) {
        if (line.sku === kit)
          kitLines.set(`${state.orderId}/${line.lineId}`, line.quantities.ordered);
      }
    }
    for (const r of reserved) {
      if (!kitLines.has(`${r.orderId}/${r.lineId}`)) continue;
      const key = `${r.orderId}/${r.lineId}/${r.warehouseId}`;
      const parts = groups.get(key) ?? new Map<string, number>();
      parts.set(r.sku, (parts.get(r.sku) ?? 0) + r.quantity);
      groups.set(key, parts);
    }
    expect(groups.size).toBeGreaterThan(5);
    for (const [key, parts] of groups) {
      const kits = parts.get('LAMP-BRASS-S') ?? 0;
      expect(kits, key).toBeGreaterThan(0);
      expect(Object.fromEntries(parts), key).toEqual(
        Object.fromEntries(Object.entries(kitParts).map(([sku, n]) => [sku, n * kits])),
      );
    }
    // The kit order the summary shows: its whole line reserved in the warehouse it names.
    const row = section(out, 'Stock').get('kit order') ?? '';
    const [, orderId, units, warehouseId] =
      /^(order-\d+), (\d+) × KIT-LAMP-BRASS-S: reserved in (\w+):/.exec(row) ?? [];
    const line = records
      .find((r) => r.state.orderId === orderId)
      ?.state.order.lines.find((l) => l.sku === kit);
    expect(line?.quantities.ordered).toBe(Number(units));
    const here = [...groups].filter(([key]) =>
      key.startsWith(`${orderId ?? ''}/${line?.lineId ?? ''}/`),
    );
    expect(here.map(([key]) => key.split('/')[2])).toEqual([warehouseId]);
    expect(here[0]?.[1].get('LAMP-BRASS-S')).toBe(Number(units));
  });

  it('splits an order across two warehouses, one preparation order each, and explains why', () => {
    const fromTwo = records.filter(
      (r) => new Set(Object.values(r.state.parcels).map((p) => p.warehouseId)).size === 2,
    );
    expect(fromTwo.length).toBeGreaterThan(5);
    expect(num(section(out, 'Stock'), 'orders shipped from two warehouses')).toBe(fromTwo.length);
    const orderId = /^Route of (order-\d+), split/m.exec(out)?.[1] ?? '';
    const first = histories.get(orderId)?.find((e) => e.type === 'order.lines_allocated');
    if (first?.type !== 'order.lines_allocated') throw new Error(`${orderId} was never allocated`);
    const byWarehouse = new Map<string, { lineId: string; quantity: number }[]>();
    for (const { lineId, quantity, warehouseId } of first.data.lines) {
      byWarehouse.set(warehouseId, [...(byWarehouse.get(warehouseId) ?? []), { lineId, quantity }]);
    }
    expect(byWarehouse.size).toBe(2);
    const prepares = world.fakes.wms.received.filter((r) => r.request.orderId === orderId);
    for (const [warehouseId, lines] of byWarehouse) {
      const here = prepares.filter(
        (p) =>
          p.request.warehouseId === warehouseId &&
          JSON.stringify(
            p.request.lines.map((l) => ({ lineId: l.lineId, quantity: l.quantity })),
          ) === JSON.stringify(lines),
      );
      expect(here, warehouseId).toHaveLength(1);
    }
    // The explanation printed chooses exactly the warehouses the engine allocated in.
    const explanation = out.slice(out.indexOf(`Route of ${orderId}`)).split('\n\n')[0] ?? '';
    const chosen = [...explanation.matchAll(/^ {2}(\w+): chosen/gm)].map((m) => m[1]);
    expect(chosen.sort()).toEqual([...byWarehouse.keys()].sort());
  });

  it('holds the lines it cannot ship (backorder), then allocates them when stock arrives', () => {
    let held = 0;
    let afterReceipt = 0;
    const receipts = stock.flatMap((e) =>
      e.type === 'stock.adjusted' && e.data.reasonCode === 'received' ? [e] : [],
    );
    for (const events of histories.values()) {
      events.forEach((event, i) => {
        if (event.type !== 'hold.placed' || event.data.reasonCode !== 'backorder') return;
        const { scope, holdId } = event.data;
        if (scope.kind !== 'line') throw new Error('a backorder hold is on a line');
        held++;
        const later = events.slice(i + 1);
        expect(later.some((e) => e.type === 'hold.released' && e.data.holdId === holdId)).toBe(
          true,
        );
        const allocation = later.find(
          (e) =>
            e.type === 'order.lines_allocated' &&
            e.data.lines.some((l) => l.lineId === scope.lineId),
        );
        expect(allocation, holdId).toBeDefined();
        // Stock was received between the hold and the allocation (the same step at the least).
        const at = allocation?.at ?? '';
        if (receipts.some((r) => r.at >= event.at && r.at <= at)) afterReceipt++;
      });
    }
    expect(held).toBeGreaterThan(5);
    expect(afterReceipt).toBe(held);
    expect(records.flatMap((r) => r.state.holds).some((h) => h.reasonCode === 'backorder')).toBe(
      false,
    );
    const [total] = numbers(section(out, 'Stock').get('back-ordered lines (allocated / waiting)'));
    expect(total).toBe(held);
  });

  it('tells each channel what it may sell: the last figures match the stock at the end', async () => {
    const skus = [...new Set([...products.map((p) => p.sku)])];
    const stocked = skus.filter((sku) => sku !== kit);
    const levels = await world.storage.stock.loadLevels(TENANT, stocked);
    const free = (warehouseId: string, sku: string) => {
      const level = levels.find(
        (l) => l.level.warehouseId === warehouseId && l.level.sku === sku,
      )?.level;
      return level === undefined ? 0 : Math.max(0, level.onHand - level.reserved - level.safety);
    };
    const told = section(out, 'Availability told to each channel');
    for (const [code, rule] of Object.entries(rules)) {
      const { api } = world.marketplaces[code as keyof typeof rules];
      for (const sku of skus) {
        const supply = rule.warehouses.reduce(
          (n, w) =>
            n +
            (sku === kit
              ? Math.min(
                  ...Object.entries(kitParts).map(([part, q]) => Math.floor(free(w, part) / q)),
                )
              : free(w, sku)),
          0,
        );
        const buffer = rule.absolute + Math.floor((supply * rule.percent + 99) / 100);
        expect(api.stock[sku], `${code} ${sku}`).toBe(Math.max(0, supply - buffer));
      }
      expect(numbers(told.get(`${code}: last told`))).toEqual(
        ['SCONCE-OAK', 'GARLAND-20', kit].map((sku) => api.stock[sku]),
      );
      const [figures, rounds] = numbers(told.get(`${code}: figures told (rounds, failed)`));
      expect(rounds, code).toBeGreaterThan(5);
      expect(figures, code).toBeGreaterThanOrEqual(skus.length);
    }
  });

  it('keeps the ledger whole: reserved is the sum of the reservations, within on hand unless counted short', async () => {
    const skus = products.map((p) => p.sku).filter((sku) => sku !== kit);
    const levels = (await world.storage.stock.loadLevels(TENANT, skus)).map((s) => s.level);
    expect(levels.length).toBeGreaterThan(15);
    const replayed = replayStock(stock);
    for (const level of levels) {
      const { warehouseId, sku } = level;
      const reservations = await world.storage.stock.loadReservationsAt(TENANT, warehouseId, sku);
      expect(level.reserved, `${warehouseId} ${sku}`).toBe(
        reservations.reduce((n, r) => n + r.quantity, 0),
      );
      const countedShort = stock.some(
        (e) =>
          e.type === 'stock.counted' &&
          e.data.warehouseId === warehouseId &&
          e.data.sku === sku &&
          e.data.uncovered.length > 0,
      );
      if (!countedShort)
        expect(level.reserved, `${warehouseId} ${sku}`).toBeLessThanOrEqual(level.onHand);
      // The stored level is the fold of the stock log.
      expect(findStockLevel(replayed, warehouseId, sku)).toEqual(level);
    }
  });

  it('holds no reservation for an order whose units all shipped or were cancelled', async () => {
    const done = records.filter(({ state }) =>
      state.order.lines.every(
        (l) => l.quantities.shipped + l.quantities.cancelled === l.quantities.ordered,
      ),
    );
    expect(done.length).toBeGreaterThan(50);
    for (const { state } of done) {
      const held = await world.storage.stock.loadReservations(TENANT, state.orderId);
      expect(held, state.orderId).toEqual([]);
    }
  });

  it('moves the units a WMS count found missing to another warehouse, with a preparation order there', () => {
    const counts = stock.flatMap((e) => (e.type === 'stock.counted' ? [e.data] : []));
    const short = counts.filter((c) => c.uncovered.length > 0);
    expect(short).toHaveLength(1);
    const [count] = short;
    for (const { orderId, lineId } of count?.uncovered ?? []) {
      const moved = histories
        .get(orderId)
        ?.flatMap((e) => (e.type === 'order.lines_reallocated' ? e.data.lines : []))
        .filter((l) => l.lineId === lineId);
      expect(moved?.map((l) => l.fromWarehouseId)).toEqual([count?.warehouseId]);
      const to = moved?.[0]?.toWarehouseId;
      expect(
        world.fakes.wms.received.some(
          (p) =>
            p.request.orderId === orderId &&
            p.request.warehouseId === to &&
            p.request.lines.some((l) => l.lineId === lineId),
        ),
      ).toBe(true);
    }
  });
});
