import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The README's main command: a simulated day through the engine, the in-memory adapter and
// the fakes. Its summary is checked against itself (every figure derived from another one of
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

describe('npm run demo', () => {
  const out = runDemo(['--seed', '3']);

  it('ingests every arrival once: duplicates change nothing, the cancellation updates', () => {
    const arrivals = section(out, 'Arrivals');
    const ingest = section(out, 'Ingest');
    const distinct =
      num(arrivals, 'order') + num(arrivals, 'bad_totals') + num(arrivals, 'bad_address');
    expect(num(ingest, 'created')).toBe(distinct);
    expect(num(ingest, 'unchanged')).toBe(num(arrivals, 'duplicate'));
    expect(num(ingest, 'updated')).toBe(num(arrivals, 'channel_cancellation'));
    expect(num(ingest, 'rejected')).toBe(0);
    expect(num(arrivals, 'duplicate')).toBeGreaterThan(0);
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
    expect(acted('amazon') + acted('cdiscount') + acted('manomano')).toBe(
      num(effects, 'marketplace.push_status') + num(effects, 'marketplace.push_tracking'),
    );
    // Failures and timeouts made the dispatcher call again with the same keys.
    expect(calls('erp')).toBeGreaterThan(acted('erp'));
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
    expect(timeline).toMatch(/captured from amazon/);
    expect(timeline).toMatch(/requested by the channel/);
    expect(timeline).toMatch(/Order closed\./);
  });

  it('repeats exactly for a seed, differs for another, and speaks French', () => {
    expect(runDemo(['--seed', '3'])).toBe(out);
    expect(runDemo(['--seed', '4'])).not.toBe(out);
    const fr = runDemo(['--seed', '3', '--lang', 'fr']);
    expect(fr).toContain('Blocages en fin de journée');
    expect(fr).toMatch(/Historique de order-\d+/);
    expect(fr).toMatch(/Le total de la commande est de/);
  });
});
