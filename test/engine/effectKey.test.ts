import { describe, expect, it } from 'vitest';
import { effectKey } from '../../src/engine/index.js';

describe('effectKey', () => {
  it('joins order, kind, target and causing seq', () => {
    expect(effectKey('ord-1', 'wms.prepare', 'main-wms', 2)).toBe('ord-1:wms.prepare:main-wms:2');
    expect(effectKey('ord-1', 'buyer.notify', 'buyer', 12)).toBe('ord-1:buyer.notify:buyer:12');
  });

  it('differs when any part differs', () => {
    const keys = new Set([
      effectKey('ord-1', 'wms.prepare', 'a', 2),
      effectKey('ord-2', 'wms.prepare', 'a', 2),
      effectKey('ord-1', 'erp.record_sale', 'a', 2),
      effectKey('ord-1', 'wms.prepare', 'b', 2),
      effectKey('ord-1', 'wms.prepare', 'a', 3),
    ]);
    expect(keys.size).toBe(5);
  });
});
