import { describe, expect, it } from 'vitest';
import { fromLengowOrder } from '../../../src/channels/index.js';
import {
  defineThrowingGetter,
  eur,
  expectMessagesName,
  initial,
  readingsOf,
  type Json,
} from './_readings.js';

const context = { tenantId: 'shop-1' };
const { fixture, mapped, pending, issues, expectIngestedOnce } = readingsOf(
  fromLengowOrder,
  'lengow',
  context,
);

/** `json.packages[i]` as an object, to change it. */
function pkg(json: Json, index: number): Json {
  return (json['packages'] as Json[])[index] as Json;
}

function cartLine(json: Json, packageIndex: number, index: number): Json {
  return (pkg(json, packageIndex)['cart'] as Json[])[index] as Json;
}

describe('fromLengowOrder', () => {
  it('maps a simple two-line order (hand-computed)', () => {
    const { order, channelStatus, lineStatuses } = mapped(fixture('simple'));
    expect(channelStatus).toBe('waiting_shipment');
    expect(lineStatuses).toEqual({ 'L-1': 'Unshipped', 'L-2': 'Unshipped' });
    expect(order.orderId).toBe('402-1111111-2222222');
    expect(order.tenantId).toBe('shop-1');
    expect(order.channelRef).toEqual({
      channel: 'lengow',
      channelOrderRef: '402-1111111-2222222',
      marketplace: 'amazon_fr',
    });
    expect(order.placedAt).toBe('2026-03-02T09:15:00Z');
    expect(order.currency).toBe('EUR');
    expect(order.lines).toEqual([
      {
        lineId: 'L-1',
        sku: 'MUG-RED',
        title: 'Red mug',
        quantities: { ordered: 2, cancelled: 0, ...initial },
        unitPrice: eur('9.90'), // 19.8 / 2, exact
        lineTotal: eur('19.80'),
        tax: eur('3.30'),
      },
      {
        lineId: 'L-2',
        sku: 'TEA-BOX',
        title: 'Tea box',
        quantities: { ordered: 3, cancelled: 0, ...initial },
        lineTotal: eur('35.00'), // 35 / 3 is not exact: no unit price
        tax: eur('5.83'),
      },
    ]);
    expect(order.totals).toEqual({
      pricesIncludeTax: true,
      taxRounding: 'line',
      products: eur('54.80'), // 19.80 + 35.00
      shipping: eur('4.90'),
      shippingTax: eur('0.82'), // 9.95 − (3.30 + 5.83)
      tax: eur('9.95'),
      discount: eur('0.00'),
      grandTotal: eur('59.70'),
      paid: eur('59.70'),
    });
    // full_name null: first and last names; only phone_office given.
    expect(order.shippingAddress).toEqual({
      name: 'Jeanne Martin',
      line1: '10 rue de Rivoli',
      line2: 'Bâtiment B',
      postalCode: '75001',
      city: 'Paris',
      country: 'FR',
      phone: '0140000000',
    });
    // Mobile before home; "fr" upper-cased; empty second_line left out.
    expect(order.billingAddress).toEqual({
      name: 'Jeanne Martin',
      line1: '10 rue de Rivoli',
      postalCode: '75001',
      city: 'Paris',
      country: 'FR',
      phone: '0612345678',
      email: 'jeanne.martin@example.com',
    });
    expect(order.buyer).toEqual({
      name: 'Jeanne Martin',
      email: 'jeanne.martin@example.com',
      phone: '0612345678',
    });
    expect(order.notes).toBeUndefined();
    expect(order.parcels).toBeUndefined();
  });

  it('takes the lines of every package and the first delivery address', () => {
    const { order, lineStatuses } = mapped(fixture('two-packages'));
    expect(order.lines.map((l) => [l.lineId, l.sku, l.unitPrice, l.lineTotal, l.tax])).toEqual([
      ['1', 'LAMP-01', eur('25.50'), eur('25.50'), eur('4.25')],
      ['2', 'BULB-E27', eur('0.15'), eur('0.30'), eur('0.05')], // 0.3 / 2 without float drift
    ]);
    expect(lineStatuses).toEqual({ '1': 'AcceptedBySeller', '2': 'AcceptedBySeller' });
    expect(order.totals).toMatchObject({
      products: eur('25.80'),
      shipping: eur('1.20'), // shipping 0 + processing_fee 1.2
      shippingTax: eur('0.00'), // 4.30 − (4.25 + 0.05)
      tax: eur('4.30'),
      grandTotal: eur('27.00'),
      paid: eur('27.00'),
    });
    expect(order.shippingAddress).toMatchObject({ name: 'Paul Durand', city: 'Lyon' });
    expect(order.channelRef.marketplace).toBe('cdiscount');
    expect(order.notes).toEqual(['Leave at the door']);
  });

  it('refuses packages that ship to different addresses', () => {
    const json = fixture('two-packages');
    (pkg(json, 1)['delivery'] as Json)['city'] = 'Paris';
    expect(issues(json)).toEqual([
      {
        code: 'channel/payload_invalid',
        channel: 'lengow',
        path: 'packages[1].delivery',
        expected: 'the address of packages[0].delivery',
        received: 'another address',
      },
    ]);
  });

  it('ships a package without delivery with the first', () => {
    const json = fixture('two-packages');
    pkg(json, 1)['delivery'] = null;
    expect(mapped(json).order.lines).toHaveLength(2);
  });

  it('cancels the lines the marketplace cancelled, and reads a business buyer', () => {
    const { order, lineStatuses } = mapped(fixture('cancelled-line'));
    expect(order.lines.map((l) => [l.lineId, l.quantities, l.unitPrice])).toEqual([
      ['LM-778899-A-1', { ordered: 1, cancelled: 0, ...initial }, eur('12.00')],
      ['LM-778899-A-2', { ordered: 2, cancelled: 2, ...initial }, eur('5.00')],
    ]);
    expect(lineStatuses).toEqual({ 'LM-778899-A-1': 'SHIPPING', 'LM-778899-A-2': 'CANCELED' });
    expect(order.totals).toMatchObject({
      products: eur('22.00'),
      shipping: eur('0.00'), // processing_fee null counts as 0
      tax: eur('3.66'),
      grandTotal: eur('22.00'),
    });
    expect(order.buyer).toEqual({
      isBusiness: true,
      name: 'Claire Petit',
      email: 'claire.petit@example.org',
      phone: '0493000000',
      vatNumber: 'FR40303265045', // "fr 40 303265045" without spaces, upper case
    });
    expect(order.billingAddress).toMatchObject({ company: 'Petit SARL', postalCode: '06000' });
  });

  it.each(['refused', 'Cancelled', 'canceled'])('counts a line %s as cancelled', (status) => {
    const json = fixture('simple');
    cartLine(json, 0, 1)['marketplace_status'] = status;
    expect(mapped(json).order.lines[1]?.quantities.cancelled).toBe(3);
  });

  it('maps an order waiting for acceptance, buyer taken from the delivery', () => {
    const { order, channelStatus } = mapped(fixture('waiting-acceptance'));
    expect(channelStatus).toBe('waiting_acceptance');
    expect(order.billingAddress).toBeUndefined();
    expect(order.buyer).toEqual({ name: 'Luc Bernard' });
    expect(order.lines[0]?.unitPrice).toEqual(eur('49.99'));
    expect(order.totals).toMatchObject({
      shipping: eur('5.99'),
      shippingTax: eur('1.00'), // 9.33 − 8.33
      grandTotal: eur('55.98'),
    });
  });

  it('reads an order whose address is withheld before acceptance as pending', () => {
    expect(pending(fixture('withheld-address'))).toEqual({
      kind: 'pending',
      channelRef: {
        channel: 'lengow',
        channelOrderRef: 'LM-20260310-0007',
        marketplace: 'leroymerlin',
      },
      channelStatus: 'waiting_acceptance',
      placedAt: '2026-03-10T14:05:00Z',
      currency: 'EUR',
      lines: [
        {
          lineId: 'LM-0007-1',
          sku: 'DRILL-18V',
          title: 'Cordless drill 18 V',
          quantities: { ordered: 1, cancelled: 0, ...initial },
          unitPrice: eur('59.90'),
          lineTotal: eur('59.90'),
          tax: eur('9.98'),
        },
        {
          lineId: 'LM-0007-2',
          sku: 'BIT-SET',
          title: 'Drill bit set',
          quantities: { ordered: 2, cancelled: 0, ...initial },
          unitPrice: eur('2.30'), // 4.60 / 2
          lineTotal: eur('4.60'),
          tax: eur('0.77'),
        },
      ],
      lineStatuses: { 'LM-0007-1': 'WAITING_ACCEPTANCE', 'LM-0007-2': 'WAITING_ACCEPTANCE' },
      // No billing address either: nothing tells who the buyer is.
      withheld: ['shippingAddress', 'buyer'],
    });
  });

  it.each([
    ['missing', undefined],
    ['empty', {}],
    ['blank', { first_name: '', last_name: null, first_line: '  ', common_country_iso_a2: null }],
  ])('reads a %s delivery before acceptance as withheld', (_name, delivery) => {
    const json = fixture('waiting-acceptance'); // its billing_address is null
    if (delivery === undefined) delete pkg(json, 0)['delivery'];
    else pkg(json, 0)['delivery'] = delivery;
    const reading = pending(json);
    expect(reading.withheld).toEqual(['shippingAddress', 'buyer']);
    expect(reading.lines.map((l) => [l.lineId, l.unitPrice])).toEqual([
      ['CF-0042-1', eur('49.99')],
    ]);
  });

  it('withholds only the address when the billing address names the buyer', () => {
    const json = fixture('simple');
    json['lengow_status'] = 'waiting_acceptance';
    pkg(json, 0)['delivery'] = null;
    expect(pending(json).withheld).toEqual(['shippingAddress']);
  });

  it('still checks the lines of a pending order', () => {
    const json = fixture('withheld-address');
    cartLine(json, 0, 1)['marketplace_order_line_id'] = 'LM-0007-1';
    expect(issues(json)).toEqual([
      expect.objectContaining({ code: 'order/line_id_duplicate', lineId: 'LM-0007-1' }),
    ]);
  });

  it('says when the delivery address is missing at another status', () => {
    const json = fixture('waiting-acceptance');
    json['lengow_status'] = 'waiting_shipment';
    pkg(json, 0)['delivery'] = null;
    const found = issues(json);
    expect(found).toEqual([
      {
        code: 'channel/payload_invalid',
        channel: 'lengow',
        path: 'packages[0].delivery',
        expected: 'delivery address',
        received: 'null',
      },
    ]);
    expectMessagesName(found, 'packages[0].delivery');
  });

  it('reports missing and ill-typed fields with their paths', () => {
    const json = fixture('simple');
    delete json['marketplace_order_id'];
    json['lengow_status'] = 42;
    cartLine(json, 0, 0)['amount'] = 'abc';
    cartLine(json, 0, 1)['quantity'] = 1.5;
    expect(
      issues(json).map((i) => ('channel' in i ? [i.path, i.expected, i.received] : i)),
    ).toEqual([
      ['marketplace_order_id', 'text', 'missing'],
      ['lengow_status', 'text', 'number 42'],
      ['packages[0].cart[0].amount', 'decimal amount', 'string "abc"'],
      ['packages[0].cart[1].quantity', 'whole number of units, at least 1', 'number 1.5'],
    ]);
  });

  it('reports an unknown currency and a payload that is not an object', () => {
    const json = fixture('simple');
    json['currency'] = { iso_a3: 'XYZ' };
    expect(issues(json)).toEqual([
      expect.objectContaining({ path: 'currency.iso_a3', received: 'string "XYZ"' }),
    ]);
    expect(issues([])).toEqual([expect.objectContaining({ path: '', received: 'array' })]);
  });

  it('passes the issues of parseOrder through', () => {
    const json = fixture('simple');
    json['marketplace_order_date'] = '2026-03-02 09:15:00';
    expect(issues(json)).toEqual([
      expect.objectContaining({ code: 'order/schema_invalid', path: ['placedAt'] }),
    ]);
  });

  it('ignores getters and inherited keys', () => {
    const json = fixture('simple');
    defineThrowingGetter(json, 'lengow_status');
    expect(issues(json)).toEqual([
      expect.objectContaining({ path: 'lengow_status', received: 'missing' }),
    ]);
  });

  it('ingests the mapped order once: created, then unchanged', () =>
    expectIngestedOnce('lengow', ['simple', 'cancelled-line']));
});
