import { describe, expect, it } from 'vitest';
import { createSequentialIds } from '../../../src/adapters/memory/index.js';

describe('createSequentialIds', () => {
  it('counts from 1 per kind, zero-padded to six digits', () => {
    const ids = createSequentialIds();
    expect([ids.next('order'), ids.next('hold'), ids.next('order'), ids.next('lease')]).toEqual([
      'order-000001',
      'hold-000001',
      'order-000002',
      'lease-000001',
    ]);
  });

  it('puts the prefix first, joined with a dash', () => {
    const ids = createSequentialIds('eu1');
    expect(ids.next('message')).toBe('eu1-message-000001');
  });

  it('each generator counts on its own, so two runs give the same ids', () => {
    const run = () => {
      const ids = createSequentialIds();
      return ['order', 'parcel', 'order', 'rma', 'refund'].map((k) =>
        ids.next(k as 'order' | 'parcel' | 'rma' | 'refund'),
      );
    };
    expect(run()).toEqual(run());
  });

  it('ids of one kind are unique and sort in creation order', () => {
    const ids = createSequentialIds();
    const made = Array.from({ length: 12_000 }, () => ids.next('message'));
    expect(new Set(made).size).toBe(made.length);
    expect([...made].sort()).toEqual(made);
    expect(made[11_999]).toBe('message-012000');
  });

  it('refuses a prefix that would make invalid ids', () => {
    for (const prefix of ['', 'a b', ' a', 'x'.repeat(65), 'line\nbreak']) {
      expect(() => createSequentialIds(prefix)).toThrow(RangeError);
    }
  });
});
