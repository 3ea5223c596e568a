// The summary's stock figures, read back from the engine after the run: what each warehouse
// holds, the WMS count, a kit order and the components it reserved, an order split across two
// warehouses with the explanation of its route, a back-ordered line and when it was allocated,
// and what each channel was told it may sell.
import {
  replay,
  type Locale,
  type OrderEvent,
  type OrderRecord,
  type OrderState,
  type StoredStockEvent,
} from 'ordokit';
import { bundles, products } from './catalog.js';
import { explainSplit, loadStockEvents } from './explainSplit.js';
import { followedSkus, warehouses } from './stock.js';
import type { StockLog } from './stockDay.js';
import type { World } from './world.js';

type Row = readonly [string, string | number];

/** The Stock section: rows, the split order's route, and the rows per channel. */
export interface StockReport {
  readonly rows: readonly Row[];
  readonly route?: { readonly orderId: string; readonly explanation: string };
  readonly channels: readonly Row[];
}

const text = {
  en: {
    held: (w: string) => `${w} on hand / reserved`,
    received: 'units received (opening / supplier)',
    sep: ': ',
    count: (at: string) => `WMS count at ${at}`,
    counted: (sku: string, w: string, counted: number, expected: number, moved: string) =>
      `${sku} in ${w}: ${String(counted)} counted, ${String(expected)} expected${moved === '' ? '' : `; ${moved}`}`,
    moved: (n: number, w: string) => `${String(n)} reserved unit(s) moved to ${w}`,
    kit: 'kit order',
    reservedIn: (w: string) => `reserved in ${w}`,
    split: 'orders shipped from two warehouses',
    backordered: 'back-ordered lines (allocated / waiting)',
    backorder: 'back-ordered line',
    waited: (from: string, to: string | undefined, w: string | undefined) =>
      to === undefined
        ? `waiting since ${from}`
        : `waited ${from} → ${to}, allocated in ${w ?? ''}`,
    day2: 'day 2',
    followed: 'SKUs followed',
    figures: (c: string) => `${c}: figures told (rounds, failed)`,
    now: (c: string) => `${c}: last told`,
    lowest: (c: string, sku: string) => `${c}: lowest ${sku} told`,
    at: (n: number, at: string) => `${String(n)} at ${at}`,
  },
  fr: {
    held: (w: string) => `${w} en stock / réservé`,
    received: 'unités reçues (ouverture / fournisseur)',
    sep: ' : ',
    count: (at: string) => `inventaire du WMS à ${at}`,
    counted: (sku: string, w: string, counted: number, expected: number, moved: string) =>
      `${sku} à ${w} : ${String(counted)} comptées, ${String(expected)} attendues${moved === '' ? '' : ` ; ${moved}`}`,
    moved: (n: number, w: string) => `${String(n)} unité(s) réservée(s) déplacée(s) vers ${w}`,
    kit: 'commande de kit',
    reservedIn: (w: string) => `réservé à ${w}`,
    split: 'commandes parties de deux entrepôts',
    backordered: 'lignes en reliquat (allouées / en attente)',
    backorder: 'ligne en reliquat',
    waited: (from: string, to: string | undefined, w: string | undefined) =>
      to === undefined
        ? `en attente depuis ${from}`
        : `attente ${from} → ${to}, allouée à ${w ?? ''}`,
    day2: 'jour 2',
    followed: 'articles suivis',
    figures: (c: string) => `${c} : chiffres (tours, échecs)`,
    now: (c: string) => `${c} : derniers envoyés`,
    lowest: (c: string, sku: string) => `${c} : plus bas ${sku} envoyé`,
    at: (n: number, at: string) => `${String(n)} à ${at}`,
  },
} as const;

/** `2026-03-02T09:20:00.000Z` → `09:20`, or `day 2 08:00` on the next day. */
function clockOf(at: string, day: string, locale: Locale): string {
  const time = at.slice(11, 16);
  return at.startsWith(day) ? time : `${text[locale].day2} ${time}`;
}

const kitSku = bundles[0].sku;

/** The first kit line allocated whole in one warehouse, with the components reserved there. */
function describeKit(histories: Map<string, readonly OrderEvent[]>, stock: StoredStockEvent[]) {
  for (const [orderId, events] of histories) {
    const line = replay(events).order.lines.find((l) => l.sku === kitSku);
    if (line === undefined) continue;
    const reserved = new Map<string, Map<string, number>>();
    for (const { event } of stock) {
      if (event.type !== 'stock.reserved') continue;
      const { data } = event;
      if (data.orderId !== orderId || data.lineId !== line.lineId) continue;
      const parts = reserved.get(data.warehouseId) ?? new Map<string, number>();
      parts.set(data.sku, (parts.get(data.sku) ?? 0) + data.quantity);
      reserved.set(data.warehouseId, parts);
    }
    const [only, ...others] = [...reserved];
    if (only === undefined || others.length > 0) continue;
    const parts = [...only[1]].map(([sku, n]) => `${String(n)} × ${sku}`).join(', ');
    return { orderId, line, warehouseId: only[0], parts };
  }
  return undefined;
}

/** A back-ordered line: when it was held, and when (and where) it was allocated. */
interface Backorder {
  readonly orderId: string;
  readonly line: OrderState['order']['lines'][number] | undefined;
  readonly heldAt: string;
  readonly allocatedAt: string | undefined;
  readonly where: string | undefined;
}

