import { describe, expect, it } from 'vitest';
import { parseOrder, type OrderIssue } from '../../src/index.js';
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

describe('parseOrder', () => {
  it('returns a valid order unchanged', () => {
    const order = exclusiveOrder();
    expect(parseOrder(order)).toEqual({ ok: true, value: order });
  });

  it.each<[string, (order: Json) => void, string, string]>([
    [
      'a negative quantity',
      (o) => (at(o, 'lines', 0, 'quantities').ordered = -1),
      '>= 0',
      'number -1',
    ],
    [
      'a fractional quantity',
      (o) => (at(o, 'lines', 0, 'quantities').ordered = 1.5),
      'integer',
      'number 1.5',
    ],
    ['NaN', (o) => (at(o, 'lines', 0, 'quantities').ordered = Number.NaN), 'number', 'NaN'],
    [
      '1e400',
      (o) => (at(o, 'lines', 0, 'quantities').ordered = JSON.parse('1e400') as number),
      'number',
      'Infinity',
    ],
    [
      '"Infinity"',
      (o) => (at(o, 'lines', 0, 'quantities').ordered = 'Infinity'),
      'number',
      'string (8 characters)',
    ],
    [
      'an unsafe integer',
      (o) => (at(o, 'lines', 0, 'quantities').ordered = 2 ** 60),
      '<= 9007199254740991',
      `number ${String(2 ** 60)}`,
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

  it.each<[string, (order: Json) => void, (string | number)[], string]>([
    [
      'an unknown currency',
      (o) => (o.currency = 'XYZ'),
      ['currency'],
      'ISO 4217 currency code such as EUR',
    ],
    [
      'an amount as a JSON number',
      (o) => (at(o, 'totals').shipping = 5),
      ['totals', 'shipping'],
      'object',
    ],
    [
      'an amount in exponent notation',
      (o) => (at(o, 'totals', 'shipping').amount = '5e0'),
      ['totals', 'shipping', 'amount'],
      'plain decimal such as "12.50"',
    ],
    [
      'an amount beyond the money limits',
      (o) => (at(o, 'totals', 'shipping').amount = '1000000000000000'),
      ['totals', 'shipping', 'amount'],
      'amount within ±1000000000000000 (excluded), at most 20 decimals',
    ],
    [
      'a date-time without offset',
      (o) => (o.placedAt = '2025-03-01T09:30:00'),
      ['placedAt'],
      'ISO 8601 date-time with seconds and an offset or Z',
    ],
    ['no line', (o) => (o.lines = []), ['lines'], 'at least 1 item'],
    [
      'a line id too long',
      (o) => (at(o, 'lines', 0).lineId = 'x'.repeat(129)),
      ['lines', 0, 'lineId'],
      'at most 128 characters',
    ],
    [
      'a line id with surrounding spaces',
      (o) => (at(o, 'lines', 0).lineId = ' L1'),
      ['lines', 0, 'lineId'],
      'single-line text without surrounding spaces',
    ],
    [
      'a tax rate in percent',
      (o) => (at(o, 'lines', 0).taxRate = '20'),
      ['lines', 0, 'taxRate'],
      'decimal rate from 0 to 1 such as "0.2"',
    ],
    [
      'an unknown tax rounding',
      (o) => (at(o, 'totals').taxRounding = 'per_line'),
      ['totals', 'taxRounding'],
      'one of: line, order',
    ],
    [
      'an upper-case channel',
      (o) => (at(o, 'channelRef').channel = 'Amazon'),
      ['channelRef', 'channel'],
      'lower-case slug (a-z, 0-9, ".", "_", "-")',
    ],
    [
      'an unknown key',
      (o) => (at(o, 'lines', 0).price = '10'),
      ['lines', 0, 'price'],
      'no such key',
    ],
  ])('rejects %s', (_, change, path, expected) => {
    expect(issuesOf(withChange(change))).toEqual([
      expect.objectContaining({ code: 'order/schema_invalid', path, expected }),
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
        expected: 'no such key',
        received: 'object',
      },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('says what is missing, and what the root should be', () => {
    expect(issuesOf(withChange((o) => delete o.tenantId))).toEqual([
      { code: 'order/schema_invalid', path: ['tenantId'], expected: 'string', received: 'missing' },
    ]);
    expect(issuesOf([])).toEqual([
      { code: 'order/schema_invalid', path: [], expected: 'object', received: 'array (0 items)' },
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
      { code: 'order/schema_invalid', path: [], expected: 'order', received: 'unreadable value' },
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
