import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatRouteExplanation, routeOrder, type RoutingPolicy } from '../../src/index.js';
import { line, order, stockOf, warehouses } from './_fixtures.js';

// The worked examples of docs/routing.md: same inputs, and their printed explanations.
const doc = readFileSync(join(import.meta.dirname, '../../docs/routing.md'), 'utf8');
const stock = stockOf({ LYON: { MUG: 5 }, PARIS: { MUG: 1, LAMP: 3 } });
const mugsAndLamp = order([line('L1', 'MUG', 2), line('L2', 'LAMP', 1)]);

function explain(policy: RoutingPolicy, locale: 'en' | 'fr'): string {
  const plan = routeOrder(mugsAndLamp, warehouses, stock, policy);
  if (!plan.ok) throw new Error('the example policy must be valid');
  return formatRouteExplanation(plan.value, locale);
}

const splitEn = [
  "LYON: chosen — could ship 2 of 3 units; priority 1; 4.90 EUR per parcel; 5 units of the order's SKUs in stock; ships 2 units",
  "PARIS: chosen — could ship 2 of 3 units; priority 2; 5.50 EUR per parcel; 4 units of the order's SKUs in stock; ships 1 unit",
  'LILLE: rejected — disabled',
  'MADRID: rejected — does not ship to FR',
].join('\n');
const neverEn = [
  "LYON: chosen — could ship 2 of 3 units; priority 1; 4.90 EUR per parcel; 5 units of the order's SKUs in stock; ships 2 units",
  "PARIS: not needed — could ship 2 of 3 units; priority 2; 5.50 EUR per parcel; 4 units of the order's SKUs in stock; the policy forbids a split",
  'LILLE: rejected — disabled',
  'MADRID: rejected — does not ship to FR',
  'backorder: line L2 × 1 (split not allowed)',
].join('\n');
const neverFr = [
  'LYON : choisi — pourrait expédier 2 sur 3 unités ; priorité 1 ; 4.90 EUR par colis ; 5 unités des articles de la commande en stock ; expédie 2 unités',
  'PARIS : non utilisé — pourrait expédier 2 sur 3 unités ; priorité 2 ; 5.50 EUR par colis ; 4 unités des articles de la commande en stock ; la politique interdit de scinder',
  'LILLE : écarté — désactivé',
  'MADRID : écarté — ne livre pas FR',
  'reliquat : ligne L2 × 1 (scission interdite)',
].join('\n');

describe('formatRouteExplanation', () => {
  it('prints a split plan in English', () => {
    const text = explain(
      { split: 'allowed', maxParcels: 2, backorder: 'hold_missing_lines' },
      'en',
    );
    expect(text).toBe(splitEn);
    expect(doc).toContain(splitEn);
  });

  it('prints a back-ordered line in English and French', () => {
    const policy: RoutingPolicy = {
      split: 'never',
      maxParcels: 1,
      backorder: 'hold_missing_lines',
    };
    expect(explain(policy, 'en')).toBe(neverEn);
    expect(explain(policy, 'fr')).toBe(neverFr);
    expect(doc).toContain(neverEn);
    expect(doc).toContain(neverFr);
  });
});
