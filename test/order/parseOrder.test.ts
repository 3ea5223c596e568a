import { describe, expect, it } from 'vitest';
import {
  parseOrder,
  type OrderIssue,
  type ReceivedValue,
  type SchemaExpectation,
} from '../../src/index.js';
import { at, eur, exclusiveOrder, type Json } from './_fixtures.js';

function issuesOf(input: unknown): readonly OrderIssue[] {
  const result = parseOrder(input);
  return result.ok ? [] : result.error;
}

function withChange(change: (order: Json) => void): Json {
  const order = exclusiveOrder();
  change(order);
  return order;
}

/** A parcel of one unit of line L1 with the given tracking. */
function parcelWithTracking(tracking: Json): Json {
  return { parcelId: 'P1', lines: [{ lineId: 'L1', quantity: 1 }], tracking };
}

describe('parseOrder', () => {
  it('returns a valid order unchanged', () => {
    const order = exclusiveOrder();
    expect(parseOrder(order)).toEqual({ ok: true, value: order });
  });

  it.each<[string, (order: Json) => void, SchemaExpectation, ReceivedValue]>([
    [
      'a negative quantity',
      (o) => (at(o, 'lines', 0, 'quantities').ordered = -1),
      { kind: 'min', of: 'value', bound: 0, inclusive: true },
      { kind: 'number', value: -1 },
    ],
    [
      'a fractional quantity',
      (o) => (at(o, 'lines', 0, 'quantities').ordered = 1.5),
      { kind: 'type', type: 'integer' },
      { kind: 'number', value: 1.5 },
    ],
    [
      'NaN',
      (o) => (at(o, 'lines', 0, 'quantities').ordered = Number.NaN),
      { kind: 'type', type: 'number' },
      { kind: 'nan' },
    ],
    [
      '1e400',
      (o) => (at(o, 'lines', 0, 'quantities').ordered = JSON.parse('1e400') as number),
      { kind: 'type', type: 'number' },
      { kind: 'infinity', negative: false },
    ],
    [
      '-1e400',
      (o) => (at(o, 'lines', 0, 'quantities').ordered = JSON.parse('-1e400') as number),
      { kind: 'type', type: 'number' },
      { kind: 'infinity', negative: true },
    ],
    [
      '"Infinity"',
      (o) => (at(o, 'lines', 0, 'quantities').ordered = 'Infinity'),
      { kind: 'type', type: 'number' },
      { kind: 'string', length: 8 },
    ],
    [
      'true',
      (o) => (at(o, 'lines', 0, 'quantities').ordered = true),
      { kind: 'type', type: 'number' },
      { kind: 'boolean', value: true },
    ],
    [
      'an unsafe integer',
      (o) => (at(o, 'lines', 0, 'quantities').ordered = 2 ** 60),
      { kind: 'max', of: 'value', bound: 9007199254740991, inclusive: true },
      { kind: 'number', value: 2 ** 60 },
    ],
  ])('rejects %s as a quantity', (_, change, expected, received) => {
    expect(issuesOf(withChange(change))).toEqual([
      {
        code: 'order/schema_invalid',
        path: ['lines', 0, 'quantities', 'ordered'],
        expected,
        received,
      },
    ]);
  });

  it.each<[string, (order: Json) => void, (string | number)[], SchemaExpectation, ReceivedValue]>([
    [
      'an unknown currency',
      (o) => (o.currency = 'XYZ'),
      ['currency'],
      { kind: 'format', format: 'currency_code' },
      { kind: 'string', length: 3 },
    ],
    [
      'an amount as a JSON number',
      (o) => (at(o, 'totals').shipping = 5),
      ['totals', 'shipping'],
      { kind: 'type', type: 'object' },
      { kind: 'number', value: 5 },
    ],
    [
      'an amount whose decimal is a JSON number',
      (o) => (at(o, 'lines', 0, 'unitPrice').amount = 4.99),
      ['lines', 0, 'unitPrice', 'amount'],
      { kind: 'format', format: 'decimal' },
      { kind: 'number', value: 4.99 },
    ],
    [
      'an amount without its decimal',
      (o) => delete at(o, 'totals', 'paid').amount,
      ['totals', 'paid', 'amount'],
      { kind: 'format', format: 'decimal' },
      { kind: 'missing' },
    ],
    [
      'an amount in exponent notation',
      (o) => (at(o, 'totals', 'shipping').amount = '5e0'),
      ['totals', 'shipping', 'amount'],
      { kind: 'format', format: 'decimal' },
      { kind: 'string', length: 3 },
    ],
    [
      'an amount beyond the money limits',
      (o) => (at(o, 'totals', 'shipping').amount = '1000000000000000'),
      ['totals', 'shipping', 'amount'],
      { kind: 'amount_range', maxAbsExclusive: '1000000000000000', maxFractionDigits: 20 },
      { kind: 'string', length: 16 },
    ],
    [
      'a date-time without offset',
      (o) => (o.placedAt = '2025-03-01T09:30:00'),
      ['placedAt'],
      { kind: 'format', format: 'instant' },
      { kind: 'string', length: 19 },
    ],
    [
      'no line',
      (o) => (o.lines = []),
      ['lines'],
      { kind: 'min', of: 'items', bound: 1, inclusive: true },
      { kind: 'array', length: 0 },
    ],
    [
      'too many tags',
      (o) => (o.tags = Array.from({ length: 51 }, (_, i) => `t${String(i)}`)),
      ['tags'],
      { kind: 'max', of: 'items', bound: 50, inclusive: true },
      { kind: 'array', length: 51 },
    ],
    [
      'notes that are not a list',
      (o) => (o.notes = 'leave at the door'),
      ['notes'],
      { kind: 'type', type: 'array' },
      { kind: 'string', length: 17 },
    ],
    [
      'an empty title',
      (o) => (at(o, 'lines', 0).title = ''),
      ['lines', 0, 'title'],
      { kind: 'min', of: 'length', bound: 1, inclusive: true },
      { kind: 'string', length: 0 },
    ],
    [
      'a line id too long',
      (o) => (at(o, 'lines', 0).lineId = 'x'.repeat(129)),
      ['lines', 0, 'lineId'],
      { kind: 'max', of: 'length', bound: 128, inclusive: true },
      { kind: 'string', length: 129 },
    ],
    [
      'a line id with surrounding spaces',
      (o) => (at(o, 'lines', 0).lineId = ' L1'),
      ['lines', 0, 'lineId'],
      { kind: 'format', format: 'single_line' },
      { kind: 'string', length: 3 },
    ],
    [
      'a tax rate in percent',
      (o) => (at(o, 'lines', 0).taxRate = '20'),
      ['lines', 0, 'taxRate'],
      { kind: 'format', format: 'tax_rate' },
      { kind: 'string', length: 2 },
    ],
    [
      'an unknown tax rounding',
      (o) => (at(o, 'totals').taxRounding = 'per_line'),
      ['totals', 'taxRounding'],
      { kind: 'one_of', values: ['line', 'order'], total: 2 },
      { kind: 'string', length: 8 },
    ],
    [
      'an upper-case channel',
      (o) => (at(o, 'channelRef').channel = 'Amazon'),
      ['channelRef', 'channel'],
      { kind: 'format', format: 'slug' },
      { kind: 'string', length: 6 },
    ],
    [
      'a buyer e-mail without a domain',
      (o) => (at(o, 'buyer').email = 'jeanne@'),
      ['buyer', 'email'],
      { kind: 'format', format: 'email' },
      { kind: 'string', length: 7 },
    ],
    [
      'a VAT number with a space',
      (o) => (at(o, 'buyer').vatNumber = 'FR 40303265045'),
      ['buyer', 'vatNumber'],
      { kind: 'format', format: 'vat_number' },
      { kind: 'string', length: 14 },
    ],
    [
      'a business flag as text',
      (o) => (at(o, 'buyer').isBusiness = 'yes'),
      ['buyer', 'isBusiness'],
      { kind: 'type', type: 'boolean' },
      { kind: 'string', length: 3 },
    ],
    [
      'a lower-case country',
      (o) => (at(o, 'shippingAddress').country = 'fr'),
      ['shippingAddress', 'country'],
      { kind: 'format', format: 'country_code' },
      { kind: 'string', length: 2 },
    ],
    [
      'a tracking number with a space',
      (o) => (o.parcels = [parcelWithTracking({ number: '6A 123', carrierCode: 'colissimo' })]),
      ['parcels', 0, 'tracking', 'number'],
      { kind: 'format', format: 'tracking_number' },
      { kind: 'string', length: 6 },
    ],
    [
      'a tracking page on ftp',
      (o) =>
        (o.parcels = [
          parcelWithTracking({
            number: '6A123',
            carrierCode: 'colissimo',
            url: 'ftp://tracking.example/6A123',
          }),
        ]),
      ['parcels', 0, 'tracking', 'url'],
      { kind: 'format', format: 'url' },
      { kind: 'string', length: 28 },
    ],
    [
      'an unknown key',
      (o) => (at(o, 'lines', 0).price = '10'),
      ['lines', 0, 'price'],
      { kind: 'known_key' },
      { kind: 'string', length: 2 },
    ],
    [
      'a null buyer',
      (o) => (o.buyer = null),
      ['buyer'],
      { kind: 'type', type: 'object' },
      { kind: 'null' },
    ],
  ])('rejects %s', (_, change, path, expected, received) => {
    expect(issuesOf(withChange(change))).toEqual([
      { code: 'order/schema_invalid', path, expected, received },
    ]);
  });

  it('rejects a __proto__ key as an unknown key, without touching any prototype', () => {
    const input = JSON.parse(
      JSON.stringify(exclusiveOrder()).replace('{', '{"__proto__":{"polluted":true},'),
    ) as unknown;
    expect(issuesOf(input)).toEqual([
      {
        code: 'order/schema_invalid',
        path: ['__proto__'],
        expected: { kind: 'known_key' },
        received: { kind: 'object' },
      },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('says what is missing, and what the root should be', () => {
    expect(issuesOf(withChange((o) => delete o.tenantId))).toEqual([
      {
        code: 'order/schema_invalid',
        path: ['tenantId'],
        expected: { kind: 'type', type: 'string' },
        received: { kind: 'missing' },
      },
    ]);
    expect(issuesOf([])).toEqual([
      {
        code: 'order/schema_invalid',
        path: [],
        expected: { kind: 'type', type: 'object' },
        received: { kind: 'array', length: 0 },
      },
    ]);
  });

  it('reports duplicate line ids with the index of the first', () => {
    const order = withChange((o) => (at(o, 'lines', 1).lineId = 'L1'));
    expect(issuesOf(order)).toEqual([
      {
        code: 'order/line_id_duplicate',
        path: ['lines', 1, 'lineId'],
        lineId: 'L1',
        firstIndex: 0,
      },
    ]);
  });

  it('reports a line with neither unit price nor line total', () => {
    const order = withChange((o) => delete at(o, 'lines', 1).lineTotal);
    expect(issuesOf(order)).toEqual([
      { code: 'order/line_price_missing', path: ['lines', 1], lineId: 'L2' },
    ]);
  });

  it('reports every amount in another currency, with its path', () => {
    const order = withChange((o) => {
      at(o, 'lines', 0).unitPrice = { amount: '10.00', currency: 'USD' };
      at(o, 'totals').paid = { amount: '64.00', currency: 'GBP' };
    });
    expect(issuesOf(order)).toEqual([
      {
        code: 'order/currency_mismatch',
        path: ['lines', 0, 'unitPrice'],
        expected: 'EUR',
        actual: 'USD',
      },
      { code: 'order/currency_mismatch', path: ['totals', 'paid'], expected: 'EUR', actual: 'GBP' },
    ]);
  });

  it('reports a parcel naming a line the order does not have', () => {
    const order = withChange((o) => {
      o.parcels = [
        {
          parcelId: 'P1',
          lines: [
            { lineId: 'L1', quantity: 1 },
            { lineId: 'L9', quantity: 1 },
          ],
        },
      ];
    });
    expect(issuesOf(order)).toEqual([
      {
        code: 'order/parcel_line_unknown',
        path: ['parcels', 0, 'lines', 1, 'lineId'],
        parcelId: 'P1',
        lineId: 'L9',
      },
    ]);
  });

  it('checks the cross-field rules unless a value has the wrong type', () => {
    const outOfRange = withChange((o) => {
      at(o, 'lines', 1).lineId = 'L1';
      at(o, 'lines', 0, 'quantities').ordered = -1;
    });
    expect(issuesOf(outOfRange).map((i) => i.code)).toEqual([
      'order/schema_invalid',
      'order/line_id_duplicate',
    ]);
    const wrongType = withChange((o) => {
      at(o, 'lines', 1).lineId = 'L1';
      at(o, 'lines', 0, 'quantities').ordered = '2';
    });
    expect(issuesOf(wrongType).map((i) => i.code)).toEqual(['order/schema_invalid']);
  });

  it('never throws, even on an object whose getter throws', () => {
    const order = exclusiveOrder();
    Object.defineProperty(order, 'tenantId', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(issuesOf(order)).toEqual([
      {
        code: 'order/schema_invalid',
        path: [],
        expected: { kind: 'plain_data' },
        received: { kind: 'unreadable' },
      },
    ]);
  });

  it('accepts the optional parts: billing address, parcels, notes, tags, bundles', () => {
    const order = withChange((o) => {
      o.billingAddress = {
        name: 'ACME SAS',
        line1: '1 quai de Seine',
        city: 'Paris',
        country: 'FR',
      };
      o.parcels = [
        {
          parcelId: 'P1',
          lines: [{ lineId: 'L1', quantity: 2 }],
          warehouseId: 'WH-LYON',
          carrier: { code: 'colissimo', service: 'DOM' },
          tracking: {
            number: '6A12345678901',
            carrierCode: 'colissimo',
            url: 'https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901',
          },
          weightGrams: 850,
          dimensions: { lengthMm: 300, widthMm: 200, heightMm: 100 },
        },
      ];
      o.notes = ['Gift: please hide the price'];
      o.tags = ['gift'];
      at(o, 'lines', 1).components = [{ sku: 'TEA-25', quantity: 2 }];
      at(o, 'lines', 1).discount = eur('0.00');
    });
    expect(parseOrder(order).ok).toBe(true);
  });
});