/** The back-ordered lines, oldest hold first. */
function listBackorders(histories: Map<string, readonly OrderEvent[]>): Backorder[] {
  const found: Backorder[] = [];
  for (const [orderId, events] of histories) {
    events.forEach((event, i) => {
      if (event.type !== 'hold.placed' || event.data.reasonCode !== 'backorder') return;
      const { scope } = event.data;
      if (scope.kind !== 'line') return;
      const later = events
        .slice(i + 1)
        .find(
          (e) =>
            e.type === 'order.lines_allocated' &&
            e.data.lines.some((l) => l.lineId === scope.lineId),
        );
      const where =
        later?.type === 'order.lines_allocated'
          ? later.data.lines.find((l) => l.lineId === scope.lineId)?.warehouseId
          : undefined;
      const line = replay(events.slice(0, i + 1)).order.lines.find(
        (l) => l.lineId === scope.lineId,
      );
      found.push({
        orderId,
        line,
        heldAt: event.at,
        allocatedAt: later?.at,
        where,
      });
    });
  }
  return found.sort((a, b) => (a.heldAt < b.heldAt ? -1 : a.heldAt > b.heldAt ? 1 : 0));
}

/** The channels' rows: figures told, rounds, failures, the followed SKUs now and at their lowest. */
function describeChannels(world: World, log: StockLog, day: string, locale: Locale): Row[] {
  const t = text[locale];
  const rows: Row[] = [[t.followed, followedSkus.join(' / ')]];
  for (const { api } of Object.values(world.marketplaces)) {
    const code = api.channel;
    const rounds = log.publications.filter((p) => (p.published[code] ?? 0) > 0);
    const figures = rounds.reduce((n, p) => n + (p.published[code] ?? 0), 0);
    const failed = log.publications.filter((p) => p.failed.includes(code)).length;
    rows.push([
      t.figures(code),
      `${String(figures)} (${String(rounds.length)}, ${String(failed)})`,
    ]);
    rows.push([t.now(code), followedSkus.map((sku) => String(api.stock[sku] ?? '-')).join(' / ')]);
    const told = log.told.filter((f) => f.channel === code && f.sku === followedSkus[0]);
    const lowest = told.reduce<(typeof told)[number] | undefined>(
      (low, f) => (low === undefined || f.quantity < low.quantity ? f : low),
      undefined,
    );
    if (lowest !== undefined) {
      rows.push([
        t.lowest(code, lowest.sku),
        t.at(lowest.quantity, clockOf(lowest.at, day, locale)),
      ]);
    }
  }
  return rows;
}

/** The Stock section of the summary. */
export async function reportStock(
  world: World,
  log: StockLog,
  records: readonly OrderRecord[],
  tenantId: string,
  day: string,
  locale: Locale,
): Promise<StockReport> {
  const t = text[locale];
  const histories = new Map<string, readonly OrderEvent[]>();
  const ids = records.map((r) => r.state.orderId).sort();
  for (const orderId of ids) {
    const history = await world.oms.history({ tenantId, orderId });
    if (history.ok) histories.set(orderId, history.value);
  }
  const stock = await loadStockEvents(world, tenantId);
  const levels = await world.storage.stock.loadLevels(
    tenantId,
    products.map((p) => p.sku),
  );
  const rows: Row[] = warehouses.map((w) => {
    const mine = levels.filter((l) => l.level.warehouseId === w.warehouseId);
    const onHand = mine.reduce((n, l) => n + l.level.onHand, 0);
    const reserved = mine.reduce((n, l) => n + l.level.reserved, 0);
    return [t.held(w.warehouseId), `${String(onHand)} / ${String(reserved)}`];
  });
  const opening = log.received.filter((r) => r.at < `${day}T07:00`);
  const sum = (list: typeof log.received) => list.reduce((n, r) => n + r.quantity, 0);
  rows.push([t.received, `${String(sum(opening))} / ${String(sum(log.received) - sum(opening))}`]);
  if (log.count !== undefined) {
    const { sku, warehouseId, at, counted, expected, discrepancies } = log.count;
    const movedTo = new Map<string, number>();
    for (const m of discrepancies.flatMap((d) => d.movedTo)) {
      movedTo.set(m.warehouseId, (movedTo.get(m.warehouseId) ?? 0) + m.quantity);
    }
    const moved = [...movedTo].map(([w, n]) => t.moved(n, w)).join(', ');
    rows.push([
      t.count(clockOf(at, day, locale)),
      t.counted(sku, warehouseId, counted, expected, moved),
    ]);
  }
  const kit = describeKit(histories, stock);
  if (kit !== undefined) {
    const what = `${kit.orderId}, ${String(kit.line.quantities.ordered)} × ${kit.line.sku}`;
    rows.push([t.kit, `${what}${t.sep}${t.reservedIn(kit.warehouseId)}${t.sep}${kit.parts}`]);
  }
  const splits = records.filter(
    (r) => new Set(Object.values(r.state.parcels).map((p) => p.warehouseId)).size >= 2,
  );
  rows.push([t.split, splits.length]);
  const backorders = listBackorders(histories);
  const allocated = backorders.filter((b) => b.allocatedAt !== undefined).length;
  rows.push([
    t.backordered,
    `${String(backorders.length)} (${String(allocated)} / ${String(backorders.length - allocated)})`,
  ]);
  const first = backorders[0];
  if (first !== undefined) {
    const what = `${first.orderId}, ${String(first.line?.quantities.ordered ?? 0)} × ${first.line?.sku ?? ''}`;
    const to =
      first.allocatedAt === undefined ? undefined : clockOf(first.allocatedAt, day, locale);
    rows.push([
      t.backorder,
      `${what}${t.sep}${t.waited(clockOf(first.heldAt, day, locale), to, first.where)}`,
    ]);
  }
  const route = explainSplit(world, histories, stock, locale);
  return {
    rows,
    ...(route === undefined ? {} : { route }),
    channels: describeChannels(world, log, day, locale),
  };
}
