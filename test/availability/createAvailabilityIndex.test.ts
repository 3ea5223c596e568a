import { describe, expect, it } from 'vitest';
import {
  createAvailabilityIndex,
  findAffectedSkus,
  validateBundleCatalogue,
} from '../../src/index.js';
import { giftIndex } from './_fixtures.js';

// KIT = 2 A + B; BOX = KIT + C (nested); DUO = 2 A; LONE has no bundle.
function nestedIndex() {
  const catalogue = validateBundleCatalogue([
    {
      sku: 'KIT',
      components: [
        { sku: 'A', quantity: 2 },
        { sku: 'B', quantity: 1 },
      ],
    },
    {
      sku: 'BOX',
      components: [
        { sku: 'KIT', quantity: 1 },
        { sku: 'C', quantity: 1 },
      ],
    },
    { sku: 'DUO', components: [{ sku: 'A', quantity: 2 }] },
  ]);
  if (!catalogue.ok) throw new Error('fixture');
  return createAvailabilityIndex(catalogue.value);
}

describe('createAvailabilityIndex', () => {
  it('maps every SKU of a bundle, nested ones included, to the bundles containing it', () => {
    const index = nestedIndex();
    expect(Object.fromEntries(index.bundlesOf)).toEqual({
      A: ['BOX', 'DUO', 'KIT'],
      B: ['BOX', 'KIT'],
      C: ['BOX'],
      KIT: ['BOX'],
    });
  });

  it('keeps the catalogue it was built from', () => {
    const index = giftIndex();
    expect(index.catalogue.expanded.get('GIFT-BOX')).toEqual([
      { sku: 'MUG', quantity: 2 },
      { sku: 'TEA', quantity: 1 },
    ]);
    expect(index.bundlesOf.get('MUG')).toEqual(['GIFT-BOX']);
  });
});

describe('findAffectedSkus', () => {
  it('adds the bundles containing the touched SKUs and lists the stocked SKUs they read', () => {
    expect(findAffectedSkus(['MUG'], giftIndex())).toEqual({
      skus: ['GIFT-BOX', 'MUG'],
      stocked: ['MUG', 'TEA'],
    });
  });

  it('follows nesting, removes repeats and keeps SKUs outside any bundle', () => {
    expect(findAffectedSkus(['C', 'LONE', 'C'], nestedIndex())).toEqual({
      skus: ['BOX', 'C', 'LONE'],
      stocked: ['A', 'B', 'C', 'LONE'],
    });
    expect(findAffectedSkus(['KIT'], nestedIndex())).toEqual({
      skus: ['BOX', 'KIT'],
      stocked: ['A', 'B', 'C'],
    });
  });

  it('affects nothing when nothing was touched', () => {
    expect(findAffectedSkus([], nestedIndex())).toEqual({ skus: [], stocked: [] });
  });
});
