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
});
