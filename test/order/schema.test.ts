import { describe, expect, it } from 'vitest';
import {
  BuyerSchema,
  ChannelRefSchema,
  LineQuantitiesSchema,
  OrderLineSchema,
  ParcelSchema,
  returnReasons,
  RmaSchema,
  TotalsSchema,
  type LineQuantities,
} from '../../src/index.js';
import { eur, fresh } from './_fixtures.js';

describe('LineQuantitiesSchema', () => {
  it('accepts seven non-negative safe integers', () => {
    const q = {
      ordered: 3,
      cancelled: 1,
      allocated: 2,
      shipped: 2,
      delivered: 1,
      returned: 0,
      refunded: 1,
    };
    expect(LineQuantitiesSchema.parse(q)).toEqual(q);
  });

  it.each([-1, 0.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, '1', null])(
    'rejects %s as a quantity',
    (value) => {
      expect(LineQuantitiesSchema.safeParse({ ...fresh(1), shipped: value }).success).toBe(false);
    },
  );

  it('requires every quantity and no other key', () => {
    const partial: Partial<LineQuantities> = fresh(1);
    delete partial.refunded;
    expect(LineQuantitiesSchema.safeParse(partial).success).toBe(false);
    expect(LineQuantitiesSchema.safeParse({ ...fresh(1), backordered: 0 }).success).toBe(false);
  });
});

describe('OrderLineSchema', () => {
  const line = { lineId: 'L1', sku: 'MUG-RED', title: 'Red mug', quantities: fresh(2) };

  it('takes the price as a unit price, a line total or both', () => {
    expect(OrderLineSchema.safeParse({ ...line, unitPrice: eur('9.90') }).success).toBe(true);
    expect(OrderLineSchema.safeParse({ ...line, lineTotal: eur('19.80') }).success).toBe(true);
    expect(
      OrderLineSchema.safeParse({ ...line, unitPrice: eur('9.90'), lineTotal: eur('19.80') })
        .success,
    ).toBe(true);
  });

  it('refuses a line without price, with a typed custom issue', () => {
    const result = OrderLineSchema.safeParse(line);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        code: 'custom',
        path: [],
        params: { ordokitOrderIssue: { code: 'order/line_price_missing', lineId: 'L1' } },
      }),
    ]);
  });

  it('takes a tax rate as a fraction in decimal text', () => {
    const priced = { ...line, unitPrice: eur('9.90') };
    for (const taxRate of ['0', '0.2', '0.055', '1', '1.000000']) {
      expect(OrderLineSchema.safeParse({ ...priced, taxRate }).success).toBe(true);
    }
    for (const taxRate of ['20', '0.2%', '1.01', '-0.2', '.2', 0.2, '0.1234567']) {
      expect(OrderLineSchema.safeParse({ ...priced, taxRate }).success).toBe(false);
    }
  });

  it('describes a bundle by its components per unit', () => {
    const bundle = {
      ...line,
      unitPrice: eur('25.00'),
      components: [
        { sku: 'MUG-RED', quantity: 2 },
        { sku: 'TEA-50', quantity: 1 },
      ],
    };
    expect(OrderLineSchema.safeParse(bundle).success).toBe(true);
    expect(OrderLineSchema.safeParse({ ...bundle, components: [] }).success).toBe(false);
    expect(
      OrderLineSchema.safeParse({ ...bundle, components: [{ sku: 'MUG-RED', quantity: 0 }] })
        .success,
    ).toBe(false);
  });
});

describe('TotalsSchema, BuyerSchema, ChannelRefSchema', () => {
  it('requires every total except the shipping tax', () => {
    const totals = {
      pricesIncludeTax: true,
      taxRounding: 'order',
      products: eur('10.00'),
      shipping: eur('0.00'),
      tax: eur('1.67'),
      discount: eur('0.00'),
      grandTotal: eur('10.00'),
      paid: eur('10.00'),
    };
    expect(TotalsSchema.safeParse(totals).success).toBe(true);
    expect(TotalsSchema.safeParse({ ...totals, paid: undefined }).success).toBe(false);
    expect(TotalsSchema.safeParse({ ...totals, grandTotal: 10 }).success).toBe(false);
  });

  it('takes a buyer with any subset of its fields', () => {
    expect(BuyerSchema.safeParse({}).success).toBe(true);
    expect(
      BuyerSchema.safeParse({ isBusiness: true, vatNumber: 'FR40303265045', customerRef: 'C1' })
        .success,
    ).toBe(true);
    expect(BuyerSchema.safeParse({ email: 'not an e-mail' }).success).toBe(false);
    expect(BuyerSchema.safeParse({ vatNumber: 'FR 40 303 265 045' }).success).toBe(false);
  });

  it('identifies the channel with slugs and keeps its order reference verbatim', () => {
    const ref = {
      channel: 'amazon',
      channelOrderRef: '405-1234567-1234567',
      marketplace: 'amazon.fr',
      via: 'lengow',
    };
    expect(ChannelRefSchema.parse(ref)).toEqual(ref);
    expect(ChannelRefSchema.safeParse({ ...ref, channel: 'Amazon FR' }).success).toBe(false);
    expect(ChannelRefSchema.safeParse({ ...ref, channelOrderRef: '' }).success).toBe(false);
  });
});

describe('ParcelSchema and RmaSchema', () => {
  it('shapes a parcel', () => {
    const parcel = {
      parcelId: 'P1',
      lines: [{ lineId: 'L1', quantity: 1 }],
      carrier: { code: 'chronopost', service: '13H' },
      tracking: { number: 'XY123456789FR', carrierCode: 'chronopost' },
    };
    expect(ParcelSchema.safeParse(parcel).success).toBe(true);
    expect(ParcelSchema.safeParse({ ...parcel, lines: [] }).success).toBe(false);
    expect(
      ParcelSchema.safeParse({
        ...parcel,
        tracking: { ...parcel.tracking, url: 'javascript:alert(1)' },
      }).success,
    ).toBe(false);
    expect(ParcelSchema.safeParse({ ...parcel, weightGrams: 0 }).success).toBe(false);
  });

  it('shapes a return with a normalised reason', () => {
    const rma = {
      rmaId: 'R1',
      orderId: 'O1',
      lines: [
        { lineId: 'L1', quantity: 1, reason: 'size_too_small', channelReason: 'APPAREL_TOO_SMALL' },
      ],
      requestedAt: '2025-03-12T08:00:00Z',
      resolution: 'refund',
      refund: eur('29.90'),
    };
    expect(RmaSchema.safeParse(rma).success).toBe(true);
    expect(returnReasons).toContain('damaged_in_transit');
    expect(returnReasons).toHaveLength(17);
    const unknownReason = {
      ...rma,
      lines: [{ lineId: 'L1', quantity: 1, reason: 'APPAREL_TOO_SMALL' }],
    };
    expect(RmaSchema.safeParse(unknownReason).success).toBe(false);
    expect(RmaSchema.safeParse({ ...rma, resolution: 'credit' }).success).toBe(false);
  });
});
