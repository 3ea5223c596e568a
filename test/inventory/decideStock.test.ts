import { describe, expect, it } from 'vitest';
import {
  available,
  decideStock,
  emptyStockState,
  findReservation,
  findStockLevel,
  formatError,
  replayStock,
  type StockEvent,
} from '../../src/index.js';
import { at, received, reserve, router, run, wms } from './_fixtures.js';

// PAR: 10 MUG on hand, safety 2; LYO: 4 MUG. Order O1 line L1 holds 3 MUG in PAR.
const base = run([
  received('PAR', 'MUG', 10),
  { type: 'setSafety', at, actor: wms, warehouseId: 'PAR', sku: 'MUG', safety: 2 },
  received('LYO', 'MUG', 4),
  reserve('O1', 'L1', 'PAR', 'MUG', 3),
]);
const line = { orderId: 'O1', lineId: 'L1', warehouseId: 'PAR', sku: 'MUG' } as const;

describe('the ledger figures', () => {
  it('keeps each warehouse apart; available = 10 − 3 − 2 = 5 in PAR, 4 in LYO', () => {
    expect(findStockLevel(base, 'PAR', 'MUG')).toEqual({
      warehouseId: 'PAR',
      sku: 'MUG',
      onHand: 10,
      reserved: 3,
      safety: 2,
    });
    expect(available(findStockLevel(base, 'PAR', 'MUG'))).toBe(5);
    expect(available(findStockLevel(base, 'LYO', 'MUG'))).toBe(4);
    expect(findStockLevel(base, 'LYO', 'TEA')).toEqual({
      warehouseId: 'LYO',
      sku: 'TEA',
      onHand: 0,
      reserved: 0,
      safety: 0,
    });
  });

  it('available never goes below 0', () => {
    expect(available({ warehouseId: 'W', sku: 'S', onHand: 2, reserved: 5, safety: 1 })).toBe(0);
  });
});

describe('reserve', () => {
  it('holds units when available allows: 5 available, 5 reserved → reserved 8', () => {
    const decided = decideStock(base, { ...reserve('O2', 'L1', 'PAR', 'MUG', 5), reason: 'r' });
    expect(decided).toEqual({
      ok: true,
      value: [
        {
          type: 'stock.reserved',
          at,
          actor: router,
          reason: 'r',
          data: { orderId: 'O2', lineId: 'L1', warehouseId: 'PAR', sku: 'MUG', quantity: 5 },
        },
      ],
    });
    const next = run([reserve('O2', 'L1', 'PAR', 'MUG', 5)], base);
    expect(findStockLevel(next, 'PAR', 'MUG').reserved).toBe(8);
    expect(available(findStockLevel(next, 'PAR', 'MUG'))).toBe(0);
  });

  it('adds to an existing reservation of the same line', () => {
    const next = run([reserve('O1', 'L1', 'PAR', 'MUG', 2)], base);
    expect(findReservation(next, line)?.quantity).toBe(5);
  });

  it('refuses 6 when 5 are available, naming warehouse, sku, wanted and available', () => {
    expect(decideStock(base, reserve('O2', 'L1', 'PAR', 'MUG', 6))).toEqual({
      ok: false,
      error: {
        code: 'inventory/insufficient_stock',
        warehouseId: 'PAR',
        sku: 'MUG',
        wanted: 6,
        available: 5,
      },
    });
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses quantity %s', (q) => {
    const decided = decideStock(base, reserve('O2', 'L1', 'PAR', 'MUG', q));
    expect(decided).toEqual({
      ok: false,
      error: { code: 'inventory/quantity_invalid', field: 'quantity', rule: 'positive', value: q },
    });
  });

  it('refuses a bad identifier', () => {
    expect(decideStock(base, reserve('O2', ' L1', 'PAR', 'MUG', 1))).toEqual({
      ok: false,
      error: { code: 'inventory/identifier_invalid', field: 'lineId' },
    });
    expect(decideStock(base, reserve('O2', 'L1', '', 'MUG', 1))).toEqual({
      ok: false,
      error: { code: 'inventory/identifier_invalid', field: 'warehouseId' },
    });
  });
});

describe('release', () => {
  const release = (quantity: number) =>
    ({ type: 'release', at, actor: router, ...line, quantity }) as const;

  it('gives back part of a reservation: 3 − 2 = 1 held, reserved 1', () => {
    const next = run([release(2)], base);
    expect(findReservation(next, line)?.quantity).toBe(1);
    expect(findStockLevel(next, 'PAR', 'MUG')).toMatchObject({ onHand: 10, reserved: 1 });
  });

  it('removes the reservation when all is released', () => {
    const next = run([release(3)], base);
    expect(findReservation(next, line)).toBeUndefined();
    expect(findStockLevel(next, 'PAR', 'MUG').reserved).toBe(0);
  });

  it('refuses more than held, and an unknown reservation', () => {
    expect(decideStock(base, release(4))).toEqual({
      ok: false,
      error: { code: 'inventory/release_exceeds_reservation', ...line, wanted: 4, reserved: 3 },
    });
    expect(decideStock(base, { ...release(1), warehouseId: 'LYO' })).toEqual({
      ok: false,
      error: { code: 'inventory/reservation_unknown', ...line, warehouseId: 'LYO' },
    });
  });
});

