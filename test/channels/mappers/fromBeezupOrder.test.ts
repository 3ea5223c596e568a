import { describe, expect, it } from 'vitest';
import { fromBeezupOrder, type FromBeezupOrderContext } from '../../../src/channels/index.js';
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

const context: FromBeezupOrderContext = { tenantId: 'shop-1' };
const { fixture, mapped, pending, issues, expectIngestedOnce } = readingsOf(
  fromBeezupOrder,
  'beezup',
  context,
);

/** `json.orderItems[i]` as an object, to change it. */
function item(json: Json, index: number): Json {
  return (json['orderItems'] as Json[])[index] as Json;
}

/** The simple fixture with its second item removed and its totals adjusted by hand. */
function oneLine(): Json {
  const json = fixture('simple');
  json['orderItems'] = [item(json, 0)];
  json['order_TotalPrice'] = 29.99; // 25.00 + shipping 4.99
  json['order_TotalTax'] = 4.99; // 2 × 2.08 + shipping tax 0.83
  return json;
}

describe('fromBeezupOrder', () => {
  it('maps a simple two-line order (hand-computed)', () => {
    const { order, channelStatus, lineStatuses } = mapped(fixture('simple'));
    expect(channelStatus).toBe('InProgress');
    expect(lineStatuses).toEqual({}); // BeezUP lines carry no status
    expect(order.orderId).toBe('2603041012KQZTB');
    expect(order.tenantId).toBe('shop-1');
    expect(order.channelRef).toEqual({
      channel: 'beezup',
      channelOrderRef: '2603041012KQZTB',
      marketplace: 'cdiscount', // marketplaceTechnicalCode CDiscount, lower case
    });
    expect(order.placedAt).toBe('2026-03-04T10:12:31Z');
    expect(order.currency).toBe('EUR');
    expect(order.lines).toEqual([
      {
        lineId: '7c1d0e2f-0001',
        sku: 'MUG-350-BLUE',
        title: 'Ceramic mug 350 ml, blue',
        quantities: { ordered: 2, cancelled: 0, ...initial },
        unitPrice: eur('12.50'), // orderItem_ItemPrice: one unit
        lineTotal: eur('25.00'), // orderItem_TotalPrice = 2 × 12.50
        tax: eur('4.16'), // orderItem_ItemTax 2.08 for each of the 2 units
      },
      {
        lineId: '7c1d0e2f-0002',
        sku: 'TEAPOT-1L',
        title: 'Cast-iron teapot 1 L',
        quantities: { ordered: 1, cancelled: 0, ...initial },
        unitPrice: eur('39.90'),
        lineTotal: eur('39.90'),
        tax: eur('6.65'),
      },
    ]);
    expect(order.totals).toEqual({
      pricesIncludeTax: true,
      taxRounding: 'line',
      products: eur('64.90'), // 25.00 + 39.90
      shipping: eur('4.99'),
      shippingTax: eur('0.83'),
      tax: eur('11.64'), // order_TotalTax = 4.16 + 6.65 + 0.83
      discount: eur('0.00'),
      grandTotal: eur('69.89'), // order_TotalPrice = 64.90 + 4.99
      paid: eur('69.89'),
    });
    // Mobile before phone; the empty third line left out.
    expect(order.shippingAddress).toEqual({
      name: 'Léa Martin',
      line1: '14 rue des Lilas',
      line2: 'Bâtiment B',
      postalCode: '44000',
      city: 'Nantes',
      country: 'FR',
      phone: '0611111111',
      email: 'lea-martin.x7k2@cdiscount-relay.example.net',
    });
    // The buyer's group is the billing address; "fr" in upper case.
    expect(order.billingAddress).toEqual({
      name: 'Léa Martin',
      line1: '14 rue des Lilas',
      postalCode: '44000',
      city: 'Nantes',
      country: 'FR',
      phone: '0240000000',
      email: 'lea-martin.x7k2@cdiscount-relay.example.net',
    });
    expect(order.buyer).toEqual({
      name: 'Léa Martin',
      email: 'lea-martin.x7k2@cdiscount-relay.example.net',
      phone: '0240000000',
      customerRef: 'CD-77812',
    });
    expect(order.notes).toBeUndefined();
    expect(validateTotals(order).ok).toBe(true);
  });

  it('cancels every line of a Canceled order', () => {
    const { order, channelStatus, lineStatuses } = mapped(fixture('canceled'));
    expect(channelStatus).toBe('Canceled');
    expect(lineStatuses).toEqual({});
    expect(order.channelRef).toEqual({
      channel: 'beezup',
      channelOrderRef: 'M250308-4471902',
      marketplace: 'manomano',
    });
    expect(order.placedAt).toBe('2026-03-08T07:41:09.350Z');
    expect(order.lines.map((l) => [l.lineId, l.sku, l.quantities, l.unitPrice, l.tax])).toEqual([
      [
        'a4f0-11',
        'DRILL-18V',
        { ordered: 1, cancelled: 1, ...initial },
        eur('89.00'),
        eur('14.83'),
      ],
      [
        'a4f0-12',
        'BITS-SET-32',
        { ordered: 3, cancelled: 3, ...initial },
        eur('9.99'),
        eur('5.01'),
      ],
      // orderItem_MerchantProductId null: the imported product id.
      ['a4f0-13', 'GLOVES-L', { ordered: 1, cancelled: 1, ...initial }, eur('6.50'), eur('1.08')],
    ]);
    expect(order.totals).toEqual({
      pricesIncludeTax: true,
      taxRounding: 'line',
      products: eur('125.47'), // 89.00 + 29.97 + 6.50
      shipping: eur('0.00'),
      shippingTax: eur('0.00'),
      tax: eur('20.92'), // 14.83 + 3 × 1.67 + 1.08
      discount: eur('0.00'),
      grandTotal: eur('125.47'),
      paid: eur('125.47'),
    });
    // Postal code given as a number; the empty mobile phone falls back on the phone.
    expect(order.shippingAddress).toEqual({
      name: 'Marc Janssens',
      company: 'Atelier Janssens',
      line1: 'Rue Haute 40',
      postalCode: '1000',
      city: 'Bruxelles',
      country: 'BE',
      phone: '+3225550101',
    });
    expect(order.billingAddress).toBeUndefined();
    // The malformed e-mail is left out; the identifier is a number.
    expect(order.buyer).toEqual({
      name: 'Marc Janssens',
      phone: '+3225550101',
      customerRef: '55012',
    });
    expect(order.notes).toEqual(["Livrer à l'atelier, porte de gauche"]);
    expect(validateTotals(order).ok).toBe(true);
  });

  it.each(['Canceled', 'Aborted'])('counts every line cancelled at %s only', (status) => {
    const json = fixture('simple');
    json['order_Status_BeezUPOrderStatus'] = status;
    expect(mapped(json).order.lines.map((l) => l.quantities.cancelled)).toEqual([2, 1]);
    for (const other of ['InProgress', 'Shipped', 'Closed', 'Undefined', 'constructor']) {
      json['order_Status_BeezUPOrderStatus'] = other;
      expect(mapped(json).order.lines.map((l) => l.quantities.cancelled)).toEqual([0, 0]);
    }
  });

  it('reads a New order whose address is withheld as pending', () => {
    expect(pending(fixture('new-withheld'))).toEqual({
      kind: 'pending',
      channelRef: { channel: 'beezup', channelOrderRef: 'FN-7QX2M9KD', marketplace: 'fnac' },
      channelStatus: 'New',
      placedAt: '2026-03-09T20:05:44Z',
      currency: 'EUR',
      lines: [
        {
          lineId: 'e81b-01',
          sku: 'HEADPHONES-BT',
          title: 'Bluetooth headphones',
          quantities: { ordered: 2, cancelled: 0, ...initial },
          unitPrice: eur('59.99'),
          lineTotal: eur('119.98'),
          tax: eur('20.00'), // 2 × 10.00 = order_TotalTax
        },
      ],
      lineStatuses: {},
      withheld: ['shippingAddress', 'buyer'],
    });
  });

  it('withholds only the address when the buyer is named', () => {
    const json = fixture('new-withheld');
    json['order_Buyer_Email'] = 'q8w7e6@fnac-relay.example.net';
    expect(pending(json).withheld).toEqual(['shippingAddress']);
    delete json['order_Shipping_AddressLine1'];
    json['order_Shipping_AddressName'] = '  ';
    expect(pending(json).withheld).toEqual(['shippingAddress']);
  });

  it('still checks the lines of a pending order', () => {
    const json = fixture('new-withheld');
    item(json, 0)['orderItem_Quantity'] = 0;
    expect(issues(json)).toEqual([
      {
        code: 'channel/payload_invalid',
        channel: 'beezup',
        path: 'orderItems[0].orderItem_Quantity',
        expected: 'whole number of units, at least 1',
        received: 'number 0',
      },
    ]);
  });

  it('says when the address is missing at a status where BeezUP does not withhold it', () => {
    const json = fixture('new-withheld');
    json['order_Status_BeezUPOrderStatus'] = 'InProgress';
    const found = issues(json);
    expect(found).toEqual([
      {
        code: 'channel/payload_invalid',
        channel: 'beezup',
        path: 'order_Shipping_AddressLine1',
        expected: 'shipping address',
        received: 'missing',
      },
    ]);
    expectMessagesName(found, 'order_Shipping_AddressLine1');
  });

  it('reads unit prices, line totals with shipping, and line taxes by what the totals say', () => {
    const { order } = mapped(fixture('line-totals'));
    expect(
      order.lines.map((l) => [l.sku, l.quantities.ordered, l.unitPrice, l.lineTotal, l.tax]),
    ).toEqual([
      // TotalPrice 32.99 = 2 × 15.00 + the item's shipping 2.99.
      ['CANDLE-SOY-3', 2, gbp('15.00'), gbp('30.00'), gbp('5.00')],
      ['DIFFUSER-100', 1, gbp('20.00'), gbp('20.00'), gbp('3.33')],
      // ItemPrice 12.00 is already the price of the 3 units (TotalPrice 12.00): no unit price.
      ['MATCHES-LONG', 3, undefined, gbp('12.00'), gbp('2.00')],
    ]);
    expect(order.totals).toEqual({
      pricesIncludeTax: true,
      taxRounding: 'line',
      products: gbp('62.00'), // 30.00 + 20.00 + 12.00
      shipping: gbp('2.99'), // no order_Shipping_Price: Σ orderItem_Shipping_Price
      shippingTax: gbp('0.50'),
      // ItemTax is the line's here: 5.00 + 3.33 + 2.00 + 0.50 = 10.83 = order_TotalTax,
      // where per unit it would be 10.00 + 3.33 + 6.00 + 0.50 = 19.83.
      tax: gbp('10.83'),
      discount: gbp('0.00'),
      grandTotal: gbp('64.99'), // 62.00 + 2.99
      paid: gbp('64.99'),
    });
    expect(order.placedAt).toBe('2026-03-02T18:45:10Z'); // a UTC date without offset
    expect(order.channelRef.marketplace).toBe('amazon');
    expect(order.shippingAddress).toEqual({
      name: 'Oliver Hughes',
      line1: '12 Mill Lane',
      postalCode: 'LS1 4AP',
      city: 'Leeds',
      region: 'West Yorkshire',
      country: 'GB', // UK
      phone: '+441130000000',
    });
    expect(order.buyer).toEqual({
      name: 'Oliver Hughes',
      email: '7qz2m1hw0c@marketplace.example.co.uk',
      phone: '+441130000000', // the shipping phone: the buyer gives none
    });
    expect(validateTotals(order).ok).toBe(true);
  });

  it('leaves line taxes out when no reading of ItemTax gives the order tax', () => {
    const json = fixture('line-totals');
    json['order_TotalTax'] = 12;
    const { order } = mapped(json);
    expect(order.lines.map((l) => l.tax)).toEqual([undefined, undefined, undefined]);
    expect(order.totals.tax).toEqual(gbp('12.00'));
    expect(validateTotals(order).ok).toBe(true); // the tax equation cannot be checked
    delete json['order_TotalTax'];
    const perUnit = mapped(json).order;
    expect(perUnit.lines.map((l) => l.tax)).toEqual([gbp('10.00'), gbp('3.33'), gbp('6.00')]);
    expect(perUnit.totals.tax).toEqual(gbp('19.83')); // 10.00 + 3.33 + 6.00 + 0.50
  });

  it('takes the line total alone, or the unit price alone', () => {
    const json = fixture('simple');
    delete item(json, 0)['orderItem_ItemPrice'];
    item(json, 1)['orderItem_TotalPrice'] = null;
    const [first, second] = mapped(json).order.lines;
    expect([first?.unitPrice, first?.lineTotal]).toEqual([eur('12.50'), eur('25.00')]);
    expect([second?.unitPrice, second?.lineTotal]).toEqual([eur('39.90'), eur('39.90')]);
    item(json, 0)['orderItem_TotalPrice'] = 25.01; // not exact for 2 units
    expect(mapped(json).order.lines[0]?.unitPrice).toBeUndefined();
  });

  it('takes tax inclusion from the context', () => {
    const { totals } = mapped(fixture('simple'), {
      tenantId: 'shop-1',
      pricesIncludeTax: false,
    }).order;
    expect(totals.pricesIncludeTax).toBe(false);
    const channel = mapped(fixture('simple'), { tenantId: 'shop-1', channel: 'beezup-cdiscount' });
    expect(channel.order.channelRef.channel).toBe('beezup-cdiscount');
  });

  it('reports missing and ill-typed fields with their paths', () => {
    const json = fixture('simple');
    delete json['order_MarketplaceOrderId'];
    json['order_Status_BeezUPOrderStatus'] = true;
    json['order_TotalTax'] = 'Infinity';
    item(json, 0)['orderItem_ItemPrice'] = 'abc';
    delete item(json, 1)['orderItem_ItemPrice'];
    delete item(json, 1)['orderItem_TotalPrice'];
    item(json, 1)['orderItem_Quantity'] = 1.5;
    json['order_Shipping_AddressCountryIsoCodeAlpha2'] = 'FRA';
    json['order_Buyer_AddressCity'] = null;
    expect(
      issues(json).map((i) => ('channel' in i ? [i.path, i.expected, i.received] : i)),
    ).toEqual([
      ['order_MarketplaceOrderId', 'text', 'missing'],
      ['order_Status_BeezUPOrderStatus', 'text', 'boolean'],
      ['order_TotalTax', 'decimal amount', 'string "Infinity"'],
      ['orderItems[0].orderItem_ItemPrice', 'decimal amount', 'string "abc"'],
      ['orderItems[1].orderItem_Quantity', 'whole number of units, at least 1', 'number 1.5'],
      ['orderItems[1].orderItem_ItemPrice', 'decimal amount', 'missing'],
      ['order_Shipping_AddressCountryIsoCodeAlpha2', 'ISO alpha-2 country code', 'string "FRA"'],
      ['order_Buyer_AddressCity', 'text', 'null'],
    ]);
  });

  it('reports an unknown currency, no items, and a payload that is not an object', () => {
    const json = fixture('simple');
    json['order_CurrencyCode'] = 'EURO';
    expect(issues(json)).toEqual([
      expect.objectContaining({ path: 'order_CurrencyCode', received: 'string "EURO"' }),
    ]);
    const empty = fixture('simple');
    empty['orderItems'] = [];
    expect(issues(empty)).toEqual([
      expect.objectContaining({ path: 'orderItems', expected: 'at least one item' }),
    ]);
    expect(issues([fixture('simple')])).toEqual([
      expect.objectContaining({ path: '', received: 'array' }),
    ]);
  });

  it('passes the issues of parseOrder through', () => {
    const json = fixture('simple');
    json['order_PurchaseUtcDate'] = '04/03/2026 10:12';
    expect(issues(json)).toEqual([
      expect.objectContaining({ code: 'order/schema_invalid', path: ['placedAt'] }),
    ]);
  });

  it('ignores getters and inherited keys', () => {
    const json = fixture('simple');
    defineThrowingGetter(json, 'order_Status_BeezUPOrderStatus');
    expect(issues(json)).toEqual([
      expect.objectContaining({ path: 'order_Status_BeezUPOrderStatus', received: 'missing' }),
    ]);
    const proto = Object.create(fixture('simple')) as Json;
    expect(issues(proto)[0]).toMatchObject({
      path: 'order_MarketplaceOrderId',
      received: 'missing',
    });
  });

  it('ingests the mapped order once: created, then unchanged', () =>
    expectIngestedOnce('beezup', ['simple', 'canceled', 'line-totals']));

  it.each([
    ['a one-line order', oneLine, ['cancelled 7c1d0e2f-0001 ×2']],
    [
      'a two-line order',
      () => fixture('simple'),
      ['cancelled 7c1d0e2f-0001 ×2', 'cancelled 7c1d0e2f-0002 ×1'],
    ],
  ])(
    'applies a later version that cancels %s once, and never undoes it',
    async (_name, make, changes) => {
      const { oms } = setup();
      const first = make();
      const later = structuredClone(first);
      later['order_Status_BeezUPOrderStatus'] = 'Canceled';
      later['order_LastModificationUtcDate'] = '2026-03-05T08:30:00Z';
      const created = value(await oms.ingest('beezup', mapped(first).order));
      expect(created.outcome).toBe('created');
      expect(value(await oms.ingest('beezup', mapped(first).order)).outcome).toBe('unchanged');
      const updated = value(await oms.ingest('beezup', mapped(later).order));
      expect(updated.outcome).toBe('updated');
      expect(updated.changes).toEqual(changes);
      expect(updated.holdsPlaced).toEqual([]);
      const version = updated.state.version;
      for (const payload of [later, first]) {
        const again = value(await oms.ingest('beezup', mapped(payload).order));
        expect(again.outcome).toBe('unchanged');
        expect(again.state.version).toBe(version);
      }
      expect(
        updated.state.order.lines.every((l) => l.quantities.cancelled === l.quantities.ordered),
      ).toBe(true);
    },
  );
});
