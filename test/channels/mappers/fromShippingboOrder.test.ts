import { describe, expect, it } from 'vitest';
import {
  fromShippingboOrder,
  type FromShippingboOrderContext,
} from '../../../src/channels/index.js';
import { validateTotals } from '../../../src/order/index.js';
import { setup, value } from '../../engine/_support.js';
import {
  defineThrowingGetter,
  eur,
  expectMessagesName,
  initial,
  jpy,
  readingsOf,
  type Json,
} from './_readings.js';

const context: FromShippingboOrderContext = { tenantId: 'shop-1' };
const { fixture, mapped, pending, issues, described, expectIngestedOnce } = readingsOf(
  fromShippingboOrder,
  'shippingbo',
  context,
);

function item(json: Json, index: number): Json {
  return (json['order_items'] as Json[])[index] as Json;
}

function address(json: Json, key = 'shipping_address'): Json {
  return json[key] as Json;
}

describe('fromShippingboOrder', () => {
  it('maps a simple two-line order (hand-computed from integer cents)', () => {
    const reading = mapped(fixture('simple'));
    expect(reading.channelStatus).toBe('to_be_prepared');
    expect(reading.lineStatuses).toEqual({});
    expect(reading.fulfilledByMarketplace).toBe(false);
    const { order } = reading;
    expect(order.orderId).toBe('90210345');
    expect(order.tenantId).toBe('shop-1');
    expect(order.channelRef).toEqual({
      channel: 'shippingbo',
      channelOrderRef: '90210345',
      marketplace: 'prestashop', // origin "Prestashop"
    });
    expect(order.placedAt).toBe('2026-03-02T10:15:00+01:00');
    expect(order.currency).toBe('EUR');
    expect(order.lines).toEqual([
      {
        lineId: '1004159001',
        sku: 'MUG-CERAMIC-35',
        title: 'Ceramic mug 35 cl',
        quantities: { ordered: 2, cancelled: 0, ...initial },
        unitPrice: eur('12.90'), // 2580 cents for the whole line / 2
        lineTotal: eur('25.80'),
        tax: eur('4.30'),
      },
      {
        lineId: '1004159002',
        sku: 'TEAPOT-1L',
        title: 'Cast iron teapot 1 L',
        quantities: { ordered: 1, cancelled: 0, ...initial },
        unitPrice: eur('45.90'),
        lineTotal: eur('45.90'),
        tax: eur('7.65'),
      },
    ]);
    expect(order.totals).toEqual({
      pricesIncludeTax: true,
      taxRounding: 'line',
      products: eur('71.70'), // 25.80 + 45.90
      shipping: eur('5.90'),
      shippingTax: eur('0.98'),
      tax: eur('12.93'), // 4.30 + 7.65 + 0.98
      discount: eur('0.00'),
      grandTotal: eur('77.60'), // 71.70 + 5.90
      paid: eur('77.60'),
    });
    // Mobile (phone2) first; empty fullname, street4 and state left out.
    expect(order.shippingAddress).toEqual({
      name: 'Léa Garnier',
      line1: '14 rue des Lilas',
      line2: 'Bâtiment B',
      postalCode: '44000',
      city: 'Nantes',
      country: 'FR',
      phone: '0612345678',
      email: 'lea.garnier@example.org',
    });
    // "fr" in lower case; the empty phone2 gives phone1.
    expect(order.billingAddress).toEqual({
      name: 'Léa Garnier',
      line1: '14 rue des Lilas',
      postalCode: '44000',
      city: 'Nantes',
      country: 'FR',
      phone: '0240000000',
      email: 'lea.garnier@example.org',
    });
    expect(order.buyer).toEqual({
      name: 'Léa Garnier',
      email: 'lea.garnier@example.org',
      phone: '0240000000', // the billing address's
    });
    expect(order.notes).toEqual(['Digicode 1234']);
    expect(order.parcels).toBeUndefined();
    expect(validateTotals(order).ok).toBe(true);
  });

  it('cancels every line of a canceled order, reads alpha-3 countries and the discount', () => {
    const { order, channelStatus, lineStatuses } = mapped(fixture('canceled'));
    expect(channelStatus).toBe('canceled');
    expect(lineStatuses).toEqual({});
    expect(order.channelRef).toEqual({
      channel: 'shippingbo',
      channelOrderRef: '90215512',
      marketplace: 'cdiscount', // origin, not the source "Lengow"
    });
    expect(order.lines.map((l) => [l.lineId, l.sku, l.quantities, l.unitPrice, l.tax])).toEqual([
      ['7001', 'HDMI-2M', { ordered: 1, cancelled: 1, ...initial }, eur('12.99'), eur('2.17')],
      ['7002', 'USB-C-HUB', { ordered: 2, cancelled: 2, ...initial }, eur('24.50'), eur('8.17')],
      // product_ref null: product_source_ref.
      ['7003', 'MOUSE-WL', { ordered: 1, cancelled: 1, ...initial }, eur('15.00'), eur('2.50')],
    ]);
    expect(order.totals).toEqual({
      pricesIncludeTax: true,
      taxRounding: 'line',
      products: eur('76.99'), // 12.99 + 49.00 + 15.00
      shipping: eur('2.50'),
      shippingTax: eur('0.42'),
      tax: eur('13.26'), // 2.17 + 8.17 + 2.50 + 0.42
      discount: eur('5.00'),
      grandTotal: eur('74.49'), // 76.99 + 2.50 − 5.00
      paid: eur('74.49'),
    });
    // "bel" → BE; zip a number; no billing address.
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
    expect(order.buyer).toEqual({ name: 'Thomas Peeters', phone: '+3225550101' });
    expect(validateTotals(order).ok).toBe(true);
  });

  it.each([
    ['rejected', 1],
    ['canceled', 1],
    ['to_be_prepared', 0],
    ['in_trouble', 0],
    ['splitted', 0],
    ['constructor', 0],
  ])('at %s, a line has %i unit cancelled', (state, cancelled) => {
    const json = fixture('canceled');
    json['state'] = state;
    expect(mapped(json).order.lines[0]?.quantities.cancelled).toBe(cancelled);
  });

  it('reads an order waiting for payment, without its address, as pending', () => {
    expect(pending(fixture('waiting-payment'))).toEqual({
      kind: 'pending',
      channelRef: {
        channel: 'shippingbo',
        channelOrderRef: '90220078',
        marketplace: 'amazon_fr', // origin "Amazon FR"
      },
      channelStatus: 'waiting_for_payment',
      placedAt: '2026-03-09T19:47:31Z',
      currency: 'EUR',
      lines: [
        {
          lineId: '1004170311',
          sku: 'LAMP-DESK-LED',
          title: 'LED desk lamp',
          quantities: { ordered: 1, cancelled: 0, ...initial },
          unitPrice: eur('39.90'),
          lineTotal: eur('39.90'),
          tax: eur('6.65'),
        },
      ],
      lineStatuses: {},
      withheld: ['shippingAddress', 'buyer'],
    });
  });

  it('withholds a missing, null, empty or bare address while payment is pending', () => {
    for (const shipping of [undefined, null, {}, { country: 'FR', city: 'Paris' }]) {
      const json = fixture('waiting-payment');
      if (shipping === undefined) delete json['shipping_address'];
      else json['shipping_address'] = shipping;
      expect(pending(json).withheld).toEqual(['shippingAddress', 'buyer']);
    }
    const json = fixture('waiting-payment');
    json['billing_address'] = address(fixture('simple'), 'billing_address');
    expect(pending(json).withheld).toEqual(['shippingAddress']);
  });

  it('maps a paid-for address at waiting_for_payment, and still checks a pending order', () => {
    const json = fixture('waiting-payment');
    json['shipping_address'] = address(fixture('simple'));
    expect(mapped(json).order.shippingAddress.name).toBe('Léa Garnier');
    const broken = fixture('waiting-payment');
    item(broken, 0)['quantity'] = 0;
    expect(described(broken)).toEqual([
      ['order_items[0].quantity', 'whole number of units, at least 1', 'number 0'],
    ]);
  });

  it('says when the address is missing at a state where nothing is withheld', () => {
    const json = fixture('waiting-payment');
    json['state'] = 'to_be_prepared';
    const bare = fixture('waiting-payment');
    bare['state'] = 'to_be_prepared';
    delete bare['shipping_address'];
    const found = issues(bare);
    expect(described(bare)).toEqual([['shipping_address', 'shipping address', 'missing']]);
    expectMessagesName(found, 'shipping_address');
    // A bare place is read: parseOrder says the name and the street are missing.
    const paths = issues(json).map((i) => ('path' in i ? i.path : undefined));
    expect(paths).toEqual([
      ['shippingAddress', 'name'],
      ['shippingAddress', 'line1'],
    ]);
  });

  it('reads a line total that does not divide into a unit price, the { order } answer and several packages', () => {
    const { order, channelStatus } = mapped(fixture('two-packages'));
    expect(channelStatus).toBe('partially_shipped');
    // 1000 cents for 3 units: 3.333… is no amount, so no unit price; the shipments are not lines.
    expect(order.lines.map((l) => [l.lineId, l.quantities, l.unitPrice, l.lineTotal])).toEqual([
      ['1004180001', { ordered: 3, cancelled: 0, ...initial }, undefined, eur('10.00')],
      ['1004180002', { ordered: 1, cancelled: 0, ...initial }, eur('29.90'), eur('29.90')],
    ]);
    expect(order.totals).toEqual({
      pricesIncludeTax: true,
      taxRounding: 'line',
      products: eur('39.90'),
      shipping: eur('0.00'),
      tax: eur('6.65'), // 1.67 + 4.98, no shipping tax given
      discount: eur('0.00'),
      grandTotal: eur('39.90'),
      paid: eur('39.90'),
    });
    // The empty street2 is skipped: street3 and street4 move up.
    expect(order.shippingAddress).toEqual({
      name: 'Jonas Weber',
      company: 'Licht & Raum GmbH',
      line1: 'Invalidenstraße 12',
      line2: 'Hinterhaus',
      line3: '3. OG',
      postalCode: '10115',
      city: 'Berlin',
      region: 'Berlin',
      country: 'DE',
      phone: '+49301234567',
    });
    expect(order.billingAddress).toBeUndefined(); // only a country
    expect(order.parcels).toBeUndefined();
    expect(validateTotals(order).ok).toBe(true);
  });

  it('joins a fourth street line to the third', () => {
    const json = fixture('two-packages');
    const shipping = address(json['order'] as Json);
    shipping['street2'] = 'Aufgang C';
    expect(mapped(json).order.shippingAddress).toMatchObject({
      line2: 'Aufgang C',
      line3: 'Hinterhaus, 3. OG',
    });
  });

  it('reads cents in the minor units of the currency (JPY has none)', () => {
    const reading = mapped(fixture('jpy'));
    expect(reading.fulfilledByMarketplace).toBe(true);
    const { order } = reading;
    expect(order.currency).toBe('JPY');
    expect(order.channelRef.marketplace).toBe('rakuten_ichiba');
    expect(order.lines.map((l) => [l.unitPrice, l.lineTotal, l.tax])).toEqual([
      [jpy('1620'), jpy('3240'), jpy('240')],
    ]);
    expect(order.totals).toEqual({
      pricesIncludeTax: true,
      taxRounding: 'line',
      products: jpy('3240'),
      shipping: jpy('500'),
      shippingTax: jpy('45'),
      tax: jpy('285'),
      discount: jpy('0'),
      grandTotal: jpy('3740'),
      paid: jpy('3740'),
    });
    expect(order.shippingAddress.country).toBe('JP');
    expect(order.shippingAddress.phone).toBe('+819012345678');
    expect(validateTotals(order).ok).toBe(true);
  });

  it('sums the item taxes and the shipping tax without total_tax_cents', () => {
    const json = fixture('simple');
    delete json['total_tax_cents'];
    expect(mapped(json).order.totals.tax).toEqual(eur('12.93'));
    delete item(json, 1)['tax_cents'];
    expect(described(json)).toEqual([['total_tax_cents', 'whole number of cents', 'missing']]);
  });

  it('takes the currency of the first item, and a discount written negative', () => {
    const json = fixture('canceled');
    delete json['total_price_currency'];
    json['total_discount_tax_included_cents'] = -500;
    const { order } = mapped(json);
    expect([order.currency, order.totals.discount]).toEqual(['EUR', eur('5.00')]);
  });

  it('uses the context code of an origin, else the source', () => {
    const codes = { 'Amazon FR': 'amazon.fr' };
    const json = fixture('simple');
    json['origin'] = 'Amazon FR';
    expect(mapped(json, { tenantId: 'shop-1', marketplaces: codes }).order.channelRef).toEqual({
      channel: 'shippingbo',
      channelOrderRef: '90210345',
      marketplace: 'amazon.fr',
    });
    delete json['origin'];
    json['source'] = 'Boutique Été';
    expect(mapped(json).order.channelRef.marketplace).toBe('boutique_ete');
    delete json['source'];
    expect(mapped(json).order.channelRef.marketplace).toBeUndefined();
  });

  it('reports amounts that are not whole cents, and currencies that disagree', () => {
    const json = fixture('simple');
    json['total_price_cents'] = 77.6;
    json['total_shipping_tax_included_cents'] = '5.90';
    item(json, 0)['price_tax_included_cents'] = -2580;
    item(json, 1)['tax_currency'] = 'USD';
    json['total_tax_cents'] = '1e3';
    expect(described(json)).toEqual([
      [
        'order_items[0].price_tax_included_cents',
        'whole number of cents, at least 0',
        'number -2580',
      ],
      ['order_items[1].tax_currency', "the order's currency EUR", 'string "USD"'],
      ['total_price_cents', 'whole number of cents, at least 0', 'number 77.6'],
      ['total_shipping_tax_included_cents', 'whole number of cents, at least 0', 'string "5.90"'],
      ['total_tax_cents', 'whole number of cents, at least 0', 'string "1e3"'],
    ]);
  });

  it('reads whole cents given as digits', () => {
    const json = fixture('simple');
    json['total_price_cents'] = '7760';
    expect(mapped(json).order.totals.grandTotal).toEqual(eur('77.60'));
  });

  it('reports missing and ill-typed fields with their paths, under order. when wrapped', () => {
    const json = fixture('simple');
    delete json['id'];
    json['state'] = 42;
    item(json, 0)['quantity'] = 1.5;
    delete item(json, 1)['product_ref'];
    address(json)['country'] = 'France';
    expect(described(json)).toEqual([
      ['id', 'text', 'missing'],
      ['state', 'text', 'number 42'],
      ['order_items[0].quantity', 'whole number of units, at least 1', 'number 1.5'],
      ['order_items[1].product_ref', 'product reference', 'missing'],
      ['shipping_address.country', 'ISO alpha-2 country code', 'string "France"'],
    ]);
    const wrapped = fixture('two-packages');
    const order = wrapped['order'] as Json;
    order['total_price_currency'] = 'EURO';
    expect(described(wrapped)).toEqual([
      ['order.total_price_currency', 'ISO 4217 currency code', 'string "EURO"'],
    ]);
    item(order, 1)['id'] = null;
    item(order, 1)['source_ref'] = null;
    order['total_price_currency'] = 'EUR';
    expect(described(wrapped)).toEqual([['order.order_items[1].id', 'text', 'missing']]);
  });

  it('reads source_ref when an item has no id, and reports an unknown alpha-3 code', () => {
    const json = fixture('simple');
    delete item(json, 0)['id'];
    expect(mapped(json).order.lines[0]?.lineId).toBe('PS-10452-1');
    address(json)['country'] = 'XYZ';
    expect(described(json)).toEqual([
      ['shipping_address.country', 'ISO alpha-2 country code', 'string "XYZ"'],
    ]);
  });

  it('reports no items, and a payload that is not an object', () => {
    const json = fixture('simple');
    json['order_items'] = [];
    expect(described(json)).toEqual([['order_items', 'at least one order item', 'empty array']]);
    expect(described([json])).toEqual([['', 'object', 'array']]);
  });

  it('passes the issues of parseOrder through', () => {
    const json = fixture('simple');
    json['origin_created_at'] = '2026-03-02 10:15:00';
    expect(issues(json)).toEqual([
      expect.objectContaining({ code: 'order/schema_invalid', path: ['placedAt'] }),
    ]);
  });

  it('ignores getters and inherited keys', () => {
    const json = fixture('simple');
    defineThrowingGetter(json, 'state');
    expect(described(json)).toEqual([['state', 'text', 'missing']]);
    const proto = Object.create(fixture('simple')) as Json;
    expect(described(proto)[0]).toEqual(['id', 'text', 'missing']);
  });
});

