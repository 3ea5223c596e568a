import { describe, expect, it } from 'vitest';
import { createMemoryStockStore, createMemoryStorage } from '../../../src/adapters/memory/index.js';
import type { StockAppendBatch } from '../../../src/ports/index.js';
import {
  adjusted,
  levelOf,
  receiveBatch,
  reservationOf,
} from '../../../src/testing/contracts/_internal/stockFixtures.js';

const tenantId = 'tenant-a';

/** The message of the error a call rejected with, or a failure. */
async function rangeErrorOf(call: () => Promise<unknown>): Promise<string> {
  try {
    await call();
  } catch (error) {
    expect(error).toBeInstanceOf(RangeError);
    return (error as RangeError).message;
  }
  throw new Error('expected a RangeError');
}

describe('createMemoryStockStore', () => {
  it('rejects malformed batches with a RangeError naming the rule broken', async () => {
    const stock = createMemoryStockStore();
    const good = receiveBatch(['paris', 'MUG'], 0, 0, 5);
    const cases: readonly (readonly [StockAppendBatch, string])[] = [
      [{ ...good, events: [] }, 'a batch has at least one event'],
      [
        { ...good, levels: [levelOf(['lyon', 'MUG'], 1)] },
        'a level is on ["lyon","MUG"], which has no expected version',
      ],
      [
        { ...good, events: [adjusted(['lyon', 'MUG'], 1)] },
        'event 0 is on ["lyon","MUG"], which has no expected version',
      ],
      [{ ...good, levels: [levelOf(['paris', 'MUG'], -2)] }, 'not a whole number ≥ 0'],
      [
        { ...good, reservations: [reservationOf(['paris', 'MUG'], 'o-1', 'l-1', 0.5)] },
        'has a quantity that is not ≥ 0',
      ],
      [
        { ...good, expected: [{ warehouseId: 'paris', sku: 'MUG', version: Number.NaN }] },
        'the expected version of ["paris","MUG"] is not a whole number ≥ 0',
      ],
    ];
    for (const [batch, rule] of cases) {
      const message = await rangeErrorOf(() => stock.append(batch));
      expect(message).toContain('ordokit/memory: stock append (tenant tenant-a)');
      expect(message).toContain(rule);
    }
    expect(await stock.loadEvents(tenantId, 0, 10)).toEqual([]);
  });

  it('rejects savePublished and loadEvents arguments that are programmer errors', async () => {
    const stock = createMemoryStockStore();
    expect(await rangeErrorOf(() => stock.savePublished(tenantId, 3, 2, []))).toContain(
      'toSeq 2 is before fromSeq 3',
    );
    expect(await rangeErrorOf(() => stock.savePublished(tenantId, 0, Infinity, []))).toContain(
      'whole numbers',
    );
    expect(await rangeErrorOf(() => stock.loadEvents(tenantId, Number.NaN, 1))).toContain(
      'afterSeq',
    );
  });

  it('reads limit as claimDue does: whole numbers, nothing for NaN, everything for Infinity', async () => {
    const stock = createMemoryStockStore();
    for (let v = 0; v < 3; v++) {
      expect((await stock.append(receiveBatch(['paris', 'MUG'], v, v, 1))).ok).toBe(true);
    }
    const count = async (limit: number) => (await stock.loadEvents(tenantId, 0, limit)).length;
    expect(await count(2.7)).toBe(2);
    expect(await count(Number.NaN)).toBe(0);
    expect(await count(-1)).toBe(0);
    expect(await count(Infinity)).toBe(3);
  });

  it('sorts in JavaScript string order (UTF-16 code units), as the memory order store does', async () => {
    const stock = createMemoryStockStore();
    // U+FF5E sorts after the surrogates of U+1F600 in UTF-16, before its bytes in UTF-8.
    const warehouses = ['\uFF5E', '\u{1F600}', 'Z', 'a'];
    for (const w of warehouses) {
      expect((await stock.append(receiveBatch([w, 'MUG'], 0, 0, 1))).ok).toBe(true);
    }
    const listed = await stock.loadLevels(tenantId, ['MUG']);
    expect(listed.map((l) => l.level.warehouseId)).toEqual(['Z', 'a', '\u{1F600}', '\uFF5E']);
  });

  it('keeps ids such as __proto__ as data', async () => {
    const stock = createMemoryStockStore();
    const batch = receiveBatch(['__proto__', '__proto__'], 0, 0, 2, { tenantId: '__proto__' });
    expect((await stock.append(batch)).ok).toBe(true);
    const [stored] = await stock.loadLevels('__proto__', ['__proto__']);
    expect(stored?.level.warehouseId).toBe('__proto__');
    expect((await stock.loadLevels(tenantId, ['__proto__'])).length).toBe(0);
    expect(Object.getPrototypeOf(stored?.level)).toBe(Object.prototype);
  });

  it('runs the example of docs/adapters.md', async () => {
    const stock = createMemoryStockStore();
    const receipt = await stock.append({
      tenantId: 'tenant-a',
      expected: [{ warehouseId: 'paris', sku: 'MUG', version: 0 }],
      events: [
        {
          type: 'stock.adjusted',
          at: '2025-03-01T09:00:00.000Z',
          actor: { kind: 'system', id: 'receiving' },
          data: { warehouseId: 'paris', sku: 'MUG', delta: 5, reasonCode: 'received' },
        },
      ],
      levels: [{ warehouseId: 'paris', sku: 'MUG', onHand: 5, reserved: 0, safety: 0 }],
      reservations: [],
    });
    expect(receipt).toEqual({ ok: true, value: { duplicate: false, lastSeq: 1 } });
    expect(await stock.loadLevels('tenant-a', ['MUG'])).toEqual([
      {
        level: { warehouseId: 'paris', sku: 'MUG', onHand: 5, reserved: 0, safety: 0 },
        version: 1,
      },
    ]);
  });

  it('is the stock of createMemoryStorage, one per storage', async () => {
    const one = createMemoryStorage();
    const two = createMemoryStorage();
    expect((await one.stock.append(receiveBatch(['paris', 'MUG'], 0, 0, 5))).ok).toBe(true);
    expect(await one.stock.loadLevels(tenantId, ['MUG'])).toHaveLength(1);
    expect(await two.stock.loadLevels(tenantId, ['MUG'])).toEqual([]);
  });
});
