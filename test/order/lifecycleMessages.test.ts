import { describe, expect, it } from 'vitest';
import { formatError, orderLifecycleMessages, type OrderLifecycleError } from '../../src/index.js';

const eur = (amount: string) => ({ amount, currency: 'EUR' }) as const;

/** One error of every code (the mapped type makes a missing code a compile error). */
const samples: {
  readonly [C in OrderLifecycleError['code']]: Extract<OrderLifecycleError, { code: C }>;
} = {
  'order/invalid_transition': {
    code: 'order/invalid_transition',
    from: 'created',
    event: 'parcel.shipped',
  },
  'order/not_captured': { code: 'order/not_captured', command: 'accept' },
  'order/already_captured': { code: 'order/already_captured', orderId: 'O1' },
  'order/capture_invalid': {
    code: 'order/capture_invalid',
    reason: 'quantities_not_initial',
    lineId: 'L1',
  },
  'order/line_id_duplicate': {
    code: 'order/line_id_duplicate',
    path: ['order', 'lines', 1, 'lineId'],
    lineId: 'L1',
    firstIndex: 0,
  },
  'order/on_hold': {
    code: 'order/on_hold',
    command: 'shipParcel',
    holds: [
      { holdId: 'H1', reasonCode: 'phone_missing', scope: { kind: 'order' } },
      { holdId: 'H2', reasonCode: 'stock_discrepancy', scope: { kind: 'line', lineId: 'L2' } },
    ],
  },
  'order/line_unknown': { code: 'order/line_unknown', lineId: 'L9' },
  'order/quantity_invalid': { code: 'order/quantity_invalid', lineId: 'L1', quantity: 1.5 },
  'order/quantity_exceeded': {
    code: 'order/quantity_exceeded',
    lineId: 'L1',
    what: 'cancel',
    quantity: 2,
    available: 1,
  },
  'order/reallocation_same_warehouse': {
    code: 'order/reallocation_same_warehouse',
    lineId: 'L1',
    warehouseId: 'WH1',
  },
  'order/parcel_unknown': { code: 'order/parcel_unknown', parcelId: 'P9' },
  'order/parcel_not_shipped': { code: 'order/parcel_not_shipped', parcelId: 'P1' },
  'order/parcel_already_shipped': { code: 'order/parcel_already_shipped', parcelId: 'P1' },
  'order/parcel_invalid_transition': {
    code: 'order/parcel_invalid_transition',
    parcelId: 'P1',
    from: 'lost',
    to: 'in_transit',
  },
  'order/tracking_missing': { code: 'order/tracking_missing', parcelId: 'P1' },
  'order/rma_unknown': { code: 'order/rma_unknown', rmaId: 'R9' },
  'order/rma_invalid_transition': {
    code: 'order/rma_invalid_transition',
    rmaId: 'R1',
    from: 'requested',
    event: 'return.received',
  },
  'order/return_unresolved': { code: 'order/return_unresolved', rmaIds: ['R1', 'R2'] },
  'order/line_open': { code: 'order/line_open', lineId: 'L1', open: 2 },
  'order/hold_unknown': { code: 'order/hold_unknown', holdId: 'H9' },
  'order/id_duplicate': { code: 'order/id_duplicate', kind: 'parcel', id: 'P1' },
  'order/refund_invalid': { code: 'order/refund_invalid', reason: 'negative_amount', lineId: 'L1' },
  'order/refund_exceeds_paid': {
    code: 'order/refund_exceeds_paid',
    part: 'line',
    lineId: 'L1',
    requested: eur('20.01'),
    available: eur('20.00'),
  },
  'order/currency_mismatch': {
    code: 'order/currency_mismatch',
    path: ['lines', 0, 'amount'],
    expected: 'EUR',
    actual: 'GBP',
  },
};

describe('orderLifecycleMessages', () => {
  it.each(Object.values(samples))('renders $code in English and French', (error) => {
    const en = formatError(error, 'en');
    const fr = formatError(error, 'fr');
    expect(en).not.toBe(error.code);
    expect(fr).not.toBe(error.code);
    expect(en).not.toBe(fr);
    expect(en).toMatch(/\.$/);
    expect(fr).toMatch(/\.$/);
  });

  it('has a catalog entry for every code and nothing else', () => {
    expect(Object.keys(orderLifecycleMessages).sort()).toEqual(Object.keys(samples).sort());
  });

  it('says what was refused and what to do', () => {
    expect(formatError(samples['order/quantity_exceeded'], 'en')).toBe(
      'Cannot cancel 2 unit(s) of line "L1": 1 available (units neither cancelled nor packed; a packed or shipped unit cannot be cancelled). Lower the quantity.',
    );
    expect(formatError(samples['order/refund_exceeds_paid'], 'fr')).toBe(
      'Les remboursements sur la ligne « L1 » atteindraient 20,01 EUR, plus que les 20,00 EUR payés. Réduisez le remboursement.',
    );
    expect(formatError(samples['order/on_hold'], 'en')).toBe(
      '"shipParcel" is paused: the order is on hold (H1: phone number missing; H2: stock discrepancy, line L2). Resolve and release the holds, or have an operator give the command.',
    );
    expect(formatError(samples['order/on_hold'], 'fr')).toBe(
      '« shipParcel » est suspendu : la commande est bloquée (H1\u00a0: téléphone manquant\u00a0; H2\u00a0: écart de stock, ligne L2). Levez les blocages, ou faites passer la commande par un opérateur.',
    );
    expect(
      formatError({ ...samples['order/quantity_exceeded'], what: 'reallocate', quantity: 3 }, 'en'),
    ).toBe(
      'Cannot move 3 unit(s) of line "L1": 1 available (allocated units not yet in a parcel; a packed unit cannot change warehouse). Lower the quantity.',
    );
    expect(
      formatError({ ...samples['order/quantity_exceeded'], what: 'reallocate', quantity: 3 }, 'fr'),
    ).toBe(
      "Impossible de transférer 3 unité(s) de la ligne « L1 » : 1 disponible(s) (unités réservées pas encore en colis ; une unité en colis ne change pas d'entrepôt). Réduisez la quantité.",
    );
    expect(formatError(samples['order/reallocation_same_warehouse'], 'en')).toBe(
      'Line "L1" cannot move from warehouse "WH1" to the same warehouse. Give a different toWarehouseId, or leave the allocation as it is.',
    );
    expect(
      formatError(
        {
          code: 'order/on_hold',
          command: 'allocateLines',
          holds: [{ holdId: 'H3', reasonCode: 'backorder', scope: { kind: 'line', lineId: 'L2' } }],
        },
        'fr',
      ),
    ).toBe(
      '« allocateLines » est suspendu : la commande est bloquée (H3\u00a0: en attente de stock, ligne L2). Levez les blocages, ou faites passer la commande par un opérateur.',
    );
    expect(formatError(samples['order/tracking_missing'], 'fr')).toBe(
      "Le colis « P1 » ne peut pas partir sans numéro de suivi. Obtenez d'abord l'étiquette et son suivi auprès du transporteur.",
    );
  });
});