describe('ingesting ShippingBo orders', () => {
  it('ingests each fixture once: created, then unchanged', () =>
    expectIngestedOnce('shippingbo', ['simple', 'canceled', 'two-packages', 'jpy']));

  it.each([
    ['jpy', ['cancelled 1004190070 ×2']],
    ['simple', ['cancelled 1004159001 ×2', 'cancelled 1004159002 ×1']],
  ])(
    'applies a later canceled version of %s once, and an older version undoes nothing',
    async (name, expected) => {
      const { oms } = setup();
      const first = fixture(name);
      const later = fixture(name);
      later['state'] = 'canceled';
      later['updated_at'] = '2026-03-10T09:00:00+01:00';
      const created = value(await oms.ingest('shippingbo', mapped(first).order));
      expect(created.outcome).toBe('created');
      expect(value(await oms.ingest('shippingbo', mapped(first).order)).outcome).toBe('unchanged');
      const updated = value(await oms.ingest('shippingbo', mapped(later).order));
      expect(updated.outcome).toBe('updated');
      expect(updated.changes).toEqual(expected);
      expect(updated.holdsPlaced).toEqual([]);
      expect(updated.state.order.lines.map((l) => l.quantities.cancelled)).toEqual(
        updated.state.order.lines.map((l) => l.quantities.ordered),
      );
      const version = updated.state.version;
      for (const payload of [later, first]) {
        const again = value(await oms.ingest('shippingbo', mapped(payload).order));
        expect(again.outcome).toBe('unchanged');
        expect(again.state.version).toBe(version);
      }
    },
  );
});
