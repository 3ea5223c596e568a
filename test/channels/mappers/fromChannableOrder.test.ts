import { describe, expect, it } from 'vitest';
import { fromChannableOrder, type FromChannableOrderContext } from '../../../src/channels/index.js';
import { validateTotals } from '../../../src/order/index.js';
import { setup } from '../../engine/_support.js';
import {
  defineThrowingGetter,
  eur,
  expectMessagesName,
  initial,
  readingsOf,
  type Json,
} from './_readings.js';

const context: FromChannableOrderContext = { tenantId: 'shop-1' };
const { fixture, mapped, pending, issues, described, expectIngestedOnce } = readingsOf(
  fromChannableOrder,
  'channable',
  context,
);

const data = (json: Json) => json['data'] as Json;
const product = (json: Json, index: number) => (data(json)['products'] as Json[])[index] as Json;
const fulfillments = (json: Json) => json['fulfillments'] as Json[];

describe('fromChannableOrder', () => {
  it('maps a simple bol order with a Dutch street and house number (hand-computed)', () => {
    const { order, channelStatus, lineStatuses } = mapped(fixture('simple'));
    expect(channelStatus).toBe('not_shipped');
    expect(lineStatuses).toEqual({}); // no fulfillment yet
    expect(order.orderId).toBe('2026031045512');
    expect(order.channelRef).toEqual({
      channel: 'channable',
      channelOrderRef: '2026031045512',
      marketplace: 'bol',
    });
    expect(order.placedAt).toBe('2026-03-10T09:15:22.481530+00:00');
    expect(order.currency).toBe('EUR');
    expect(order.lines).toEqual([
      {
        lineId: '5500101', // channable_order_item_id
        sku: 'BOOK-1984',
        title: 'Paperback novel',
        quantities: { ordered: 1, cancelled: 0, ...initial },
        unitPrice: eur('12.50'),
        lineTotal: eur('12.50'),
        tax: eur('1.03'),
      },
      {
        lineId: '5500102',
        sku: 'MUG-BLUE',
        title: 'Blue ceramic mug',
        quantities: { ordered: 2, cancelled: 0, ...initial },
        unitPrice: eur('7.95'), // price is one unit's
        lineTotal: eur('15.90'), // 2 × 7.95
        tax: eur('2.76'), // 2 × 1.38
      },
    ]);
    expect(order.totals).toEqual({
      pricesIncludeTax: true,
      taxRounding: 'line',
      products: eur('28.40'), // 12.50 + 15.90
      shipping: eur('2.95'), // + transaction_fee 0
      shippingTax: eur('0.51'), // 0 + 0.51
      tax: eur('4.30'), // 1.03 + 2.76 + 0.51
      discount: eur('0.00'),
      grandTotal: eur('31.35'),
      paid: eur('31.35'),
    });
    // Empty address1: the street, number and suffix make line 1.
    expect(order.shippingAddress).toEqual({
      name: 'Sanne van Dijk',
      line1: 'Keizersgracht 112 B',
      postalCode: '1015 CW',
      city: 'Amsterdam',
      country: 'NL',
      phone: '+31612345678',
      email: 'sanne.buyer@example.org',
    });
    expect(order.billingAddress).toEqual({
      name: 'Sanne van Dijk',
      line1: 'Keizersgracht 112B', // address1 first
      postalCode: '1015 CW',
      city: 'Amsterdam',
      country: 'NL',
      email: 'sanne.buyer@example.org',
    });
    expect(order.buyer).toEqual({
      name: 'Sanne van Dijk',
      email: 'sanne.buyer@example.org',
      phone: '+31612345678', // phone empty: mobile
      customerRef: 'BOL-CUST-7781',
    });
    expect(order.tags).toBeUndefined();
    expect(validateTotals(order).ok).toBe(true);
  });

  it('reads cancelled units and line statuses from the fulfillments', () => {
    const { order, channelStatus, lineStatuses } = mapped(fixture('cancelled-line'));
    expect(channelStatus).toBe('partial');
    expect(order.lines.map((l) => [l.lineId, l.quantities, l.lineTotal, l.tax])).toEqual([
      ['7700201', { ordered: 1, cancelled: 0, ...initial }, eur('9.99'), eur('1.67')],
      ['7700202', { ordered: 2, cancelled: 2, ...initial }, eur('48.00'), eur('8.00')],
      // 2 shipped in one package, 1 cancelled.
      ['7700203', { ordered: 3, cancelled: 1, ...initial }, eur('45.00'), eur('7.50')],
    ]);
    expect(lineStatuses).toEqual({
      '7700201': 'shipped',
      '7700202': 'cancelled',
      '7700203': 'shipped, cancelled',
    });
    expect(order.totals).toEqual({
      pricesIncludeTax: true,
      taxRounding: 'line',
      products: eur('102.99'), // 9.99 + 48.00 + 45.00: cancelled lines stay in the totals
      shipping: eur('4.90'),
      shippingTax: eur('0.82'), // null shipping_tax counts as none
      tax: eur('17.99'), // 1.67 + 8.00 + 7.50 + 0.82
      discount: eur('0.00'), // discount null, no product discount
      grandTotal: eur('107.89'),
      paid: eur('107.89'),
    });
    // Country in lower case; no billing address; no e-mail on the address.
    expect(order.shippingAddress).toEqual({
      name: 'Louis Mercier',
      line1: '14 rue des Lilas',
      line2: 'Bâtiment C',
      postalCode: '33000',
      city: 'Bordeaux',
      country: 'FR',
      phone: '0556000000',
    });
    expect(order.billingAddress).toBeUndefined();
    expect(order.buyer).toEqual({
      name: 'Louis Mercier',
      email: 'x7t2m9.louis@relay.example.com',
      phone: '0556000000', // from the shipping address
      customerRef: 'CD-99120',
    });
    expect(validateTotals(order).ok).toBe(true);
  });

  it('reads unit prices for the quantity, fees, discounts and an alpha-3 country', () => {
    const { order } = mapped(fixture('unit-prices'));
    // price "4.99" is one bulb's: the line of 3 is 14.97, its tax 3 × 0.83.
    expect(order.lines).toEqual([
      {
        lineId: '9900401',
        sku: 'LED-E27-4PK',
        title: 'LED bulb E27',
        quantities: { ordered: 3, cancelled: 0, ...initial },
        unitPrice: eur('4.99'),
        lineTotal: eur('14.97'),
        tax: eur('2.49'),
      },
      {
        lineId: '9900402',
        sku: 'SHADE-LINEN',
        title: 'Linen lamp shade',
        quantities: { ordered: 1, cancelled: 0, ...initial },
        unitPrice: eur('22.50'),
        lineTotal: eur('22.50'),
        tax: eur('3.75'),
        discount: eur('2.00'),
      },
    ]);
    expect(order.totals).toEqual({
      pricesIncludeTax: true,
      taxRounding: 'line',
      products: eur('37.47'), // 14.97 + 22.50
      shipping: eur('2.49'), // 1.50 + transaction fee 0.99
      shippingTax: eur('0.25'), // 0.25 + 0
      tax: eur('6.49'), // 2.49 + 3.75 + 0.25
      discount: eur('2.00'),
      grandTotal: eur('37.96'), // 37.47 + 2.49 − 2.00
      paid: eur('37.96'),
    });
    expect(order.placedAt).toBe('2026-03-11T18:40:05.123456+00:00');
    expect(order.shippingAddress).toEqual({
      name: 'Thomas Peeters',
      company: 'Peeters Atelier',
      line1: 'Rue Haute 40',
      line2: 'Atelier 2',
      postalCode: '1000', // a number in the payload
      city: 'Bruxelles',
      region: 'Bruxelles-Capitale',
      country: 'BE', // BEL
      phone: '+3225550101',
    });
    expect(order.buyer).toEqual({
      name: 'Thomas Peeters', // the customer's names are empty: the billing name
      email: 't.peeters@example.be',
      phone: '+3225550101',
      customerRef: '551020',
      isBusiness: true,
      vatNumber: 'BE0123456789', // "BE 0123.456.789"
    });
    expect(validateTotals(order).ok).toBe(true);
  });

  it('takes a negative discount as the same discount, and product discounts without one', () => {
    const json = fixture('unit-prices');
    (data(json)['price'] as Json)['discount'] = -2;
    expect(mapped(json).order.totals.discount).toEqual(eur('2.00'));
    (data(json)['price'] as Json)['discount'] = null;
    expect(mapped(json).order.totals.discount).toEqual(eur('2.00')); // the shade's
  });

  it('reads an order awaiting confirmation, its address withheld, as pending', () => {
    expect(pending(fixture('awaiting-confirmation'))).toEqual({
      kind: 'pending',
      channelRef: {
        channel: 'channable',
        channelOrderRef: '302-5550001-7777777',
        marketplace: 'amazon',
      },
      channelStatus: 'awaiting_confirmation',
      placedAt: '2026-03-12T21:47:31+00:00',
      currency: 'EUR',
      lines: [
        {
          lineId: '8800301',
          sku: 'DESK-LAMP',
          title: 'Desk lamp',
          quantities: { ordered: 2, cancelled: 0, ...initial },
          unitPrice: eur('29.90'),
          lineTotal: eur('59.80'),
          tax: eur('9.96'),
        },
      ],
      lineStatuses: {},
      withheld: ['shippingAddress', 'buyer'],
    });
  });

  it('withholds a missing address while unpaid, and keeps a known buyer', () => {
    const json = fixture('awaiting-confirmation');
    json['status_shipped'] = 'waiting';
    json['status_paid'] = 'not_paid';
    delete data(json)['shipping'];
    (data(json)['customer'] as Json)['email'] = 'buyer@relay.example.com';
    expect(pending(json).withheld).toEqual(['shippingAddress']);
    data(json)['shipping'] = null;
    expect(pending(json).channelStatus).toBe('waiting');
  });

  it('says when the address is missing at a status that does not withhold it', () => {
    const json = fixture('awaiting-confirmation');
    json['status_shipped'] = 'not_shipped';
    const found = issues(json);
    expect(found).toEqual([
      {
        code: 'channel/payload_invalid',
        channel: 'channable',
        path: 'data.shipping',
        expected: 'shipping address',
        received: 'object',
      },
    ]);
    expectMessagesName(found, 'data.shipping');
  });

  it('treats an obfuscated order as withheld while waiting, else as an issue', () => {
    const json = fixture('simple');
    json['obfuscated'] = true;
    expect(described(json)).toEqual([['obfuscated', 'order with its personal data', 'true']]);
    json['status_shipped'] = 'awaiting_confirmation';
    expect(pending(json).withheld).toEqual(['shippingAddress', 'buyer']);
  });

  it('cancels every unit of a cancelled order', () => {
    for (const field of ['status_shipped', 'status_paid']) {
      const json = fixture('simple');
      json[field] = 'cancelled';
      const { order } = mapped(json);
      expect(order.lines.map((l) => [l.quantities.ordered, l.quantities.cancelled])).toEqual([
        [1, 1],
        [2, 2],
      ]);
    }
  });

  it('names a product by its id when the fulfillment gives it, and reports an unknown one', () => {
    const json = fixture('cancelled-line');
    (fulfillments(json)[1] as Json)['item_id'] = 'USB-HUB';
    expect(mapped(json).order.lines[1]?.quantities.cancelled).toBe(2);
    (fulfillments(json)[1] as Json)['item_id'] = 'NOT-IN-ORDER';
    expect(described(json)).toEqual([
      ['fulfillments[1].item_id', 'the id of a product of the order', 'string "NOT-IN-ORDER"'],
    ]);
  });

  it('reports more cancelled units than ordered', () => {
    const json = fixture('cancelled-line');
    fulfillments(json).push({ item_id: '7700203', quantity: 3, status: 'cancelled' });
    expect(described(json)).toEqual([
      ['fulfillments[4].quantity', 'at most the 3 units ordered', 'number 3'],
    ]);
  });

  it('keeps the lines without channable_order_item_id under their product id', () => {
    const json = fixture('simple');
    delete product(json, 0)['channable_order_item_id'];
    expect(mapped(json).order.lines.map((l) => l.lineId)).toEqual(['BOOK-1984', '5500102']);
  });

  it('tags test orders and takes the channel code from the context', () => {
    const json = fixture('simple');
    (data(json)['extra'] as Json)['is_test_order'] = true;
    const { order } = mapped(json, { tenantId: 'shop-2', channel: 'channable_nl' });
    expect(order.tags).toEqual(['test_order']);
    expect(order.tenantId).toBe('shop-2');
    expect(order.channelRef.channel).toBe('channable_nl');
  });

  it('reports missing and ill-typed fields with their paths', () => {
    const json = fixture('unit-prices');
    delete json['channel_id'];
    json['status_shipped'] = 42;
    product(json, 0)['price'] = 'abc';
    product(json, 1)['quantity'] = 1.5;
    product(json, 1)['price_tax'] = 'Infinity';
    (data(json)['price'] as Json)['total'] = '1e400';
    (data(json)['shipping'] as Json)['country_code'] = 'XYZ';
    expect(described(json)).toEqual([
      ['channel_id', 'text', 'missing'],
      ['status_shipped', 'text', 'number 42'],
      ['data.products[0].price', 'decimal amount', 'string "abc"'],
      ['data.products[1].quantity', 'whole number of units, at least 1', 'number 1.5'],
      ['data.products[1].price_tax', 'decimal amount', 'string "Infinity"'],
      ['data.price.total', 'decimal amount', 'string "1e400"'],
      ['data.shipping.country_code', 'ISO alpha-2 country code', 'string "XYZ"'],
    ]);
  });

  it('reports an unknown currency, no products, and a payload that is not an object', () => {
    const json = fixture('simple');
    (data(json)['price'] as Json)['currency'] = 'EURO';
    expect(described(json)).toEqual([
      ['data.price.currency', 'ISO 4217 currency code', 'string "EURO"'],
    ]);
    const empty = fixture('simple');
    data(empty)['products'] = [];
    expect(described(empty)).toEqual([['data.products', 'at least one product', 'empty array']]);
    expect(described(null)).toEqual([['', 'object', 'null']]);
    const noData = fixture('simple');
    noData['data'] = 'x';
    expect(described(noData)).toEqual([['data', 'object', 'string "x"']]);
  });

  it('passes the issues of parseOrder through', () => {
    const json = fixture('simple');
    json['created'] = '2026-03-10 09:15:22';
    expect(issues(json)).toEqual([
      expect.objectContaining({ code: 'order/schema_invalid', path: ['placedAt'] }),
    ]);
  });

  it('ignores getters and inherited keys', () => {
    const json = fixture('simple');
    defineThrowingGetter(json, 'status_shipped');
    expect(described(json)).toEqual([['status_shipped', 'text', 'missing']]);
    const proto = Object.create(fixture('simple')) as Json;
    expect(issues(proto)[0]).toMatchObject({ path: 'channel_id', received: 'missing' });
  });

  it('ingests the mapped order once: created, then unchanged', () =>
    expectIngestedOnce('channable', ['simple', 'cancelled-line', 'unit-prices']));

  it('applies a later version that cancels one line, once, and ignores the older one', async () => {
    const { oms } = setup();
    const first = fixture('simple');
    const later = fixture('simple');
    later['modified'] = '2026-03-11T08:00:00+00:00';
    later['status_shipped'] = 'partial';
    later['fulfillments'] = [
      { item_id: '5500102', quantity: 2, status: 'cancelled', created_at: '', modified_at: '' },
    ];
    const created = await oms.ingest('channable', mapped(first).order);
    if (!created.ok) expect.fail(JSON.stringify(created.error));
    expect(created.value.outcome).toBe('created');
    const again = await oms.ingest('channable', mapped(first).order);
    expect(again.ok && again.value.outcome).toBe('unchanged');

    const updated = await oms.ingest('channable', mapped(later).order);
    if (!updated.ok) expect.fail(JSON.stringify(updated.error));
    expect(updated.value.outcome).toBe('updated');
    expect(updated.value.changes).toEqual(['cancelled 5500102 ×2']);
    expect(updated.value.holdsPlaced).toEqual([]);
    expect(updated.value.state.order.lines.map((l) => l.quantities.cancelled)).toEqual([0, 2]);

    const version = updated.value.state.version;
    for (const payload of [later, first]) {
      const next = await oms.ingest('channable', mapped(payload).order);
      if (!next.ok) expect.fail(JSON.stringify(next.error));
      expect(next.value.outcome).toBe('unchanged');
      expect(next.value.state.version).toBe(version);
    }
  });
});
