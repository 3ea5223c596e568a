import { describe, expect, it } from 'vitest';
import {
  available,
  findReservation,
  findStockLevel,
  listReservations,
  stockStateOf,
} from '../../src/inventory/index.js';

describe('stockStateOf', () => {
  it('holds exactly the levels and reservations given', () => {
    const state = stockStateOf(
      [
        { warehouseId: 'PAR', sku: 'MUG', onHand: 10, reserved: 2, safety: 1 },
        { warehouseId: 'LYO', sku: 'MUG', onHand: 4, reserved: 0, safety: 0 },
      ],
      [{ orderId: 'O1', lineId: 'L1', warehouseId: 'PAR', sku: 'MUG', quantity: 2 }],
    );
    expect(available(findStockLevel(state, 'PAR', 'MUG'))).toBe(7);
    expect(available(findStockLevel(state, 'LYO', 'MUG'))).toBe(4);
    expect(findStockLevel(state, 'LYO', 'CUP')).toEqual({
      warehouseId: 'LYO',
      sku: 'CUP',
      onHand: 0,
      reserved: 0,
      safety: 0,
    });
    expect(
      findReservation(state, { orderId: 'O1', lineId: 'L1', warehouseId: 'PAR', sku: 'MUG' })
        ?.quantity,
    ).toBe(2);
    expect(listReservations(state)).toHaveLength(1);
  });

  it('keeps the last of two levels of one pair and copies what it is given', () => {
    const level = { warehouseId: 'PAR', sku: 'MUG', onHand: 1, reserved: 0, safety: 0 };
    const state = stockStateOf([level, { ...level, onHand: 5 }], []);
    level.onHand = 99;
    expect(findStockLevel(state, 'PAR', 'MUG').onHand).toBe(5);
  });

  it('never lets an id such as __proto__ reach the prototype', () => {
    const state = stockStateOf(
      [{ warehouseId: '__proto__', sku: '__proto__', onHand: 3, reserved: 0, safety: 0 }],
      [],
    );
    expect(findStockLevel(state, '__proto__', '__proto__').onHand).toBe(3);
    expect(({} as Record<string, unknown>)['onHand']).toBeUndefined();
  });
});
