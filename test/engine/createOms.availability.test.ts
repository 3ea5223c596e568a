import { describe, expect, it } from 'vitest';
import {
  createManualClock,
  createMemoryStorage,
  createMemoryStockStore,
  createSequentialIds,
} from '../../src/adapters/memory/index.js';
import type { AvailabilityPolicy } from '../../src/availability/index.js';
import { createOms } from '../../src/engine/index.js';
import { validateBundleCatalogue } from '../../src/inventory/index.js';
import { ok, type MarketplaceConnector, type StockLevel } from '../../src/index.js';
import { isOrdokitError } from '../../src/result/index.js';
import { failure, payload, start, value } from './_support.js';
import { lyon, paris } from './_inventory.js';

/** Amazon sells Paris and Lyon stock, holding back 1 unit (cruise) or 20 % (peak). */
const policy: AvailabilityPolicy = {
  mode: 'cruise',
  channels: {
    amazon: {
      warehouses: ['PAR', 'LYO'],
      cruise: { absolute: 1, percent: 0 },
      peak: { absolute: 0, percent: 20 },
    },
  },
};

function setup(mode: AvailabilityPolicy['mode'] = 'cruise') {
  const storage = createMemoryStorage();
  const stock = createMemoryStockStore();
  const published: StockLevel[][] = [];
  const amazon: MarketplaceConnector = {
    channel: 'amazon',
    pushStatus: () => Promise.resolve(ok(undefined)),
    pushTracking: () => Promise.resolve(ok(undefined)),
    publishStock: (levels) => {
      published.push([...levels]);
      return Promise.resolve(ok(undefined));
    },
  };
  const bundles = validateBundleCatalogue([
    { sku: 'MUG-KIT', components: [{ sku: 'MUG-RED', quantity: 2 }] },
  ]);
  if (!bundles.ok) throw new Error('catalogue');
  const oms = createOms({
    store: storage.store,
    outbox: storage.outbox,
    clock: createManualClock(start),
    ids: createSequentialIds(),
    connectors: { marketplaces: { amazon } },
    inventory: {
      stock,
      warehouses: [paris, lyon],
      routing: { split: 'allowed', maxParcels: 2, backorder: 'hold_missing_lines' },
      bundles: bundles.value,
      availability: { policy: { ...policy, mode } },
    },
  });
  return { oms, published };
}

describe('oms.publishAvailability', () => {
  it('publishes what changed since the last call, bundles included, buffers applied', async () => {
    const { oms, published } = setup();
    const receive = (warehouseId: string, sku: string, delta: number) =>
      oms.updateStock('tenant-a', {
        type: 'adjust',
        warehouseId,
        sku,
        delta,
        reasonCode: 'received',
      });
    value(await receive('PAR', 'MUG-RED', 4));
    value(await receive('LYO', 'MUG-RED', 3));
    value(await receive('PAR', 'TEA-50', 1));
    const first = value(await oms.publishAvailability('tenant-a'));
    // MUG-RED: 4 + 3 − 1 = 6; TEA-50: 1 − 1 = 0; MUG-KIT: ⌊4/2⌋ + ⌊3/2⌋ = 3, − 1 = 2.
    expect(published).toEqual([
      [
        { sku: 'MUG-KIT', available: 2 },
        { sku: 'MUG-RED', available: 6 },
        { sku: 'TEA-50', available: 0 },
      ],
    ]);
    expect(first.published).toEqual({ amazon: 3 });

    // The order reserves 2 mugs and the tea in Paris: MUG-RED 2 + 3 − 1 = 4; kit ⌊2/2⌋ + ⌊3/2⌋ − 1 = 1.
    value(await oms.ingest('amazon', payload()));
    value(await oms.publishAvailability('tenant-a'));
    expect(published[1]).toEqual([
      { sku: 'MUG-KIT', available: 1 },
      { sku: 'MUG-RED', available: 4 },
    ]);

    // Nothing moved: nothing is published.
    const idle = value(await oms.publishAvailability('tenant-a'));
    expect(idle.eventsRead).toBe(0);
    expect(published).toHaveLength(2);
  });

  it('holds back more in peak mode', async () => {
    const { oms, published } = setup('peak');
    value(
      await oms.updateStock('tenant-a', {
        type: 'adjust',
        warehouseId: 'PAR',
        sku: 'MUG-RED',
        delta: 10,
        reasonCode: 'received',
      }),
    );
    value(await oms.publishAvailability('tenant-a'));
    // 10 − ⌈10 × 20 %⌉ = 8; the kit: ⌊10/2⌋ = 5 − ⌈5 × 20 %⌉ = 4.
    expect(published).toEqual([
      [
        { sku: 'MUG-KIT', available: 4 },
        { sku: 'MUG-RED', available: 8 },
      ],
    ]);
  });

  it('says engine/inventory_missing without an availability policy', async () => {
    const storage = createMemoryStorage();
    const oms = createOms({
      store: storage.store,
      outbox: storage.outbox,
      clock: createManualClock(start),
      ids: createSequentialIds(),
      inventory: {
        stock: createMemoryStockStore(),
        warehouses: [paris],
        routing: { split: 'never', maxParcels: 1, backorder: 'hold_order' },
      },
    });
    expect(failure(await oms.publishAvailability('tenant-a'))).toEqual({
      code: 'engine/inventory_missing',
    });
  });

  it('refuses an invalid availability policy at createOms', () => {
    const storage = createMemoryStorage();
    let field: unknown;
    try {
      createOms({
        store: storage.store,
        outbox: storage.outbox,
        clock: createManualClock(start),
        ids: createSequentialIds(),
        inventory: {
          stock: createMemoryStockStore(),
          warehouses: [paris],
          routing: { split: 'never', maxParcels: 1, backorder: 'hold_order' },
          availability: { policy: { mode: 'cruise', channels: {} } },
        },
      });
    } catch (thrown) {
      if (isOrdokitError(thrown)) field = (thrown.detail as { field?: unknown }).field;
    }
    expect(field).toBe('inventory.availability.policy');
  });
});