describe('ship', () => {
  const ship = (quantity: number) => ({ type: 'ship', at, actor: wms, ...line, quantity }) as const;

  it('consumes the reservation and on-hand: 10 − 2 = 8 on hand, 3 − 2 = 1 reserved', () => {
    const next = run([ship(2)], base);
    expect(findStockLevel(next, 'PAR', 'MUG')).toMatchObject({ onHand: 8, reserved: 1 });
    expect(available(findStockLevel(next, 'PAR', 'MUG'))).toBe(5);
  });

  it('refuses more than held, and more than on hand after a short count', () => {
    expect(decideStock(base, ship(4))).toMatchObject({
      ok: false,
      error: { code: 'inventory/ship_exceeds_reservation', wanted: 4, reserved: 3 },
    });
    const short = run(
      [{ type: 'count', at, actor: wms, warehouseId: 'PAR', sku: 'MUG', counted: 1 }],
      base,
    );
    expect(decideStock(short, ship(2))).toEqual({
      ok: false,
      error: {
        code: 'inventory/ship_exceeds_on_hand',
        warehouseId: 'PAR',
        sku: 'MUG',
        wanted: 2,
        onHand: 1,
      },
    });
  });
});

describe('adjust', () => {
  const adjust = (delta: number) =>
    ({
      type: 'adjust',
      at,
      actor: wms,
      warehouseId: 'PAR',
      sku: 'MUG',
      delta,
      reasonCode: 'damaged',
    }) as const;

  it('moves on-hand by the delta: 10 − 4 = 6', () => {
    const decided = decideStock(base, adjust(-4));
    expect(decided.ok && decided.value[0]?.data).toEqual({
      warehouseId: 'PAR',
      sku: 'MUG',
      delta: -4,
      reasonCode: 'damaged',
    });
    expect(findStockLevel(run([adjust(-4)], base), 'PAR', 'MUG').onHand).toBe(6);
  });

  it('refuses going below the 3 reserved (10 − 8 = 2) and below 0 on LYO (4 − 5)', () => {
    expect(decideStock(base, adjust(-8))).toEqual({
      ok: false,
      error: {
        code: 'inventory/adjustment_refused',
        reason: 'uncovers_reservations',
        warehouseId: 'PAR',
        sku: 'MUG',
        onHand: 10,
        reserved: 3,
        delta: -8,
      },
    });
    expect(decideStock(base, { ...adjust(-5), warehouseId: 'LYO' })).toMatchObject({
      ok: false,
      error: { reason: 'below_zero', onHand: 4, reserved: 0, delta: -5 },
    });
  });

  it('refuses a zero or fractional delta', () => {
    expect(decideStock(base, adjust(0))).toMatchObject({
      ok: false,
      error: { code: 'inventory/quantity_invalid', field: 'delta', rule: 'non_zero' },
    });
    expect(decideStock(base, adjust(0.5))).toMatchObject({ ok: false });
  });
});

describe('count', () => {
  const count = (counted: number) =>
    ({ type: 'count', at, actor: wms, warehouseId: 'PAR', sku: 'MUG', counted }) as const;

  it('sets on-hand and reports the discrepancy: expected 10, counted 7 → −3', () => {
    const decided = decideStock(base, count(7));
    expect(decided.ok && decided.value[0]?.data).toEqual({
      warehouseId: 'PAR',
      sku: 'MUG',
      expected: 10,
      counted: 7,
      discrepancy: -3,
      uncovered: [],
    });
  });

  it('names the reservations a short count uncovers, covering by order then line', () => {
    // Reservations in PAR: O1/L1 3, O2/L1 4, O3/L2 1 = 8 reserved; counted 5 covers O1/L1 (3)
    // and 2 of O2/L1: uncovered O2/L1 2 and O3/L2 1.
    const state = run(
      [
        received('PAR', 'MUG', 5),
        reserve('O2', 'L1', 'PAR', 'MUG', 4),
        reserve('O3', 'L2', 'PAR', 'MUG', 1),
      ],
      base,
    );
    const decided = decideStock(state, count(5));
    expect(decided.ok && decided.value[0]?.data).toEqual({
      warehouseId: 'PAR',
      sku: 'MUG',
      expected: 15,
      counted: 5,
      discrepancy: -10,
      uncovered: [
        { orderId: 'O2', lineId: 'L1', quantity: 2 },
        { orderId: 'O3', lineId: 'L2', quantity: 1 },
      ],
    });
    const after = run([count(5)], state);
    expect(findStockLevel(after, 'PAR', 'MUG')).toMatchObject({ onHand: 5, reserved: 8 });
    expect(available(findStockLevel(after, 'PAR', 'MUG'))).toBe(0);
  });

  it('refuses a negative count', () => {
    expect(decideStock(base, count(-1))).toMatchObject({
      ok: false,
      error: { code: 'inventory/quantity_invalid', field: 'counted', rule: 'non_negative' },
    });
  });
});

describe('replayStock and messages', () => {
  it('replays to the same ledger', () => {
    const events: StockEvent[] = [];
    let state = emptyStockState;
    for (const c of [received('PAR', 'MUG', 3), reserve('O1', 'L1', 'PAR', 'MUG', 2)]) {
      const d = decideStock(state, c);
      if (!d.ok) throw new Error(d.error.code);
      events.push(...d.value);
      state = run([c], state);
    }
    expect(replayStock(events)).toEqual(state);
  });

  it('renders the errors in English and French', () => {
    const e = decideStock(base, reserve('O2', 'L1', 'PAR', 'MUG', 6));
    if (e.ok) throw new Error('expected a refusal');
    expect(formatError(e.error, 'en')).toBe(
      'Warehouse PAR has 5 unit(s) of MUG available, 6 wanted. Reserve in another warehouse, back-order the line or wait for stock.',
    );
    expect(formatError(e.error, 'fr')).toContain(
      'L’entrepôt PAR a 5 unité(s) disponible(s) de MUG',
    );
  });
});
