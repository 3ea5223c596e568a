import { describe, expect, it } from 'vitest';
import {
  bundleAvailable,
  decideStock,
  expandBundle,
  findStockLevel,
  formatError,
  validateBundleCatalogue,
} from '../../src/index.js';
import { received, reserve, run } from './_fixtures.js';

const giftBox = [
  {
    sku: 'GIFT-BOX',
    components: [
      { sku: 'MUG', quantity: 2 },
      { sku: 'TEA', quantity: 1 },
    ],
  },
];

function catalogueOf(input: unknown) {
  const c = validateBundleCatalogue(input);
  if (!c.ok) throw new Error(c.error.reason);
  return c.value;
}

describe('validateBundleCatalogue', () => {
  it('accepts nested bundles and flattens them', () => {
    const c = catalogueOf([
      ...giftBox,
      {
        sku: 'DUO',
        components: [
          { sku: 'GIFT-BOX', quantity: 2 },
          { sku: 'MUG', quantity: 1 },
        ],
      },
    ]);
    // DUO = 2 × (2 MUG + 1 TEA) + 1 MUG = 5 MUG + 2 TEA
    expect(expandBundle({ sku: 'DUO', quantity: 3 }, c)).toEqual([
      { sku: 'MUG', quantity: 15 },
      { sku: 'TEA', quantity: 6 },
    ]);
  });

  it.each([
    ['not a list', { sku: 'X' }, { reason: 'shape' }],
    ['no components', [{ sku: 'X', components: [] }], { reason: 'shape', index: 0, sku: 'X' }],
    [
      'quantity 0',
      [{ sku: 'X', components: [{ sku: 'A', quantity: 0 }] }],
      { reason: 'quantity', sku: 'X' },
    ],
    [
      'fractional',
      [{ sku: 'X', components: [{ sku: 'A', quantity: 1.5 }] }],
      { reason: 'quantity' },
    ],
    [
      'a proto key',
      [JSON.parse('{"__proto__": 1, "sku": "X", "components": []}')],
      { reason: 'shape' },
    ],
    ['twice', [...giftBox, ...giftBox], { reason: 'duplicate', sku: 'GIFT-BOX' }],
    [
      'self',
      [{ sku: 'X', components: [{ sku: 'X', quantity: 1 }] }],
      { reason: 'cycle', path: ['X', 'X'] },
    ],
    [
      'a longer cycle',
      [
        { sku: 'X', components: [{ sku: 'Y', quantity: 1 }] },
        { sku: 'Y', components: [{ sku: 'X', quantity: 2 }] },
      ],
      { reason: 'cycle', path: ['X', 'Y', 'X'] },
    ],
  ])('refuses %s', (_name, input, expected) => {
    const c = validateBundleCatalogue(input);
    expect(c.ok).toBe(false);
    if (!c.ok) expect(c.error).toMatchObject({ code: 'inventory/bundle_invalid', ...expected });
  });

  it('words the error', () => {
    const c = validateBundleCatalogue([{ sku: 'X', components: [{ sku: 'X', quantity: 1 }] }]);
    if (c.ok) throw new Error('expected a refusal');
    expect(formatError(c.error, 'en')).toBe(
      'Bundle X contains itself (X → X): remove one link of the cycle.',
    );
  });
});

describe('bundles in the ledger', () => {
  const catalogue = catalogueOf(giftBox);
  // PAR: 5 MUG, 9 TEA → ⌊5/2⌋ = 2, ⌊9/1⌋ = 9 → 2 boxes. LYO: 8 MUG, no TEA → 0.
  const state = run([
    received('PAR', 'MUG', 5),
    received('PAR', 'TEA', 9),
    received('LYO', 'MUG', 8),
  ]);

  it('bundleAvailable is the least component, per warehouse', () => {
    expect(bundleAvailable(state, catalogue, 'PAR', 'GIFT-BOX')).toBe(2);
    expect(bundleAvailable(state, catalogue, 'LYO', 'GIFT-BOX')).toBe(0);
    expect(bundleAvailable(state, catalogue, 'PAR', 'TEA')).toBe(9);
  });

  it('reserves all components in one warehouse: 2 boxes = 4 MUG + 2 TEA', () => {
    const next = run([reserve('O1', 'L1', 'PAR', 'GIFT-BOX', 2)], state, { catalogue });
    expect(findStockLevel(next, 'PAR', 'MUG').reserved).toBe(4);
    expect(findStockLevel(next, 'PAR', 'TEA').reserved).toBe(2);
    const decided = decideStock(state, reserve('O1', 'L1', 'PAR', 'GIFT-BOX', 1), { catalogue });
    expect(decided.ok && decided.value.map((e) => e.data)).toEqual([
      {
        orderId: 'O1',
        lineId: 'L1',
        warehouseId: 'PAR',
        sku: 'MUG',
        quantity: 2,
        bundleSku: 'GIFT-BOX',
      },
      {
        orderId: 'O1',
        lineId: 'L1',
        warehouseId: 'PAR',
        sku: 'TEA',
        quantity: 1,
        bundleSku: 'GIFT-BOX',
      },
    ]);
  });

  it('reserves nothing when one component is short', () => {
    expect(decideStock(state, reserve('O1', 'L1', 'PAR', 'GIFT-BOX', 3), { catalogue })).toEqual({
      ok: false,
      error: {
        code: 'inventory/insufficient_stock',
        warehouseId: 'PAR',
        sku: 'MUG',
        wanted: 6,
        available: 5,
        bundleSku: 'GIFT-BOX',
      },
    });
  });
});
