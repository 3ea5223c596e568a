// The end-to-end demo: a simulated day of a seller on three channels, each speaking its own API
// (Lengow with Cdiscount behind it, Mirakl for Fnac Darty, Amazon's Selling Partner API), run
// through ordokit's engine on the in-memory adapter. Orders come in through each channel's feed
// and mapper; status and tracking pushes go back as channel actions through each profile and an
// action journal. The WMS, ERP, carrier, channel APIs and buyers are scriptable fakes that fail
// the way real systems do (errors, timeouts, double acknowledgements, an ERP outage from 10:00 to
// 12:30). The engine keeps the stock of three warehouses: it routes and reserves each order
// (splitting it, or back-ordering what is missing), a WMS count finds a shelf short, the
// supplier delivers, and each channel is told every hour what it may sell. Deterministic for a
// given seed.
//
//   npm run demo                       # English, seed 1
//   npm run demo -- --lang fr          # French notes and timeline
//   npm run demo -- --seed 7 --orders 300
import { categorizeHold, formatTimeline, type Locale } from 'ordokit';
import { listAll, simulateDay, TENANT, type DayLog } from './demo/simulate.js';
import { createRandom } from './demo/random.js';
import { reportChannel } from './demo/report.js';
import { reportStock } from './demo/reportStock.js';
import { createWorld, type World } from './demo/world.js';

function readFlag(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i === -1 ? undefined : argv[i + 1];
}

function readOptions(argv: readonly string[]): { seed: number; locale: Locale; orders: number } {
  const lang = readFlag(argv, 'lang') ?? 'en';
  if (lang !== 'en' && lang !== 'fr') throw new Error(`--lang takes en or fr, not "${lang}"`);
  const seed = Number(readFlag(argv, 'seed') ?? '1');
  const orders = Number(readFlag(argv, 'orders') ?? '200');
  if (!Number.isSafeInteger(seed)) throw new Error('--seed takes an integer');
  if (!Number.isSafeInteger(orders) || orders < 20)
    throw new Error('--orders takes an integer ≥ 20');
  return { seed, locale: lang, orders };
}

const text = {
  en: {
    title: (n: number, seed: number) =>
      `ordokit demo: one day, ${String(n)} orders, seed ${String(seed)}`,
    arrivals: 'Arrivals',
    ingest: 'Ingest',
    byStatus: 'Orders by status',
    holdsNoon: 'Holds at 12:45, during the ERP outage',
    holds: 'Holds at the end, by reason (with their notes)',
    effects: 'Effects delivered, by kind',
    dispatch: 'Dispatch',
    fakes: 'What the systems received (calls → distinct idempotency keys acted on)',
    channel: (code: string, marketplace: string) => `Channel ${code} (${marketplace})`,
    timeline: (id: string) => `Timeline of ${id}`,
    stock: 'Stock',
    route: (id: string) => `Route of ${id}, split between two warehouses`,
    told: 'Availability told to each channel',
  },
  fr: {
    title: (n: number, seed: number) =>
      `démo ordokit : une journée, ${String(n)} commandes, graine ${String(seed)}`,
    arrivals: 'Arrivées',
    ingest: 'Import',
    byStatus: 'Commandes par statut',
    holdsNoon: 'Blocages à 12:45, pendant la panne de l’ERP',
    holds: 'Blocages en fin de journée, par motif (avec leurs notes)',
    effects: 'Effets livrés, par type',
    dispatch: 'Envoi',
    fakes: 'Ce que les systèmes ont reçu (appels → clés d’idempotence distinctes traitées)',
    channel: (code: string, marketplace: string) => `Canal ${code} (${marketplace})`,
    timeline: (id: string) => `Historique de ${id}`,
    stock: 'Stock',
    route: (id: string) => `Routage de ${id}, réparti entre deux entrepôts`,
    told: 'Disponibilités envoyées à chaque canal',
  },
} as const;

const line = (label: string, value: string | number) => `  ${label.padEnd(48)}${String(value)}`;

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

