import { describe, expect, it } from 'vitest';
import { fromAmazonOrder, type FromAmazonOrderContext } from '../../../src/channels/index.js';
import { validateTotals } from '../../../src/order/index.js';
import {
  defineThrowingGetter,
  eur,
  expectMessagesName,
  gbp,
  initial,
  readingsOf,
  usd,
  type Json,
} from './_readings.js';

const context: FromAmazonOrderContext = { tenantId: 'shop-1' };
const { fixture, mapped, pending, issues, described, expectIngestedOnce } = readingsOf(
  fromAmazonOrder,
  'amazon',
  context,
);

const orderOf = (json: Json) => json['order'] as Json;
const itemOf = (json: Json, index: number) => (json['items'] as Json[])[index] as Json;

describe('fromAmazonOrder', () => {
  it('maps a simple two-item order (hand-computed)', () => {
    const reading = mapped(fixture('simple'));
    expect(reading.channelStatus).toBe('Unshipped');
    expect(reading.lineStatuses).toEqual({});
    expect(reading.fulfilledByMarketplace).toBe(false);
    const { order } = reading;
    expect(order.orderId).toBe('405-2000001-3000001');
    expect(order.tenantId).toBe('shop-1');
    expect(order.channelRef).toEqual({
      channel: 'amazon_sp_api',
      channelOrderRef: '405-2000001-3000001',
      marketplace: 'amazon_fr', // A13V1IB3VIYZZH
    });
    expect(order.placedAt).toBe('2026-03-04T08:30:00Z');
    expect(order.currency).toBe('EUR');
    expect(order.lines).toEqual([
      {
        lineId: '11111111111111',
        sku: 'CANDLE-LAV',
        title: 'Lavender candle',
        quantities: { ordered: 2, cancelled: 0, ...initial },
        unitPrice: eur('12.90'), // ItemPrice 25.80 is for the 2 units
        lineTotal: eur('25.80'),
        tax: eur('4.30'),
      },
      {
        lineId: '22222222222222',
        sku: 'MATCH-BOX',
        title: 'Long matches',
        quantities: { ordered: 1, cancelled: 0, ...initial },
        unitPrice: eur('17.00'),
        lineTotal: eur('17.00'),
        tax: eur('2.83'),
      },
    ]);
    expect(order.totals).toEqual({
      pricesIncludeTax: true, // amazon.fr
      taxRounding: 'line',
      products: eur('42.80'), // 25.80 + 17.00
      shipping: eur('4.50'), // 4.50 + 0.00
      shippingTax: eur('0.75'),
      tax: eur('7.88'), // 4.30 + 0.75 + 2.83 + 0.00
      discount: eur('0.00'),
      grandTotal: eur('47.30'),
      paid: eur('47.30'),
    });
    expect(order.shippingAddress).toEqual({
      name: 'Camille Roux',
      line1: '12 avenue Jean Médecin',
      line2: 'Appartement 4',
      postalCode: '06000',
      city: 'Nice',
      country: 'FR', // "fr" upper-cased
      phone: '+33 4 93 00 00 00',
    });
    expect(order.billingAddress).toBeUndefined();
    expect(order.buyer).toEqual({
      name: 'Camille Roux',
      email: 'k2j4h6g8f0@marketplace.amazon.fr',
    });
    expect(order.tags).toEqual(['prime']);
    expect(validateTotals(order).ok).toBe(true); // 42.80 + 4.50 − 0 = 47.30
  });

  it('cancels every line of a Canceled order, and reads a business buyer', () => {
    const reading = mapped(fixture('canceled'));
    expect(reading.channelStatus).toBe('Canceled');
    const { order } = reading;
    expect(
      order.lines.map((l) => [l.lineId, l.sku, l.quantities, l.unitPrice, l.lineTotal]),
    ).toEqual([
      [
        '33333333333333',
        'MUG-BLUE',
        { ordered: 3, cancelled: 3, ...initial },
        eur('9.99'),
        eur('29.97'),
      ],
      // No SellerSKU: the ASIN.
      [
        '44444444444444',
        'B0TESTB002',
        { ordered: 1, cancelled: 1, ...initial },
        eur('8.50'),
        eur('8.50'),
      ],
    ]);
    expect(order.totals).toMatchObject({
      products: eur('38.47'), // 29.97 + 8.50
      shipping: eur('3.90'),
      shippingTax: eur('0.62'),
      tax: eur('6.77'), // 4.79 + 0.62 + 1.36
      grandTotal: eur('42.37'),
    });
    // AddressLine1 empty: the street of AddressLine2 moves up.
    expect(order.shippingAddress).toEqual({
      name: 'Max Mustermann',
      company: 'Muster GmbH',
      line1: 'Hauptstraße 5',
      postalCode: '10115',
      city: 'Berlin',
      country: 'DE',
    });
    // No BuyerName: the recipient's name.
    expect(order.buyer).toEqual({
      isBusiness: true,
      name: 'Max Mustermann',
      email: 'q9w8e7r6t5@marketplace.amazon.de',
    });
    expect(order.placedAt).toBe('2026-02-20T17:45:10+01:00');
    expect(order.tags).toBeUndefined();
    expect(validateTotals(order).ok).toBe(true);
  });

  it.each([
    ['Unfulfillable', 1],
    ['Shipped', 0],
    ['PartiallyShipped', 0],
  ])('at %s, cancels %i unit of the second line', (status, cancelled) => {
    const json = fixture('canceled');
    orderOf(json)['OrderStatus'] = status;
    expect(mapped(json).order.lines[1]?.quantities.cancelled).toBe(cancelled);
  });

  it('gives a pending order while payment is pending and the address withheld', () => {
    const reading = pending(fixture('pending'));
    expect(reading).toEqual({
      kind: 'pending',
      channelRef: {
        channel: 'amazon_sp_api',
        channelOrderRef: '171-6000003-7000003',
        marketplace: 'amazon_fr',
      },
      channelStatus: 'Pending',
      placedAt: '2026-03-10T21:05:00Z',
      currency: 'EUR', // no OrderTotal: the item's currency
      lines: [
        {
          lineId: '88888888888888',
          sku: 'PLAID-WOOL',
          title: 'Wool throw',
          quantities: { ordered: 2, cancelled: 0, ...initial },
          unitPrice: eur('15.50'),
          lineTotal: eur('31.00'),
          tax: eur('5.17'),
        },
      ],
      lineStatuses: {},
      withheld: ['shippingAddress', 'buyer'],
      fulfilledByMarketplace: false,
    });
  });

  it('withholds only the address when the buyer e-mail is given, and at PendingAvailability', () => {
    const json = fixture('pending');
    orderOf(json)['BuyerInfo'] = { BuyerEmail: 'a1@marketplace.amazon.fr' };
    expect(pending(json).withheld).toEqual(['shippingAddress']);
    orderOf(json)['OrderStatus'] = 'PendingAvailability';
    // Without a Restricted Data Token: city, postal code and country only.
    orderOf(json)['ShippingAddress'] = { City: 'Lyon', PostalCode: '69001', CountryCode: 'FR' };
    expect(pending(json).channelStatus).toBe('PendingAvailability');
  });

  it('checks the lines of a pending order', () => {
    const json = fixture('pending');
    itemOf(json, 0)['QuantityOrdered'] = 0;
    expect(described(json)).toEqual([
      ['items[0].QuantityOrdered', 'whole number of units, at least 1', 'number 0'],
    ]);
    const late = fixture('pending');
    orderOf(late)['PurchaseDate'] = '2026-03-10';
    expect(issues(late)).toEqual([
      expect.objectContaining({ code: 'order/schema_invalid', path: ['placedAt'] }),
    ]);
  });

  it('reports a missing address at a status where Amazon does not withhold it', () => {
    const json = fixture('simple');
    delete orderOf(json)['ShippingAddress'];
    expect(described(json)).toEqual([['order.ShippingAddress', 'shipping address', 'missing']]);
    const partial = fixture('simple');
    orderOf(partial)['ShippingAddress'] = { City: 'Nice', PostalCode: '06000', CountryCode: 'FR' };
    expect(described(partial)).toEqual([
      ['order.ShippingAddress.Name', 'text', 'missing'],
      ['order.ShippingAddress.AddressLine1', 'text', 'missing'],
    ]);
    expectMessagesName(issues(partial), 'order.ShippingAddress.Name');
  });

  it('reads line totals, discounts and tax-exclusive prices on amazon.com', () => {
    const reading = mapped(fixture('us-discounts'));
    const { order } = reading;
    expect(order.channelRef.marketplace).toBe('amazon_us');
    expect(order.lines).toEqual([
      {
        lineId: '55555555555555',
        sku: 'SOCKS-3PK',
        title: 'Wool socks',
        quantities: { ordered: 3, cancelled: 0, ...initial },
        // 40.00 / 3 is not exact: no unit price.
        lineTotal: usd('40.00'),
        tax: usd('2.61'),
        discount: usd('4.00'),
      },
      {
        lineId: '66666666666666',
        sku: 'SCARF-GRY',
        title: 'Grey scarf',
        quantities: { ordered: 1, cancelled: 0, ...initial },
        unitPrice: usd('24.50'),
        lineTotal: usd('24.50'),
        tax: usd('1.78'),
      },
    ]);
    expect(order.totals).toEqual({
      pricesIncludeTax: false,
      taxRounding: 'line',
      products: usd('64.50'), // 40.00 + 24.50
      shipping: usd('5.99'),
      shippingTax: usd('0.00'),
      tax: usd('4.39'), // 2.61 + 1.78
      discount: usd('9.99'), // promotion 4.00 + shipping discount 5.99
      grandTotal: usd('64.89'), // 64.50 + 5.99 + 4.39 − 9.99
      paid: usd('64.89'),
    });
    expect(order.shippingAddress).toMatchObject({ region: 'CA', postalCode: '94105' });
    const checked = validateTotals(order);
    if (!checked.ok) expect.fail(JSON.stringify(checked.error));
    expect(checked.value.grandTotal).toEqual(usd('64.89'));
  });

  it('reads a negative discount as the same discount', () => {
    const json = fixture('us-discounts');
    itemOf(json, 0)['PromotionDiscount'] = { CurrencyCode: 'USD', Amount: '-4.00' };
    const { order } = mapped(json);
    expect(order.lines[0]?.discount).toEqual(usd('4.00'));
    expect(order.totals.discount).toEqual(usd('9.99'));
  });

  it('maps an AFN order, which the host must not ship', () => {
    const reading = mapped(fixture('afn'));
    expect(reading.fulfilledByMarketplace).toBe(true);
    expect(reading.channelStatus).toBe('Shipped');
    expect(reading.order.channelRef.marketplace).toBe('amazon_uk');
    expect(reading.order.lines[0]?.quantities).toEqual({ ordered: 1, cancelled: 0, ...initial });
    expect(reading.order.totals).toMatchObject({
      products: gbp('39.99'),
      shipping: gbp('0.00'),
      tax: gbp('6.67'),
      grandTotal: gbp('39.99'),
      pricesIncludeTax: true,
    });
    expect(reading.order.totals.shippingTax).toBeUndefined(); // no item gives ShippingTax
    expect(reading.order.tags).toEqual(['prime']);
  });

  it('lets the order totals issue come out of validateTotals when the sums disagree', () => {
    const json = fixture('simple');
    orderOf(json)['OrderTotal'] = { CurrencyCode: 'EUR', Amount: '50.00' };
    const { order } = mapped(json);
    expect(order.totals.grandTotal).toEqual(eur('50.00'));
    const checked = validateTotals(order);
    if (checked.ok) expect.fail('expected a totals mismatch');
    expect(checked.error).toEqual([expect.objectContaining({ code: 'order/totals_mismatch' })]);
  });

  it('uses the context for marketplace codes and tax inclusion', () => {
    const options = {
      tenantId: 'shop-1',
      marketplaces: { A13V1IB3VIYZZH: 'amazon.fr' },
      pricesIncludeTax: false,
    };
    const { order } = mapped(fixture('simple'), options);
    expect(order.channelRef.marketplace).toBe('amazon.fr');
    expect(order.totals.pricesIncludeTax).toBe(false);
    const unknown = fixture('simple');
    orderOf(unknown)['MarketplaceId'] = 'A2ZV50J4W1RKNI';
    expect(mapped(unknown).order.channelRef.marketplace).toBe('a2zv50j4w1rkni');
    delete orderOf(unknown)['MarketplaceId'];
    expect(mapped(unknown).order.channelRef).toEqual({
      channel: 'amazon_sp_api',
      channelOrderRef: '405-2000001-3000001',
    });
    orderOf(unknown)['MarketplaceId'] = 'constructor';
    expect(mapped(unknown).order.channelRef.marketplace).toBe('constructor');
  });

  it('reports missing and ill-typed fields with their paths', () => {
    const json = fixture('simple');
    delete orderOf(json)['AmazonOrderId'];
    orderOf(json)['FulfillmentChannel'] = 'XYZ';
    itemOf(json, 0)['ItemPrice'] = { CurrencyCode: 'EUR', Amount: '1e5' };
    itemOf(json, 1)['ShippingPrice'] = { CurrencyCode: 'USD', Amount: '1.00' };
    itemOf(json, 1)['QuantityOrdered'] = '1';
    expect(described(json)).toEqual([
      ['order.AmazonOrderId', 'text', 'missing'],
      ['order.FulfillmentChannel', 'AFN or MFN', 'string "XYZ"'],
      ['items[0].ItemPrice.Amount', 'decimal amount', 'string "1e5"'],
      ['items[1].QuantityOrdered', 'whole number of units, at least 1', 'string "1"'],
      ['items[1].ShippingPrice.CurrencyCode', "the order's currency EUR", 'string "USD"'],
    ]);
  });

  it('reports a payload that is not { order, items }', () => {
    expect(described([])).toEqual([['', 'object with order and items', 'array']]);
    expect(described({ order: {} })).toEqual([['items', 'array', 'missing']]);
    const json = fixture('simple');
    json['items'] = [];
    expect(described(json)).toEqual([['items', 'at least one order item', 'empty array']]);
    const currency = fixture('simple');
    orderOf(currency)['OrderTotal'] = { CurrencyCode: 'XYZ', Amount: '47.30' };
    expect(described(currency)).toEqual([
      ['order.OrderTotal.CurrencyCode', 'ISO 4217 currency code', 'string "XYZ"'],
    ]);
  });

  it('ignores getters and inherited keys', () => {
    const json = fixture('simple');
    defineThrowingGetter(orderOf(json), 'OrderStatus');
    expect(described(json)).toEqual([['order.OrderStatus', 'text', 'missing']]);
    const inherited = fixture('pending');
    orderOf(inherited)['OrderStatus'] = 'toString';
    // Not a pending status: the address and the order total are required.
    expect(described(inherited)).toEqual([
      ['order.ShippingAddress', 'shipping address', 'missing'],
      ['order.OrderTotal', 'money object', 'missing'],
    ]);
  });

  it('ingests the mapped order once: created, then unchanged', () =>
    expectIngestedOnce('amazon_sp_api', ['simple', 'canceled', 'us-discounts', 'afn']));
});
