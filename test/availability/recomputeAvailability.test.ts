import { describe, expect, it } from 'vitest';
import {
  available,
  createAvailabilityIndex,
  findStockLevel,
  recomputeAvailability,
  validateBundleCatalogue,
  type AvailabilityPolicy,
} from '../../src/index.js';
import { exampleView, examplePolicy, giftIndex } from './_fixtures.js';
import { run, received } from '../inventory/_fixtures.js';

const never = () => undefined;

describe('recomputeAvailability', () => {
  it('computes the worked example of docs/availability.md in cruise mode', () => {
    // amazon: MUG S = 33 + 17 = 50 → 50 − 2 − 5 = 43; GIFT-BOX S = min(16, 4) + min(8, 30)
    // = 12 → 12 − 2 − ⌈1.2⌉ = 8. shop (PAR only, no buffer): MUG 33, GIFT-BOX 4.
    const changed = recomputeAvailability({
      touched: ['MUG'],
      index: giftIndex(),
      stock: exampleView,
      policy: examplePolicy('cruise'),
      published: never,
    });
    expect(changed).toEqual({
      ok: true,
      value: [
        { channel: 'amazon', sku: 'GIFT-BOX', quantity: 8 },
        { channel: 'amazon', sku: 'MUG', quantity: 43 },
        { channel: 'shop', sku: 'GIFT-BOX', quantity: 4 },
        { channel: 'shop', sku: 'MUG', quantity: 33 },
      ],
    });
  });

  it('uses the peak buffers in peak mode', () => {
    // amazon: MUG 50 − 5 − 10 = 35; GIFT-BOX 12 − 5 − ⌈2.4⌉ = 4. shop: 1 unit held back.
    const changed = recomputeAvailability({
      touched: ['TEA', 'MUG'],
      index: giftIndex(),
      stock: exampleView,
      policy: examplePolicy('peak'),
      published: never,
    });
    expect(changed.ok && changed.value).toEqual([
      { channel: 'amazon', sku: 'GIFT-BOX', quantity: 4 },
      { channel: 'amazon', sku: 'MUG', quantity: 35 }, // 50 − 5 − ⌈10⌉
      { channel: 'amazon', sku: 'TEA', quantity: 22 }, // 34 − 5 − ⌈6.8⌉
      { channel: 'shop', sku: 'GIFT-BOX', quantity: 3 },
      { channel: 'shop', sku: 'MUG', quantity: 32 },
      { channel: 'shop', sku: 'TEA', quantity: 3 },
    ]);
  });

  it('returns only the figures that differ from what was published', () => {
    const last = new Map([
      ['amazon/GIFT-BOX', 8],
      ['amazon/MUG', 40],
      ['shop/GIFT-BOX', 4],
    ]);
    const changed = recomputeAvailability({
      touched: ['MUG'],
      index: giftIndex(),
      stock: exampleView,
      policy: examplePolicy('cruise'),
      published: (channel, sku) => last.get(`${channel}/${sku}`),
    });
    expect(changed.ok && changed.value).toEqual([
      { channel: 'amazon', sku: 'MUG', quantity: 43 },
      { channel: 'shop', sku: 'MUG', quantity: 33 },
    ]);
  });

  it('publishes 0 for a SKU no warehouse of the channel holds, once', () => {
    const input = {
      touched: ['GHOST'],
      index: giftIndex(),
      stock: exampleView,
      policy: examplePolicy('cruise'),
    };
    const first = recomputeAvailability({ ...input, published: never });
    expect(first.ok && first.value).toEqual([
      { channel: 'amazon', sku: 'GHOST', quantity: 0 },
      { channel: 'shop', sku: 'GHOST', quantity: 0 },
    ]);
    const again = recomputeAvailability({ ...input, published: () => 0 });
    expect(again).toEqual({ ok: true, value: [] });
  });

  it('assembles a bundle in one warehouse, never from components pooled across them', () => {
    // PAR holds only mugs, LYO only tea: pooled, 5 boxes; per warehouse, none.
    const split = {
      available: (w: string, sku: string) =>
        w === 'PAR' ? (sku === 'MUG' ? 10 : 0) : sku === 'TEA' ? 5 : 0,
    };
    const changed = recomputeAvailability({
      touched: ['GIFT-BOX'],
      index: giftIndex(),
      stock: split,
      policy: examplePolicy('cruise'),
      published: never,
    });
    expect(changed.ok && changed.value).toEqual([
      { channel: 'amazon', sku: 'GIFT-BOX', quantity: 0 },
      { channel: 'shop', sku: 'GIFT-BOX', quantity: 0 },
    ]);
  });

  it('reads a stock ledger through available()', () => {
    const ledger = run([received('PAR', 'MUG', 40), received('LYO', 'MUG', 17)]);
    const catalogue = validateBundleCatalogue([]);
    if (!catalogue.ok) throw new Error('fixture');
    const changed = recomputeAvailability({
      touched: ['MUG'],
      index: createAvailabilityIndex(catalogue.value),
      stock: { available: (w, sku) => available(findStockLevel(ledger, w, sku)) },
      policy: examplePolicy('cruise'),
      published: never,
    });
    expect(changed.ok && changed.value).toEqual([
      { channel: 'amazon', sku: 'MUG', quantity: 49 }, // 57 − 2 − ⌈5.7⌉
      { channel: 'shop', sku: 'MUG', quantity: 40 },
    ]);
  });

  it('counts a stock figure that is not a whole number ≥ 0 as its floor, or 0', () => {
    const odd = { available: (w: string) => (w === 'PAR' ? 7.9 : Number.NaN) };
    const changed = recomputeAvailability({
      touched: ['MUG'],
      index: giftIndex(),
      stock: odd,
      policy: examplePolicy('cruise'),
      published: never,
    });
    expect(changed.ok && changed.value).toContainEqual({
      channel: 'shop',
      sku: 'MUG',
      quantity: 7,
    });
  });

  it('sorts channels by code units, numeric-looking codes included', () => {
    const rule = {
      warehouses: ['PAR'],
      cruise: { absolute: 0, percent: 0 },
      peak: { absolute: 0, percent: 0 },
    };
    const policy: AvailabilityPolicy = {
      mode: 'cruise',
      channels: { '9': rule, '10': rule, b: rule },
    };
    const changed = recomputeAvailability({
      touched: ['MUG'],
      index: giftIndex(),
      stock: exampleView,
      policy,
      published: never,
    });
    expect(changed.ok && changed.value.map((f) => `${f.channel}/${f.sku}`)).toEqual([
      '10/GIFT-BOX',
      '10/MUG',
      '9/GIFT-BOX',
      '9/MUG',
      'b/GIFT-BOX',
      'b/MUG',
    ]);
  });

  it('refuses a policy it cannot use', () => {
    const policy = { mode: 'cruise', channels: {} } as const;
    expect(
      recomputeAvailability({
        touched: ['MUG'],
        index: giftIndex(),
        stock: exampleView,
        policy,
        published: never,
      }),
    ).toEqual({
      ok: false,
      error: { code: 'availability/policy_invalid', field: 'channels', reason: 'empty' },
    });
  });
});
