import { describe, expect, it } from 'vitest';
import { routeBatch } from '../../src/index.js';
import { line, order, stockOf, warehouses } from './_fixtures.js';

describe('routeBatch', () => {
  it('routes orders in turn against shared stock', () => {
    // MUG: LYON 5, PARIS 1. The first order takes 4 from LYON; the second finds LYON 1, PARIS 1.
    const table = { LYON: { MUG: 5 }, PARIS: { MUG: 1 } };
    const orders = [order([line('A1', 'MUG', 4)]), order([line('B1', 'MUG', 4)])];
    const plans = routeBatch(orders, warehouses, stockOf(table), {
      split: 'never',
      maxParcels: 1,
      backorder: 'hold_missing_lines',
    });
    expect(plans.ok && plans.value.map((p) => [p.allocations, p.backorders])).toEqual([
      [[{ warehouseId: 'LYON', lines: [{ lineId: 'A1', sku: 'MUG', quantity: 4 }] }], []],
      [
        [{ warehouseId: 'LYON', lines: [{ lineId: 'B1', sku: 'MUG', quantity: 1 }] }],
        [{ lineId: 'B1', quantity: 3, reason: 'split_not_allowed' }],
      ],
    ]);
    expect(table).toEqual({ LYON: { MUG: 5 }, PARIS: { MUG: 1 } });
  });

  it('returns the policy error before routing anything', () => {
    const plans = routeBatch([], warehouses, stockOf({}), {
      split: 'never',
      maxParcels: 1.5,
      backorder: 'hold_order',
    });
    expect(plans).toEqual({
      ok: false,
      error: { code: 'routing/policy_invalid', field: 'maxParcels', received: '1.5' },
    });
  });
});