async function printSummary(
  world: World,
  log: DayLog,
  locale: Locale,
  orders: number,
  seed: number,
) {
  const t = text[locale];
  console.log(t.title(orders, seed));
  console.log(`\n${t.arrivals}`);
  for (const [kind, n] of Object.entries(countBy(log.arrivals, (a) => a.kind)))
    console.log(line(kind, n));
  console.log(`\n${t.ingest}`);
  for (const [outcome, n] of Object.entries(log.ingest)) console.log(line(outcome, n));
  for (const [outcome, n] of Object.entries(log.sync).sort())
    console.log(line(`status ${outcome}`, n));

  const records = await listAll(world);
  console.log(`\n${t.byStatus}`);
  for (const [status, n] of Object.entries(countBy(records, (r) => r.state.status)).sort()) {
    console.log(line(status, n));
  }
  console.log(`\n${t.holdsNoon}`);
  for (const [reason, n] of Object.entries(log.holdsAtNoon).sort()) console.log(line(reason, n));
  console.log(`\n${t.holds}`);
  const holds = records.flatMap((r) =>
    r.state.holds.map((h) => ({ orderId: r.state.orderId, hold: h })),
  );
  for (const [reason, n] of Object.entries(countBy(holds, (h) => h.hold.reasonCode)).sort()) {
    console.log(line(`${reason} (${categorizeHold(reason as never)})`, n));
    for (const { orderId, hold } of holds.filter((h) => h.hold.reasonCode === reason).slice(0, 2)) {
      console.log(`      ${orderId}: ${hold.note ?? ''}`);
      if (hold.nextAction !== undefined) console.log(`        → ${hold.nextAction}`);
    }
  }
  console.log(`\n${t.effects}`);
  const done = world.storage.listMessages({ tenantId: TENANT, status: 'done' });
  for (const [kind, n] of Object.entries(countBy(done, (m) => m.effect.kind)).sort())
    console.log(line(kind, n));
  console.log(`\n${t.dispatch}`);
  for (const [what, n] of Object.entries(log.dispatch)) console.log(line(what, n));
  console.log(line('holds released by the operator', log.released));
  console.log(line('bad addresses given up (refused or cancelled)', log.gaveUp));
  console.log(line('closed by tick after 14 days', log.closed));
  const stats = world.storage.stats();
  console.log(
    line(
      'outbox pending / parked / done',
      `${String(stats.messages.pending)} / ${String(stats.messages.parked)} / ${String(stats.messages.done)}`,
    ),
  );
  console.log(`\n${t.fakes}`);
  const fakes = [world.fakes.wms, world.fakes.erp, world.fakes.carrier, world.fakes.notifier];
  for (const fake of fakes) {
    console.log(
      line(fake.target, `${String(fake.calls.length)} → ${String(fake.received.length)}`),
    );
  }
  const markets = Object.values(world.marketplaces);
  for (const { api } of markets) {
    console.log(line(api.channel, `${String(api.calls.length)} → ${String(api.received.length)}`));
  }
  for (const market of markets) {
    const feed = log.feeds[market.api.channel];
    if (feed === undefined) continue;
    const arrivals = log.arrivals.filter((a) => a.order.channel.code === market.api.channel);
    const report = await reportChannel(world, market, feed, arrivals.length, records, TENANT);
    console.log(`\n${t.channel(market.api.channel, market.side.channel.marketplace)}`);
    for (const [label, value] of report.rows) console.log(line(label, value));
  }
  const day = log.arrivals[0]?.at.slice(0, 10) ?? '';
  const stock = await reportStock(world, log.stock, records, TENANT, day, locale);
  console.log(`\n${t.stock}`);
  for (const [label, value] of stock.rows) console.log(line(label, value));
  if (stock.route !== undefined) {
    console.log(`\n${t.route(stock.route.orderId)}`);
    for (const why of stock.route.explanation.split('\n')) console.log(`  ${why}`);
  }
  console.log(`\n${t.told}`);
  for (const [label, value] of stock.channels) console.log(line(label, value));
}

async function main(): Promise<void> {
  const { seed, locale, orders } = readOptions(process.argv.slice(2));
  const world = createWorld({ seed, locale, start: '2026-03-02T06:00:00.000Z', tenantId: TENANT });
  const log = await simulateDay(world, createRandom(seed), orders);
  await printSummary(world, log, locale, orders, seed);
  // The timeline of the order the channel partly cancelled, as a support agent reads it.
  const orderId = log.cancelledOrderId;
  if (orderId !== undefined) {
    const timeline = await world.oms.timeline({ tenantId: TENANT, orderId }, locale, {
      timeZone: 'Europe/Paris',
    });
    console.log(`\n${text[locale].timeline(orderId)}`);
    if (timeline.ok) console.log(formatTimeline(timeline.value));
  }
}

await main();
