import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Examples are runnable host code: each runs here as a user would run it (tsx, importing
// 'ordokit'), so an example that rots fails the build.
const root = resolve(import.meta.dirname, '..');
const tsx = resolve(root, 'node_modules/.bin/tsx');
const run = (file: string, args: readonly string[] = []) =>
  execFileSync(tsx, [file, ...args], { cwd: root, encoding: 'utf8' });

describe('examples', () => {
  it('the README shows examples/quickstart.ts verbatim', () => {
    const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
    const code = readFileSync(resolve(root, 'examples/quickstart.ts'), 'utf8');
    const block = /<!-- quickstart:start -->\s*```ts\n([\s\S]*?)```\s*<!-- quickstart:end -->/.exec(
      readme,
    );
    expect(block?.[1]).toBe(code);
  });

  it('quickstart prints what its comments say', () => {
    const lines = run('examples/quickstart.ts').trim().split('\n');
    expect(lines).toEqual([
      '0,30\u00a0€',
      '3.34 + 3.33 + 3.33',
      'money/amount_invalid',
      expect.stringContaining('« 7500 »'),
      'order accepted',
    ]);
  });

  it('the validation example accepts the good sample orders and explains the broken ones in both languages', () => {
    const out = run('examples/validation.ts');
    expect(out).toMatch(/amazon-fr-accepted .*\n {2}✔ accepted/);
    expect(out).toMatch(/fnac-es-accepted .*\n {2}✔ accepted/);
    for (const name of [
      'cdiscount-bad-address',
      'manomano-totals-mismatch',
      'shoppingfeed-malformed',
      'zalando-currency-and-territory',
    ]) {
      expect(out).toMatch(new RegExp(`${name} .*\\n {2}✘ rejected`));
    }
    expect(out).toContain('• order/totals_mismatch at totals.shipping');
    expect(out).toContain('• address/postcode_other_territory at shippingAddress.postalCode');
    expect(out).toMatch(/en: Postal code "7500" is not valid for France/);
    expect(out).toMatch(/fr: Le code postal « 7500 » n’est pas valide/);
    expect(out).toContain('2 accepted, 4 rejected, 6 orders');
  });

  it('the validation example can speak French only', () => {
    const out = run('examples/validation.ts', ['--lang', 'fr']);
    expect(out).toContain('fr: ');
    expect(out).not.toContain('en: ');
    expect(out).toContain(
      'fr: Le champ lines[0].quantities.ordered est invalide. Attendu : un nombre entier ; reçu : le nombre 1,5. Corrigez la mise en correspondance de ce champ avec le canal.',
    );
  });

  it('the property-suite example holds', () => {
    expect(run('examples/property-suite.ts').trim()).toBe('all properties hold');
  });

  it('the lifecycle example refuses the skipped steps and replays to the live state', () => {
    const out = run('examples/lifecycle.ts');
    // A hold blocks the WMS's automated start; a delivery before shipping is refused.
    expect(out).toContain('refused startPreparation: order/on_hold');
    expect(out).toContain('refused deliverParcel: order/parcel_not_shipped');
    // Nine events: captured, auto-accepted, hold placed and released, preparation started,
    // lines allocated, parcel created, shipped, delivered.
    expect(out).toContain('status: delivered, version 9');
    expect(out).toContain('replay equals live state: true');
    expect(
      out
        .trim()
        .split('\n')
        .filter((l) => l.includes(' · ')),
    ).toHaveLength(9);
  });

  it('the minimal host ingests once, delivers its two buyer mails and tells the timeline', () => {
    const out = run('examples/minimal-host.ts');
    // The id comes from the IdGenerator, not from the payload; the same payload again is a no-op.
    expect(out).toContain('ingest: created order-000001, status accepted');
    expect(out).toContain('ingest again: unchanged');
    // The console notifier sends each message once: confirmation, then shipping.
    expect(out.match(/mail to Camille Durand: order_confirmed \(order-000001\)/g)).toHaveLength(1);
    expect(out.match(/mail to Camille Durand: order_shipped \(order-000001\)/g)).toHaveLength(1);
    // Captured, accepted, preparation started, stock allocated, parcel created, shipped.
    expect(out).toContain('status: shipped, version 6');
    // Effects are keyed by order, kind, target and the seq of the event that caused them.
    expect(out).toContain('done    buyer.notify → buyer  key order-000001:buyer.notify:buyer:2');
    expect(out).toContain('done    buyer.notify → buyer  key order-000001:buyer.notify:buyer:6');
    expect(out).toMatch(
      /· WMS lyon · Parcel P1 shipped with colissimo \(DOM\), tracking number 6A12345678901\./,
    );
  });

  it('the custom connector passes its contract, then survives an outage once wired in', () => {
    const out = run('examples/custom-connector.ts');
    const passed = out
      .split('\n')
      .filter((l) => l.startsWith('✔ MarketplaceConnector contract > '));
    // Four tests for each of pushStatus and pushTracking, plus the failure test of each.
    expect(passed).toHaveLength(10);
    expect(out).not.toContain('✘');
    expect(out).toContain('contract: 10 passed, 0 failed');
    expect(out).toContain('dispatch during maintenance: 1 retried, 0 delivered');
    expect(out).toContain('dispatch 2 minutes later: 1 delivered');
    // ShopNow acted once per effect, whatever the retries: the status, then the tracking.
    const acted = out.split('\n').filter((l) => l.startsWith('  POST '));
    expect(acted).toEqual([
      '  POST /orders/SN-1001/status {"status":"ACCEPTED"}',
      expect.stringMatching(
        /^ {2}POST \/orders\/SN-1001\/shipments .*"trackingNumber":"6A12345678901"/,
      ),
    ]);
  });

  it('the custom connector example fails the contract with a naive connector, exit code 1', () => {
    let failure: { status?: number; stdout?: string } = {};
    try {
      run('examples/custom-connector.ts', ['--naive']);
    } catch (e) {
      failure = e as { status?: number; stdout?: string };
    }
    expect(failure.status).toBe(1);
    const out = failure.stdout ?? '';
    expect(out).toContain('contract: 0 passed, 10 failed');
    // No idempotency key, no status check: the API refused every call that answered ok.
    expect(out).toMatch(/✘ .* > pushStatus > answers a valid call with ok: .*acted 0 time\(s\)/);
    // No try/catch: a network error escapes as a rejected promise.
    expect(out).toMatch(
      /✘ .* > pushTracking > returns failures as values.*rejected its promise with Error: connect ECONNREFUSED/,
    );
    expect(out).not.toContain('ShopNow acted on');
  });
});
