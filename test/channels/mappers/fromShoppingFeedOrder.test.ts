import { describe, expect, it } from 'vitest';
import {
  fromShoppingFeedOrder,
  type FromShoppingFeedOrderContext,
} from '../../../src/channels/index.js';
import { validateTotals } from '../../../src/order/index.js';
import { setup, value } from '../../engine/_support.js';
import {
  defineThrowingGetter,
  eur,
  expectMessagesName,
  gbp,
  initial,
  readingsOf,
  type Json,
} from './_readings.js';

const context: FromShoppingFeedOrderContext = { tenantId: 'shop-1' };
const { fixture, mapped, pending, issues, expectIngestedOnce } = readingsOf(
  fromShoppingFeedOrder,
  'shoppingfeed',
  context,
);

/** `json.items[i]` as an object, to change it. */
function item(json: Json, index: number): Json {
  return (json['items'] as Json[])[index] as Json;
}

function payment(json: Json): Json {
  return json['payment'] as Json;
}

describe('fromShoppingFeedOrder', () => {
  it('maps a simple two-item order (hand-computed)', () => {
    const { order, channelStatus, lineStatuses } = mapped(fixture('simple'));
    expect(channelStatus).toBe('waiting_shipment');
    expect(lineStatuses).toEqual({ '5512001': 'waiting_shipment', '5512002': 'waiting_shipment' });
    expect(order.orderId).toBe('1038472');
    expect(order.tenantId).toBe('shop-1');
    expect(order.channelRef).toEqual({
      channel: 'shoppingfeed',
      channelOrderRef: '1038472', // Shopping Feed's id, not the marketplace reference
      marketplace: 'cdiscount', // _embedded.channel.name
    });
    expect(order.placedAt).toBe('2026-03-02T10:15:00+00:00');
    expect(order.currency).toBe('EUR');
    expect(order.lines).toEqual([
      {
        lineId: '5512001',
        sku: 'MUG-BLUE',
        title: 'Blue mug 350 ml',
        quantities: { ordered: 2, cancelled: 0, ...initial },
        unitPrice: eur('12.50'), // price, for one unit
        lineTotal: eur('25.00'), // 2 × 12.50
        tax: eur('4.17'),
      },
      {
        lineId: '5512002',
        sku: 'TEAPOT-1L',
        title: 'Cast-iron teapot 1 L',
        quantities: { ordered: 1, cancelled: 0, ...initial },
        unitPrice: eur('29.80'),
        lineTotal: eur('29.80'),
        tax: eur('4.97'),
      },
    ]);
    expect(order.totals).toEqual({
      pricesIncludeTax: true,
      taxRounding: 'line',
      products: eur('54.80'), // productAmount = 25.00 + 29.80
      shipping: eur('4.99'),
      tax: eur('9.14'), // 4.17 + 4.97
      discount: eur('0.00'),
      grandTotal: eur('59.79'), // totalAmount
      paid: eur('59.79'),
    });
    // "fr" → FR; the mobile phone first; empty company and province left out.
    expect(order.shippingAddress).toEqual({
      name: 'Élodie Bernard',
      line1: '14 rue des Lilas',
      line2: 'Bâtiment B',
      postalCode: '44000',
      city: 'Nantes',
      country: 'FR',
      phone: '0612345678',
      email: 'e.bernard.x7@marketplace.example.com',
    });
    expect(order.billingAddress).toEqual({
      name: 'Élodie Bernard',
      line1: '14 rue des Lilas',
      postalCode: '44000',
      city: 'Nantes',
      country: 'FR',
      phone: '0240000000',
      email: 'e.bernard.x7@marketplace.example.com',
    });
    expect(order.buyer).toEqual({
      name: 'Élodie Bernard',
      email: 'e.bernard.x7@marketplace.example.com',
      phone: '0240000000', // the billing address first
    });
    expect(order.notes).toBeUndefined();
    expect(order.tags).toBeUndefined();
    expect(validateTotals(order).ok).toBe(true);
  });

  it('cancels refused and cancelled items, resolves aliases, and reads UK as GB', () => {
    const { order, lineStatuses } = mapped(fixture('refused-item'));
    expect(order.channelRef).toEqual({
      channel: 'shoppingfeed',
      channelOrderRef: '2204519',
      marketplace: 'amazon_uk', // "Amazon UK"
    });
    expect(order.currency).toBe('GBP');
    expect(order.lines.map((l) => [l.lineId, l.sku, l.title, l.quantities, l.lineTotal])).toEqual([
      // itemsReferencesAliases: OLD-CABLE-1M → CABLE-USBC-1M.
      [
        '7730001',
        'CABLE-USBC-1M',
        'USB-C cable 1 m',
        { ordered: 2, cancelled: 0, ...initial },
        gbp('15.98'),
      ],
      [
        '7730002',
        'CHARGER-65W',
        '65 W USB-C charger',
        { ordered: 1, cancelled: 1, ...initial },
        gbp('34.99'),
      ],
      // A numeric reference, no name: the SKU is the title; "Cancelled" in any case.
      ['7730003', '880123', '880123', { ordered: 3, cancelled: 3, ...initial }, gbp('13.50')],
    ]);
    expect(lineStatuses).toEqual({
      '7730001': 'waiting_shipment',
      '7730002': 'refused',
      '7730003': 'Cancelled',
    });
    expect(order.totals).toEqual({
      pricesIncludeTax: true,
      taxRounding: 'line',
      products: gbp('64.47'), // 15.98 + 34.99 + 13.50: cancelled items stay, as stated
      shipping: gbp('0.00'),
      tax: gbp('10.74'), // 2.66 + 5.83 + 2.25
      discount: gbp('0.00'),
      grandTotal: gbp('64.47'),
      paid: gbp('64.47'),
    });
    // Empty street: street2 moves up; only a last name; UK → GB; `other` becomes a note.
    expect(order.shippingAddress).toEqual({
      name: 'Oliver Hughes',
      line1: '221 Baker Street',
      postalCode: 'NW1 6XE',
      city: 'London',
      region: 'Greater London',
      country: 'GB',
      phone: '+447700900123',
    });
    expect(order.billingAddress).toBeUndefined(); // `[]`
    expect(order.buyer).toEqual({ name: 'Oliver Hughes', phone: '+447700900123' });
    expect(order.notes).toEqual(['Leave with the concierge']);
    expect(order.tags).toEqual(['test']); // isTest
    expect(validateTotals(order).ok).toBe(true);
  });

  it.each(['cancelled', 'refused'])('cancels every line at order status %s', (status) => {
    const json = fixture('simple');
    json['status'] = status;
    const { order, channelStatus } = mapped(json);
    expect(channelStatus).toBe(status);
    expect(order.lines.map((l) => l.quantities.cancelled)).toEqual([2, 1]);
  });

  it('reads the unit price: the line total is price × quantity, exactly', () => {
    const { order } = mapped(fixture('unit-prices'));
    expect(order.lines.map((l) => [l.sku, l.quantities.ordered, l.unitPrice, l.lineTotal])).toEqual(
      [
        ['STICKER-A6', 3, eur('0.10'), eur('0.30')], // not 0.30000000000000004
        ['NOTEBOOK-A5', 3, eur('14.99'), eur('44.97')],
        ['ERASER', 4, eur('0.35'), eur('1.40')],
      ],
    );
    expect(order.totals).toEqual({
      pricesIncludeTax: true,
      taxRounding: 'line',
      products: eur('46.67'), // 0.30 + 44.97 + 1.40
      shipping: eur('2.90'),
      tax: eur('7.78'), // 0.05 + 7.50 + 0.23
      discount: eur('0.00'),
      grandTotal: eur('49.57'), // 46.67 + 2.90
      paid: eur('49.57'),
    });
    expect(order.currency).toBe('EUR'); // "eur"
    expect(order.placedAt).toBe('2026-03-05T14:22:31.000+01:00');
    expect(order.shippingAddress).toMatchObject({
      company: 'Atelier Lefèvre',
      postalCode: '69002',
    });
    // The malformed e-mail stays in the address but not in the buyer.
    expect(order.buyer).toEqual({ name: 'Hugo Lefèvre', phone: '+33678901234' });
    expect(validateTotals(order).ok).toBe(true);
  });

  it('lets validateTotals catch a product amount that counted prices once per line', () => {
    const json = fixture('unit-prices');
    payment(json)['productAmount'] = 15.44; // 0.10 + 14.99 + 0.35: unit prices summed
    const checked = validateTotals(mapped(json).order);
    if (checked.ok) expect.fail('expected a mismatch');
    expect(checked.error[0]).toMatchObject({
      code: 'order/totals_mismatch',
      check: 'products',
      expected: eur('46.67'),
      actual: eur('15.44'),
    });
  });

  it('falls back on the line totals, zero shipping and products + shipping', () => {
    const json = fixture('simple');
    json['payment'] = { currency: 'EUR', totalAmount: null }; // null counts as missing
    expect(mapped(json).order.totals).toMatchObject({
      products: eur('54.80'),
      shipping: eur('0.00'),
      grandTotal: eur('54.80'),
      paid: eur('54.80'),
    });
  });

  it('takes the currency from the context when the payment does not say', () => {
    const json = fixture('refused-item');
    delete payment(json)['currency'];
    expect(issues(json)).toEqual([
      {
        code: 'channel/payload_invalid',
        channel: 'shoppingfeed',
        path: 'payment.currency',
        expected: 'text',
        received: 'missing',
      },
    ]);
    expect(mapped(json, { tenantId: 'shop-1', currency: 'GBP' }).order.currency).toBe('GBP');
  });

  it('reads an order waiting for the store, its address withheld, as pending', () => {
    expect(pending(fixture('waiting-acceptance'))).toEqual({
      kind: 'pending',
      channelRef: { channel: 'shoppingfeed', channelOrderRef: '3310876', marketplace: 'manomano' },
      channelStatus: 'waiting_store_acceptance',
      placedAt: '2026-03-09T19:47:31+01:00',
      currency: 'EUR',
      lines: [
        {
          lineId: '9900101',
          sku: 'DRILL-18V',
          title: 'Cordless drill 18 V',
          quantities: { ordered: 1, cancelled: 0, ...initial },
          unitPrice: eur('89.00'),
          lineTotal: eur('89.00'),
          tax: eur('14.83'),
        },
        {
          lineId: '9900102',
          sku: 'BITS-SET-32',
          title: 'Drill bit set, 32 pieces',
          quantities: { ordered: 2, cancelled: 0, ...initial },
          unitPrice: eur('12.45'),
          lineTotal: eur('24.90'),
          tax: eur('4.15'),
        },
      ],
      lineStatuses: {
        '9900101': 'waiting_store_acceptance',
        '9900102': 'waiting_store_acceptance',
      },
      withheld: ['shippingAddress', 'buyer'], // the billing address is blank too
    });
  });

  it('withholds a missing, null, empty or blank address, and only the address with a billing one', () => {
    for (const address of [undefined, null, [], {}, { firstName: ' ', country: null }]) {
      const json = fixture('waiting-acceptance');
      if (address === undefined) delete json['shippingAddress'];
      else json['shippingAddress'] = address;
      expect(pending(json).withheld).toEqual(['shippingAddress', 'buyer']);
    }
    const json = fixture('waiting-acceptance');
    json['billingAddress'] = fixture('simple')['billingAddress'];
    expect(pending(json).withheld).toEqual(['shippingAddress']);
  });

  it('maps an order waiting for the store when its address is given', () => {
    const json = fixture('waiting-acceptance');
    json['shippingAddress'] = fixture('simple')['shippingAddress'];
    expect(mapped(json).order.shippingAddress.city).toBe('Nantes');
  });

  it('says when the address is missing at any other status', () => {
    const json = fixture('waiting-acceptance');
    json['status'] = 'waiting_shipment';
    const found = issues(json);
    expect(found).toEqual([
      {
        code: 'channel/payload_invalid',
        channel: 'shoppingfeed',
        path: 'shippingAddress',
        expected: 'shipping address',
        received: 'array',
      },
    ]);
    expectMessagesName(found, 'shippingAddress');
  });

  it('still checks the lines of a pending order', () => {
    const json = fixture('waiting-acceptance');
    item(json, 1)['quantity'] = -2;
    expect(issues(json)).toEqual([
      expect.objectContaining({
        path: 'items[1].quantity',
        expected: 'whole number of units, at least 1',
        received: 'number -2',
      }),
    ]);
  });

  it('reads alpha-3 countries of the table, and reports other codes', () => {
    const json = fixture('simple');
    (json['shippingAddress'] as Json)['country'] = 'bel';
    expect(mapped(json).order.shippingAddress.country).toBe('BE');
    (json['shippingAddress'] as Json)['country'] = 'France';
    expect(issues(json)).toEqual([
      expect.objectContaining({
        path: 'shippingAddress.country',
        expected: 'ISO alpha-2 country code',
        received: 'string "France"',
      }),
    ]);
  });

  it('reports missing and ill-typed fields with their paths', () => {
    const json = fixture('simple');
    delete json['id'];
    json['status'] = 42;
    item(json, 0)['price'] = 'abc';
    item(json, 1)['quantity'] = 1.5;
    item(json, 1)['taxAmount'] = 'Infinity';
    payment(json)['totalAmount'] = '1e400';
    json['billingAddress'] = 'Nantes';
    expect(
      issues(json).map((i) => ('channel' in i ? [i.path, i.expected, i.received] : i)),
    ).toEqual([
      ['id', 'text', 'missing'],
      ['status', 'text', 'number 42'],
      ['items[0].price', 'decimal amount', 'string "abc"'],
      ['items[1].quantity', 'whole number of units, at least 1', 'number 1.5'],
      ['items[1].taxAmount', 'decimal amount', 'string "Infinity"'],
      ['payment.totalAmount', 'decimal amount', 'string "1e400"'],
      ['billingAddress', 'address', 'string "Nantes"'],
    ]);
  });

  it('reports an unknown currency, no items, no payment, and a payload that is not an object', () => {
    const json = fixture('simple');
    payment(json)['currency'] = 'EURO';
    expect(issues(json)).toEqual([
      expect.objectContaining({ path: 'payment.currency', received: 'string "EURO"' }),
    ]);
    const empty = fixture('simple');
    empty['items'] = [];
    expect(issues(empty)).toEqual([
      expect.objectContaining({ path: 'items', expected: 'at least one item' }),
    ]);
    const unpaid = fixture('simple');
    unpaid['payment'] = null;
    expect(issues(unpaid)).toEqual([
      expect.objectContaining({ path: 'payment', expected: 'object', received: 'null' }),
    ]);
    expect(issues([])).toEqual([expect.objectContaining({ path: '', received: 'array' })]);
  });

  it('passes the issues of parseOrder through', () => {
    const json = fixture('simple');
    json['createdAt'] = '2026-03-02 10:15:00';
    expect(issues(json)).toEqual([
      expect.objectContaining({ code: 'order/schema_invalid', path: ['placedAt'] }),
    ]);
  });

  it('ignores getters, inherited keys and a __proto__ item id', () => {
    const json = fixture('simple');
    defineThrowingGetter(json, 'status');
    expect(issues(json)).toEqual([
      expect.objectContaining({ path: 'status', received: 'missing' }),
    ]);
    const proto = Object.create(fixture('simple')) as Json;
    expect(issues(proto)[0]).toMatchObject({ path: 'id', received: 'missing' });
    const odd = fixture('simple');
    item(odd, 0)['id'] = '__proto__';
    const { lineStatuses } = mapped(odd);
    expect(Object.hasOwn(lineStatuses, '__proto__')).toBe(true);
    expect(({} as Json)['waiting_shipment']).toBeUndefined();
  });

  it('ingests the mapped order once: created, then unchanged', () =>
    expectIngestedOnce('shoppingfeed', ['simple', 'refused-item', 'unit-prices']));

  it('applies a later version that cancels one item, once, without a hold', async () => {
    const { oms } = setup();
    const first = fixture('simple');
    const later = fixture('simple');
    later['updatedAt'] = '2026-03-03T08:00:00+00:00';
    item(later, 1)['status'] = 'cancelled';
    const created = value(await oms.ingest('shoppingfeed', mapped(first).order));
    expect(created.outcome).toBe('created');
    expect(value(await oms.ingest('shoppingfeed', mapped(first).order)).outcome).toBe('unchanged');
    const updated = value(await oms.ingest('shoppingfeed', mapped(later).order));
    expect(updated.outcome).toBe('updated');
    expect(updated.changes).toEqual(['cancelled 5512002 ×1']);
    expect(updated.holdsPlaced).toEqual([]);
    expect(updated.state.order.lines.map((l) => l.quantities.cancelled)).toEqual([0, 1]);
    const version = updated.state.version;
    for (const payload of [later, first]) {
      const again = value(await oms.ingest('shoppingfeed', mapped(payload).order));
      expect(again.outcome).toBe('unchanged');
      expect(again.state.version).toBe(version);
    }
  });
});
