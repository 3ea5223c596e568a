import { describe, expect, it } from 'vitest';
import {
  checkQuantities,
  countUnallocated,
  deriveLineStatus,
  deriveOrderProgress,
  type LineQuantities,
} from '../../src/index.js';
import { fresh } from './_fixtures.js';
import { at, eur, fullLifecycle, operator, runAll, wms } from './_lifecycle.js';

const q = (partial: Partial<LineQuantities>, ordered = 4): LineQuantities => ({
  ...fresh(ordered),
  ...partial,
});

describe('checkQuantities', () => {
  it('accepts consistent quantities', () => {
    expect(checkQuantities(fresh(3))).toEqual([]);
    expect(
      checkQuantities(
        q({ cancelled: 1, allocated: 3, shipped: 3, delivered: 2, returned: 1, refunded: 2 }),
      ),
    ).toEqual([]);
  });

  it('names each broken relation', () => {
    expect(checkQuantities(q({ cancelled: 2, allocated: 3 }))).toEqual(['conservation']);
    expect(checkQuantities(q({ allocated: 1, shipped: 2, delivered: 2 }))).toEqual([
      'shipped_within_allocated',
    ]);
    expect(checkQuantities(q({ allocated: 2, shipped: 1, delivered: 2 }))).toEqual([
      'delivered_within_shipped',
    ]);
    expect(checkQuantities(q({ allocated: 2, shipped: 2, delivered: 1, returned: 2 }))).toEqual([
      'returned_within_delivered',
    ]);
    expect(checkQuantities(q({ cancelled: 1, refunded: 2 }))).toEqual([
      'refunded_within_refundable',
    ]);
    expect(checkQuantities(q({ cancelled: 5, allocated: 1, shipped: 2 }))).toEqual([
      'conservation',
      'shipped_within_allocated',
    ]);
  });

  it('refuses negative, fractional or unsafe quantities', () => {
    expect(checkQuantities(q({ shipped: -1 }))).toEqual(['whole_units']);
    expect(checkQuantities(q({ allocated: 0.5 }))).toEqual(['whole_units']);
    expect(checkQuantities(q({ ordered: Number.NaN }))).toEqual(['whole_units']);
    expect(checkQuantities(q({ ordered: 2 ** 53 }))).toEqual(['whole_units']);
  });

  it('counts unallocated units: ordered = cancelled + unallocated + allocated', () => {
    expect(countUnallocated(q({ cancelled: 1, allocated: 2 }))).toBe(1);
  });
});

describe('deriveLineStatus', () => {
  it.each([
    ['nothing allocated', q({}), 'pending'],
    ['some units allocated', q({ allocated: 3 }), 'pending'],
    ['every unit allocated', q({ allocated: 4 }), 'allocated'],
    ['cancelled units do not count', q({ cancelled: 1, allocated: 3 }), 'allocated'],
    ['part shipped', q({ allocated: 4, shipped: 2 }), 'allocated'],
    ['all shipped', q({ allocated: 4, shipped: 4 }), 'shipped'],
    ['all still ordered shipped', q({ cancelled: 2, allocated: 2, shipped: 2 }), 'shipped'],
    ['all delivered', q({ allocated: 4, shipped: 4, delivered: 4 }), 'delivered'],
    ['some returned', q({ allocated: 4, shipped: 4, delivered: 4, returned: 1 }), 'delivered'],
    ['all returned', q({ allocated: 4, shipped: 4, delivered: 4, returned: 4 }), 'returned'],
    ['all cancelled', q({ cancelled: 4 }), 'cancelled'],
    ['nothing ordered', fresh(0), 'cancelled'],
  ])('%s → %s', (_, quantities, status) => {
    expect(deriveLineStatus({ quantities })).toBe(status);
  });
});

describe('deriveOrderProgress', () => {
  it('derives partial facts as flags, never as statuses', () => {
    const preparing = runAll(fullLifecycle().slice(0, 4)).state;
    const { state } = runAll(
      [
        {
          type: 'createParcel',
          at,
          actor: wms,
          parcelId: 'P1',
          lines: [{ lineId: 'L1', quantity: 2 }],
        },
        {
          type: 'shipParcel',
          at,
          actor: wms,
          parcelId: 'P1',
          tracking: { number: 'T1', carrierCode: 'colissimo' },
        },
        {
          type: 'cancelLines',
          at,
          actor: operator,
          requestedBy: 'seller',
          reasonCode: 'out_of_stock',
          lines: [{ lineId: 'L3', quantity: 1 }],
        },
        {
          type: 'issueRefund',
          at,
          actor: operator,
          refundId: 'F1',
          lines: [{ lineId: 'L3', quantity: 1, amount: eur('3.33') }],
        },
        {
          type: 'placeHold',
          at,
          actor: operator,
          holdId: 'H1',
          reasonCode: 'manual',
          scope: { kind: 'order' },
        },
      ],
      preparing,
    );
    expect(deriveOrderProgress(state)).toEqual({
      status: 'in_preparation',
      lines: [
        { lineId: 'L1', status: 'shipped' },
        { lineId: 'L2', status: 'allocated' },
        { lineId: 'L3', status: 'allocated' },
      ],
      flags: ['partially_cancelled', 'partially_shipped', 'partially_refunded', 'on_hold'],
    });
  });

  it('says refunded and returned when everything came back and was paid back', () => {
    const delivered = runAll(fullLifecycle().slice(0, 7)).state;
    const all = [
      { lineId: 'L1', quantity: 2 },
      { lineId: 'L2', quantity: 1 },
      { lineId: 'L3', quantity: 3 },
    ];
    const { state } = runAll(
      [
        {
          type: 'requestReturn',
          at,
          actor: operator,
          rmaId: 'R1',
          lines: all.map((l) => ({ ...l, reason: 'defective' as const })),
        },
        { type: 'approveReturn', at, actor: operator, rmaId: 'R1' },
        { type: 'receiveReturn', at, actor: wms, rmaId: 'R1', lines: all },
      ],
      delivered,
    );
    expect(deriveOrderProgress(state).flags).toEqual(['returned', 'return_open']);
    const refunded = runAll(
      [
        {
          type: 'issueRefund',
          at,
          actor: operator,
          refundId: 'F1',
          lines: [
            { lineId: 'L1', quantity: 2, amount: eur('20') },
            { lineId: 'L2', quantity: 1, amount: eur('30') },
            { lineId: 'L3', quantity: 3, amount: eur('10') },
          ],
          shipping: eur('5'),
        },
        { type: 'inspectReturn', at, actor: wms, rmaId: 'R1', outcome: 'restock' },
        { type: 'resolveReturn', at, actor: operator, rmaId: 'R1', resolution: 'refund' },
      ],
      state,
    ).state;
    expect(deriveOrderProgress(refunded)).toMatchObject({
      status: 'delivered',
      flags: ['returned', 'refunded'],
    });
    expect(deriveOrderProgress(refunded).lines.every((l) => l.status === 'returned')).toBe(true);
  });
});
