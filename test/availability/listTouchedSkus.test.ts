import { describe, expect, it } from 'vitest';
import { listTouchedSkus, type StockEvent } from '../../src/index.js';

const at = '2025-03-01T09:00:00Z';
const wms = { kind: 'wms', id: 'wms-par' } as const;
const engine = { kind: 'system', id: 'engine' } as const;
const line = { orderId: 'o-1', lineId: 'l-1', warehouseId: 'PAR', quantity: 1 };

describe('listTouchedSkus', () => {
  it('lists the SKU of every kind of stock event, sorted, once each', () => {
    const events: StockEvent[] = [
      {
        type: 'stock.reserved',
        at,
        actor: engine,
        data: { ...line, sku: 'TEA', bundleSku: 'GIFT-BOX' },
      },
      { type: 'stock.released', at, actor: engine, data: { ...line, sku: 'MUG' } },
      { type: 'stock.shipped', at, actor: engine, data: { ...line, sku: 'MUG' } },
      {
        type: 'stock.adjusted',
        at,
        actor: wms,
        data: { warehouseId: 'LYO', sku: 'LAMP', delta: 4, reasonCode: 'received' },
      },
      {
        type: 'stock.counted',
        at,
        actor: wms,
        data: {
          warehouseId: 'PAR',
          sku: 'BOWL',
          expected: 3,
          counted: 2,
          discrepancy: -1,
          uncovered: [],
        },
      },
      {
        type: 'stock.safety_set',
        at,
        actor: wms,
        data: { warehouseId: 'PAR', sku: 'CUP', safety: 2 },
      },
    ];
    expect(listTouchedSkus(events)).toEqual(['BOWL', 'CUP', 'LAMP', 'MUG', 'TEA']);
  });

  it('lists nothing for no event', () => {
    expect(listTouchedSkus([])).toEqual([]);
  });
});
