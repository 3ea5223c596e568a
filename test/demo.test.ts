import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

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

describe('npm run demo', () => {
  const out = runDemo(['--seed', '3']);
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
