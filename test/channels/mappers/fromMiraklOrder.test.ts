import { describe, expect, it } from 'vitest';
import { fromMiraklOrder, type FromMiraklOrderContext } from '../../../src/channels/index.js';
import { validateTotals } from '../../../src/order/index.js';
import {
  defineThrowingGetter,
  eur,
  expectMessagesName,
  initial,
  readingsOf,
  type Json,
} from './_readings.js';

const context: FromMiraklOrderContext = { tenantId: 'shop-1' };
const { fixture, mapped, pending, issues, expectIngestedOnce } = readingsOf(
  fromMiraklOrder,
  'mirakl',
  context,
);

/** `json.order_lines[i]` as an object, to change it. */
function line(json: Json, index: number): Json {
  return (json['order_lines'] as Json[])[index] as Json;
}

function customer(json: Json): Json {
  return json['customer'] as Json;
}

describe('fromMiraklOrder', () => {
  it('maps a simple two-line order (hand-computed)', () => {
    const { order, channelStatus, lineStatuses } = mapped(fixture('simple'), {
      tenantId: 'shop-1',
      marketplace: 'conforama',
    });
    expect(channelStatus).toBe('SHIPPING');
    expect(lineStatuses).toEqual({ '7731200345-A-1': 'SHIPPING', '7731200345-A-2': 'SHIPPING' });
    expect(order.orderId).toBe('7731200345-A');
    expect(order.tenantId).toBe('shop-1');
    expect(order.channelRef).toEqual({
      channel: 'mirakl',
      channelOrderRef: '7731200345-A',
      marketplace: 'conforama',
    });
    expect(order.placedAt).toBe('2026-03-04T08:12:45Z');
    expect(order.currency).toBe('EUR');
    expect(order.lines).toEqual([
      {
        lineId: '7731200345-A-1',
        sku: 'KETTLE-17L',
        title: 'Electric kettle 1.7 L',
        quantities: { ordered: 1, cancelled: 0, ...initial },
        unitPrice: eur('34.90'),
        lineTotal: eur('34.90'),
        tax: eur('5.82'),
      },
      {
        lineId: '7731200345-A-2',
        sku: 'TOASTER-2S',
        title: 'Two-slot toaster',
        quantities: { ordered: 2, cancelled: 0, ...initial },
        unitPrice: eur('19.95'), // price_unit
        lineTotal: eur('39.90'), // price, for the 2 units
        tax: eur('6.65'),
      },
    ]);
    expect(order.totals).toEqual({
      pricesIncludeTax: true,
      taxRounding: 'line',
      products: eur('74.80'), // 34.90 + 39.90
      shipping: eur('4.99'),
      shippingTax: eur('0.83'),
      tax: eur('13.30'), // 5.82 + 6.65 + 0.83
      discount: eur('0.00'),
      grandTotal: eur('79.79'), // total_price
      paid: eur('79.79'),
    });
    // FRA → FR; additional_info as the third line; phone before phone_secondary.
    expect(order.shippingAddress).toEqual({
      name: 'Camille Roux',
      line1: '8 avenue Jean Jaurès',
      line2: 'Appartement 12',
      line3: 'Code 4521B',
      postalCode: '69007',
      city: 'Lyon',
      country: 'FR',
      phone: '0611223344',
    });
    expect(order.billingAddress).toEqual({
      name: 'Camille Roux',
      line1: '8 avenue Jean Jaurès',
      postalCode: '69007',
      city: 'Lyon',
      country: 'FR',
      phone: '0478000000',
    });
    expect(order.buyer).toEqual({
      name: 'Camille Roux',
      email: 'k2p9q7x.shop1@notification.example.net',
      phone: '0478000000', // the billing phone first
      customerRef: 'CUST-88231',
    });
    expect(order.notes).toBeUndefined();
    expect(order.parcels).toBeUndefined();
    expect(validateTotals(order).ok).toBe(true);
  });

  it('cancels refused and cancelled lines, and reads the alpha-3 country in any case', () => {
    const { order, lineStatuses } = mapped(fixture('refused-line'), {
      tenantId: 'shop-1',
      channel: 'darty',
      marketplace: 'darty_be',
    });
    expect(order.channelRef).toEqual({
      channel: 'darty',
      channelOrderRef: 'D-55012873-A',
      marketplace: 'darty_be',
    });
    expect(order.placedAt).toBe('2026-03-06T16:58:09+01:00');
    expect(order.lines.map((l) => [l.lineId, l.sku, l.quantities, l.unitPrice, l.tax])).toEqual([
      [
        'D-55012873-A-1',
        'HDMI-2M',
        { ordered: 1, cancelled: 0, ...initial },
        eur('12.99'),
        eur('2.25'),
      ],
      [
        'D-55012873-A-2',
        'USB-C-HUB',
        { ordered: 2, cancelled: 2, ...initial },
        eur('24.50'),
        eur('8.50'),
      ],
      // offer_sku null: product_shop_sku.
      [
        'D-55012873-A-3',
        'MOUSE-WL',
        { ordered: 1, cancelled: 1, ...initial },
        eur('15.00'),
        eur('2.60'),
      ],
    ]);
    expect(lineStatuses).toEqual({
      'D-55012873-A-1': 'SHIPPING',
      'D-55012873-A-2': 'REFUSED',
      'D-55012873-A-3': 'CANCELED',
    });
    expect(order.totals).toEqual({
      pricesIncludeTax: true,
      taxRounding: 'line',
      products: eur('76.99'), // 12.99 + 49.00 + 15.00
      shipping: eur('2.50'),
      shippingTax: eur('0.43'), // shipping_taxes null on line 3 counts as none
      tax: eur('13.78'), // 2.25 + 8.50 + 2.60 + 0.43
      discount: eur('0.00'),
      grandTotal: eur('79.49'),
      paid: eur('79.49'),
    });
    // "bel" → BE; company and company_2 joined; empty street_2 left out; zip_code a number.
    expect(order.shippingAddress).toEqual({
      name: 'Thomas Peeters',
      company: 'Peeters Atelier',
      line1: 'Rue Haute 40',
      postalCode: '1000',
      city: 'Bruxelles',
      country: 'BE',
      phone: '+3225550101',
    });
    expect(order.billingAddress).toBeUndefined();
    expect(order.buyer).toEqual({
      name: 'Thomas Peeters',
      phone: '+3225550101',
      customerRef: '400981',
    });
    expect(validateTotals(order).ok).toBe(true);
  });

  it.each(['REFUSED', 'CANCELED', 'canceled', 'Cancelled'])(
    'counts a line %s as cancelled',
    (state) => {
      const json = fixture('simple');
      line(json, 1)['order_line_state'] = state;
      expect(mapped(json).order.lines[1]?.quantities.cancelled).toBe(2);
    },
  );

  it('reads an order waiting for acceptance, its address withheld, as pending', () => {
    expect(
      pending(fixture('waiting-acceptance'), { tenantId: 'shop-1', marketplace: 'leroymerlin' }),
    ).toEqual({
      kind: 'pending',
      channelRef: {
        channel: 'mirakl',
        channelOrderRef: 'LM-90441207-A',
        marketplace: 'leroymerlin',
      },
      channelStatus: 'WAITING_ACCEPTANCE',
      placedAt: '2026-03-09T19:47:31Z',
      currency: 'EUR',
      lines: [
        {
          lineId: 'LM-90441207-A-1',
          sku: 'PAINT-WHITE-10L',
          title: 'Wall paint, white, 10 L',
          quantities: { ordered: 2, cancelled: 0, ...initial },
          unitPrice: eur('45.90'),
          lineTotal: eur('91.80'),
          tax: eur('15.30'),
        },
      ],
      lineStatuses: { 'LM-90441207-A-1': 'WAITING_ACCEPTANCE' },
      withheld: ['shippingAddress'],
    });
  });

  it.each(['STAGING', 'WAITING_ACCEPTANCE', 'WAITING_DEBIT', 'WAITING_DEBIT_PAYMENT'])(
    'withholds a missing, empty or blank address at %s',
    (state) => {
      for (const address of [
        undefined,
        {},
        { firstname: null, street_1: ' ', country_iso_code: '' },
      ]) {
        const json = fixture('waiting-acceptance');
        json['order_state'] = state;
        if (address === undefined) delete customer(json)['shipping_address'];
        else customer(json)['shipping_address'] = address;
        expect(pending(json).withheld).toEqual(['shippingAddress']);
      }
    },
  );

  it('withholds the buyer too when there is no customer', () => {
    const json = fixture('waiting-acceptance');
    json['customer'] = null;
    expect(pending(json).withheld).toEqual(['shippingAddress', 'buyer']);
  });

  it('still checks the lines of a pending order', () => {
    const json = fixture('waiting-acceptance');
    line(json, 0)['quantity'] = 0;
    expect(issues(json)).toEqual([
      {
        code: 'channel/payload_invalid',
        channel: 'mirakl',
        path: 'order_lines[0].quantity',
        expected: 'whole number of units, at least 1',
        received: 'number 0',
      },
    ]);
  });

  it('says when the address is missing once the order is paid', () => {
    const json = fixture('waiting-acceptance');
    json['order_state'] = 'SHIPPING';
    const found = issues(json);
    expect(found).toEqual([
      {
        code: 'channel/payload_invalid',
        channel: 'mirakl',
        path: 'customer.shipping_address',
        expected: 'shipping address',
        received: 'null',
      },
    ]);
    expectMessagesName(found, 'customer.shipping_address');
  });

  it('reports one issue for an address of the wrong type, or no customer, at any state', () => {
    const json = fixture('simple');
    customer(json)['shipping_address'] = 'Lyon';
    expect(issues(json)).toEqual([
      expect.objectContaining({
        path: 'customer.shipping_address',
        expected: 'address',
        received: 'string "Lyon"',
      }),
    ]);
    const waiting = fixture('waiting-acceptance');
    customer(waiting)['shipping_address'] = 42;
    expect(issues(waiting)).toEqual([
      expect.objectContaining({ path: 'customer.shipping_address', received: 'number 42' }),
    ]);
    const anonymous = fixture('simple');
    anonymous['customer'] = null;
    expect(issues(anonymous)).toEqual([
      expect.objectContaining({ path: 'customer.shipping_address', received: 'missing' }),
    ]);
  });

  it('reads line prices for the quantity and adds the taxes to tax-excluded totals', () => {
    const { order } = mapped(fixture('tax-excluded'));
    // price is the amount of the 3 units: 14.97, not 3 × 14.97.
    expect(order.lines.map((l) => [l.sku, l.quantities.ordered, l.unitPrice, l.lineTotal])).toEqual(
      [
        ['LED-BULB-E27', 3, eur('4.99'), eur('14.97')],
        ['LAMP-SHADE', 1, eur('22.50'), eur('22.50')],
      ],
    );
    expect(order.totals).toEqual({
      pricesIncludeTax: false,
      taxRounding: 'line',
      products: eur('37.47'),
      shipping: eur('3.00'),
      shippingTax: eur('0.57'),
      tax: eur('7.69'), // 2.84 + 4.28 + 0.57
      discount: eur('0.00'),
      grandTotal: eur('48.16'), // total_price 40.47 + tax 7.69
      paid: eur('48.16'),
    });
    expect(order.placedAt).toBe('2026-03-01T21:03:18.250Z');
    expect(order.shippingAddress).toEqual({
      name: 'Jonas Weber',
      company: 'Licht & Raum GmbH',
      line1: 'Invalidenstraße 12',
      line2: 'Hinterhaus',
      postalCode: '10115',
      city: 'Berlin',
      region: 'Berlin',
      country: 'DE',
      phone: '+49301234567',
    });
    expect(order.buyer).toEqual({
      name: 'Jonas Weber',
      email: 'z9r3t0.shop1@notification.example.net',
      phone: '+49301234567', // the billing address has none
      customerRef: 'DE-551020',
    });
    expect(validateTotals(order).ok).toBe(true);
  });

  it('keeps price_unit only when it agrees with the line price', () => {
    const json = fixture('tax-excluded');
    line(json, 0)['price_unit'] = 5.49; // before a promotion: 3 × 5.49 ≠ 14.97
    const [first] = mapped(json).order.lines;
    expect(first?.unitPrice).toBeUndefined();
    expect(first?.lineTotal).toEqual(eur('14.97'));
  });

  it('takes the tax mode from the context when the order does not say', () => {
    const json = fixture('tax-excluded');
    delete json['order_tax_mode'];
    expect(mapped(json).order.totals.pricesIncludeTax).toBe(true); // the default
    const excluded = mapped(json, { tenantId: 'shop-1', taxMode: 'TAX_EXCLUDED' }).order.totals;
    expect([excluded.pricesIncludeTax, excluded.grandTotal]).toEqual([false, eur('48.16')]);
    // The order's own mode wins over the context.
    const own = mapped(fixture('simple'), { tenantId: 'shop-1', taxMode: 'TAX_EXCLUDED' });
    expect(own.order.totals.pricesIncludeTax).toBe(true);
  });

  it('sums the line shipping prices when the order gives none', () => {
    const json = fixture('refused-line');
    json['shipping_price'] = null;
    expect(mapped(json).order.totals.shipping).toEqual(eur('2.50'));
  });

  it('reports missing and ill-typed fields with their paths', () => {
    const json = fixture('simple');
    delete json['order_id'];
    json['order_state'] = 42;
    json['order_tax_mode'] = 'TTC';
    line(json, 0)['price'] = 'abc';
    line(json, 1)['quantity'] = 1.5;
    (line(json, 1)['taxes'] as Json[]).push({ code: 'ECO', amount: 'Infinity' });
    (customer(json)['shipping_address'] as Json)['country_iso_code'] = 'XYZ';
    expect(
      issues(json).map((i) => ('channel' in i ? [i.path, i.expected, i.received] : i)),
    ).toEqual([
      ['order_id', 'text', 'missing'],
      ['order_state', 'text', 'number 42'],
      ['order_tax_mode', 'TAX_INCLUDED or TAX_EXCLUDED', 'string "TTC"'],
      ['order_lines[0].price', 'decimal amount', 'string "abc"'],
      ['order_lines[1].quantity', 'whole number of units, at least 1', 'number 1.5'],
      ['order_lines[1].taxes[1].amount', 'decimal amount', 'string "Infinity"'],
      [
        'customer.shipping_address.country_iso_code',
        'ISO alpha-3 code of an EU or supported country',
        'string "XYZ"',
      ],
    ]);
  });

  it('reports an unknown currency, no lines, and a payload that is not an object', () => {
    const json = fixture('simple');
    json['currency_iso_code'] = 'EURO';
    expect(issues(json)).toEqual([
      expect.objectContaining({ path: 'currency_iso_code', received: 'string "EURO"' }),
    ]);
    const empty = fixture('simple');
    empty['order_lines'] = [];
    expect(issues(empty)).toEqual([
      expect.objectContaining({ path: 'order_lines', expected: 'at least one line' }),
    ]);
    expect(issues('order')).toEqual([
      expect.objectContaining({ path: '', received: 'string "order"' }),
    ]);
  });

  it('passes the issues of parseOrder through', () => {
    const json = fixture('simple');
    json['created_date'] = '2026-03-04 08:12:45';
    expect(issues(json)).toEqual([
      expect.objectContaining({ code: 'order/schema_invalid', path: ['placedAt'] }),
    ]);
  });

  it('ignores getters and inherited keys', () => {
    const json = fixture('simple');
    defineThrowingGetter(json, 'order_state');
    expect(issues(json)).toEqual([
      expect.objectContaining({ path: 'order_state', received: 'missing' }),
    ]);
    const proto = Object.create(fixture('simple')) as Json;
    expect(issues(proto)[0]).toMatchObject({ path: 'order_id', received: 'missing' });
  });

  it('ingests the mapped order once: created, then unchanged', () =>
    expectIngestedOnce('mirakl', ['simple', 'refused-line', 'tax-excluded']));
});
