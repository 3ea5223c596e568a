import { describe, expect, it } from 'vitest';
import {
  fromIzifluxOrder,
  izifluxProfile,
  readChannelStatus,
  type FromIzifluxOrderContext,
} from '../../../src/channels/index.js';
import { validateTotals } from '../../../src/order/index.js';
import { setup, value } from '../../engine/_support.js';
import { eur, expectMessagesName, initial as shared, readingsOf } from './_readings.js';

type Rows = string[][];

/** Sets a cell of every row (`row` undefined) or of one row. */
function set(rows: Rows, column: number, cell: string, row?: number): Rows {
  rows.forEach((r, i) => {
    if (row === undefined || row === i) r[column] = cell;
  });
  return rows;
}

const context: FromIzifluxOrderContext = { tenantId: 'shop-1' };
const readings = readingsOf<FromIzifluxOrderContext, Rows>(fromIzifluxOrder, 'iziflux', context);
const { fixture, mapped } = readings;
const initial = { cancelled: 0, ...shared };

/** The issues as `[path, expected, received]`, an order's issue as its code. */
function issues(json: unknown, ctx: FromIzifluxOrderContext = context) {
  return readings
    .issues(json, ctx)
    .map((i) => ('channel' in i ? [i.path, i.expected, i.received] : i.code));
}

describe('fromIzifluxOrder', () => {
  it('maps a one-row order, prices tax included (hand-computed)', () => {
    const reading = mapped(fixture('simple'));
    expect(reading.channelStatus).toBe('line_imported');
    expect(reading.lineStatuses).toEqual({ 'CD-778812': 'line_imported' });
    expect(reading.fulfilledByMarketplace).toBe(false);
    const { order } = reading;
    expect(order.orderId).toBe('IZ-20260304-0001');
    expect(order.tenantId).toBe('shop-1');
    expect(order.channelRef).toEqual({
      channel: 'iziflux',
      channelOrderRef: 'IZ-20260304-0001',
      marketplace: 'cdiscount',
    });
    expect(order.placedAt).toBe('2026-03-04T10:15:32+01:00'); // Paris, winter time
    expect(order.currency).toBe('EUR'); // 978
    expect(order.lines).toEqual([
      {
        lineId: 'CD-778812',
        sku: 'TSHIRT-M',
        title: 'T-shirt coton bio, taille M',
        quantities: { ordered: 1, ...initial },
        unitPrice: eur('19.90'),
        lineTotal: eur('19.90'),
      },
    ]);
    expect(order.totals).toEqual({
      pricesIncludeTax: true,
      taxRounding: 'line',
      products: eur('19.90'),
      shipping: eur('4.90'),
      tax: eur('0.00'), // not in the file
      discount: eur('0.00'),
      grandTotal: eur('24.80'), // 19.90 + 4.90
      paid: eur('24.80'),
    });
    // Column 28 is NON-RENSEIGNE: the delivery phone is the billing one (17).
    expect(order.shippingAddress).toEqual({
      name: 'Jeanne Martin',
      line1: '10 rue de Rivoli',
      line2: 'Bâtiment B',
      postalCode: '75001',
      city: 'Paris',
      country: 'FR',
      phone: '0612345678',
    });
    expect(order.billingAddress).toEqual({
      name: 'Jeanne Martin',
      line1: '10 rue de Rivoli',
      postalCode: '75001',
      city: 'Paris',
      country: 'FR',
      phone: '0612345678',
    });
    expect(order.buyer).toEqual({
      name: 'Jeanne Martin',
      email: 'jeanne.martin@example.com',
      phone: '0612345678',
    });
    expect(validateTotals(order).ok).toBe(true);
  });

  it('reads unit prices with a decimal comma, taxes excluded, country names', () => {
    const { order, lineStatuses } = mapped(fixture('several-lines'));
    expect(order.placedAt).toBe('2026-07-14T21:05:00+02:00'); // Paris, summer time
    expect(order.channelRef.marketplace).toBe('rue-du-commerce');
    // Column 33 is the price of ONE unit: 3 × 4,15 = 12.45, not 4.15.
    expect(order.lines).toEqual([
      {
        lineId: 'RDC-1001',
        sku: 'LAMP-E27#IZI#412',
        title: 'Ampoule LED E27',
        quantities: { ordered: 3, ...initial },
        unitPrice: eur('4.15'),
        lineTotal: eur('12.45'),
        tax: eur('2.49'),
      },
      {
        lineId: 'RDC-1002',
        sku: 'SHADE-30',
        title: 'Abat-jour lin 30 cm',
        quantities: { ordered: 1, ...initial },
        unitPrice: eur('22.50'),
        lineTotal: eur('22.50'),
        tax: eur('4.50'),
      },
      {
        lineId: 'RDC-1003',
        sku: 'CABLE-3M',
        title: 'Câble textile 3 m',
        quantities: { ordered: 2, ...initial },
        unitPrice: eur('7.05'),
        lineTotal: eur('14.10'),
        tax: eur('2.82'),
      },
    ]);
    expect(lineStatuses).toEqual({
      'RDC-1001': 'line_imported',
      'RDC-1002': 'line_imported',
      'RDC-1003': 'line_imported',
    });
    expect(order.totals).toEqual({
      pricesIncludeTax: false,
      taxRounding: 'line',
      products: eur('49.05'), // 12.45 + 22.50 + 14.10
      shipping: eur('3.50'), // 3,50 + 0 + blank
      shippingTax: eur('0.70'),
      tax: eur('10.51'), // 2.49 + 4.50 + 2.82 + 0.70
      discount: eur('0.00'),
      grandTotal: eur('63.06'), // 49.05 + 3.50 + 10.51
      paid: eur('63.06'),
    });
    // Belgique → BE, France → FR.
    expect(order.shippingAddress).toEqual({
      name: 'Claire Dubois',
      line1: 'Rue Haute 40',
      line2: 'Boîte 2',
      postalCode: '1000',
      city: 'Bruxelles',
      country: 'BE',
      phone: '+3225550101',
    });
    expect(order.billingAddress).toEqual({
      name: 'Luc Dubois',
      company: 'Atelier Dubois',
      line1: '5 place Bellecour',
      postalCode: '69002',
      city: 'Lyon',
      country: 'FR',
      phone: '0478123456',
    });
    expect(order.buyer).toEqual({
      name: 'Luc Dubois',
      email: 'luc.dubois@example.org',
      phone: '0478123456',
    });
    expect(validateTotals(order).ok).toBe(true);
  });

  it('reads an Amazon FBA order as fulfilled by the marketplace', () => {
    const reading = mapped(fixture('fba'));
    expect(reading.channelStatus).toBe('line_imported_fba');
    expect(reading.fulfilledByMarketplace).toBe(true);
    expect(reading.lineStatuses).toEqual({
      B0C1MUG350: 'line_imported_fba',
      B0C1SAUC14: 'line_imported_fba',
    });
    const { order } = reading;
    expect(order.channelRef).toEqual({
      channel: 'iziflux',
      channelOrderRef: '402-5512873-1234567',
      marketplace: 'amazon',
    });
    expect(order.placedAt).toBe('2026-03-10T07:45:00Z');
    expect(
      order.lines.map((l) => [l.lineId, l.quantities.ordered, l.unitPrice, l.lineTotal]),
    ).toEqual([
      ['B0C1MUG350', 2, eur('15.00'), eur('30.00')],
      ['B0C1SAUC14', 1, eur('9.99'), eur('9.99')],
    ]);
    expect(order.totals).toMatchObject({
      pricesIncludeTax: true,
      products: eur('39.99'),
      shipping: eur('0.00'),
      tax: eur('0.00'),
      grandTotal: eur('39.99'),
    });
    expect(order.shippingAddress).toEqual({
      name: 'Jonas Weber',
      line1: 'Invalidenstraße 12',
      postalCode: '10115',
      city: 'Berlin',
      country: 'DE',
    });
    expect(order.billingAddress).toBeUndefined(); // the billing block is blank
    expect(order.buyer).toEqual({
      name: 'Jonas Weber',
      email: 'x7k2m9p4q1@marketplace.amazon.de',
    });
    expect(validateTotals(order).ok).toBe(true);
    // Every status the mapper gives is one of the profile's.
    for (const status of [reading.channelStatus, ...Object.values(reading.lineStatuses)])
      expect(readChannelStatus(izifluxProfile, status).ok).toBe(true);
  });

  it('leaves fulfilledByMarketplace out when only some lines are FBA', () => {
    const reading = mapped(set(fixture('fba'), 6, 'Carte bancaire', 1));
    expect(reading.channelStatus).toBe('line_imported');
    expect(reading.lineStatuses).toEqual({
      B0C1MUG350: 'line_imported_fba',
      B0C1SAUC14: 'line_imported',
    });
    expect(reading.fulfilledByMarketplace).toBeUndefined();
  });

  it('never withholds: a missing delivery address is an issue, not a pending order', () => {
    const found = fromIzifluxOrder(fixture('no-delivery-address'), context);
    if (found.ok) expect.fail('expected issues');
    expect(found.error).toEqual([
      {
        code: 'channel/payload_invalid',
        channel: 'iziflux',
        path: '[0][27]',
        expected: 'text',
        received: 'blank',
      },
    ]);
    expectMessagesName(found.error, '[0][27]');
    // With a country, the blank names and city are the order's own issues.
    const rows = set(fixture('no-delivery-address'), 27, 'FR');
    const result = fromIzifluxOrder(rows, context);
    if (result.ok) expect.fail('expected issues');
    expect(result.error.map((i) => [i.code, 'path' in i ? i.path : undefined])).toEqual([
      ['order/schema_invalid', ['shippingAddress', 'name']],
      ['order/schema_invalid', ['shippingAddress', 'city']],
    ]);
  });

  it.each([
    ['royaume-uni', 'GB'],
    ['ROYAUME UNI', 'GB'],
    ['Deutschland', 'DE'],
    ['États-Unis', 'US'],
    ['etats unis', 'US'],
    ['La Réunion', 'RE'],
    ['be', 'BE'],
    ['fra', 'FR'],
    ['USA', 'US'],
  ])('reads the country %s as %s', (cell, code) => {
    expect(mapped(set(fixture('simple'), 27, cell)).order.shippingAddress.country).toBe(code);
  });

  it('reads "-" as the context default country, and reports unknown countries', () => {
    const rows = set(fixture('simple'), 27, '-');
    const ctx = { tenantId: 'shop-1', defaultCountry: 'FR' };
    expect(mapped(rows, ctx).order.shippingAddress.country).toBe('FR');
    expect(issues(rows)).toEqual([
      ['[0][27]', 'country ("-" needs the context\'s defaultCountry)', 'string "-"'],
    ]);
    expect(issues(set(fixture('simple'), 16, 'Atlantis'))).toEqual([
      ['[0][16]', 'ISO code or English or French name of a supported country', 'string "Atlantis"'],
    ]);
    expect(issues(set(fixture('simple'), 27, 'XYZ'))[0]?.[0]).toBe('[0][27]');
  });

  it('reports amounts it cannot read exactly, never rounding them', () => {
    for (const [cell, expected] of [
      ['4.995', 'amount with at most 2 decimals (dot or comma)'],
      ['1.234,50', 'amount with at most 2 decimals (dot or comma)'],
      ['-3.00', 'amount with at most 2 decimals (dot or comma)'],
      ['1e3', 'amount with at most 2 decimals (dot or comma)'],
    ] as const) {
      expect(issues(set(fixture('simple'), 33, cell))).toEqual([
        ['[0][33]', expected, `string "${cell}"`],
      ]);
    }
    expect(issues(set(fixture('simple'), 33, ''))).toEqual([['[0][33]', 'text', 'blank']]);
  });

  it('reports quantities that are not whole numbers of units', () => {
    for (const cell of ['0', '1.5', '-1', 'deux']) {
      expect(issues(set(fixture('simple'), 32, cell))).toEqual([
        ['[0][32]', 'whole number of units, at least 1', `string "${cell}"`],
      ]);
    }
  });

  it('reports a row without tax in an order whose other rows state it', () => {
    const rows = set(set(fixture('several-lines'), 34, '', 1), 36, '', 1);
    expect(issues(rows)).toEqual([['[1][34]', 'product tax, as the other rows state', 'blank']]);
  });

  it('reads the currency as a numeric or alphabetic code, or the context one', () => {
    expect(mapped(set(fixture('simple'), 39, '826')).order.currency).toBe('GBP');
    expect(mapped(set(fixture('simple'), 39, 'CHF')).order.currency).toBe('CHF');
    const blank = set(fixture('simple'), 39, '');
    expect(mapped(blank, { tenantId: 'shop-1', currency: 'EUR' }).order.currency).toBe('EUR');
    expect(issues(blank)).toEqual([['[0][39]', 'text', 'blank']]);
    expect(issues(set(fixture('simple'), 39, '000'))).toEqual([
      ['[0][39]', 'ISO 4217 currency code (numeric)', 'string "000"'],
    ]);
  });

  it('places local dates in the context time zone and refuses ambiguous ones', () => {
    const utc = { tenantId: 'shop-1', timeZone: 'UTC' };
    expect(mapped(fixture('simple'), utc).order.placedAt).toBe('2026-03-04T10:15:32Z');
    const noSeconds = set(fixture('simple'), 4, '2026-03-04T10:15');
    expect(mapped(noSeconds).order.placedAt).toBe('2026-03-04T10:15:00+01:00');
    const withOffset = set(fixture('simple'), 4, '2026-03-04T10:15:32+01:00');
    expect(mapped(withOffset).order.placedAt).toBe('2026-03-04T10:15:32+01:00');
    for (const cell of ['04/03/2026 10:15', '2026-02-30 10:00:00', '2026-03-04 24:00:00']) {
      expect(issues(set(fixture('simple'), 4, cell))[0]?.[0]).toBe('[0][4]');
    }
    const zone = { tenantId: 'shop-1', timeZone: 'Nowhere/Atlantis' };
    expect(issues(fixture('simple'), zone)[0]?.[0]).toBe('[0][4]');
  });

  it('reports rows of another order, repeated references and placeholders', () => {
    const rows = set(fixture('several-lines'), 0, 'IZ-99999', 2);
    expect(issues(rows)).toEqual([['[2][0]', 'order id IZ-88410', 'string "IZ-99999"']]);
    const repeated = set(fixture('several-lines'), 2, 'RDC-1001', 1);
    expect(issues(repeated)).toEqual(['order/line_id_duplicate']);
    expect(issues(set(fixture('simple'), 1, 'NON-RENSEIGNE'))).toEqual([
      ['[0][1]', 'text', 'blank'],
    ]);
  });

  it('reports input that is not rows of text', () => {
    expect(issues('IZ-1|A|B')).toEqual([
      ['', 'rows of the order file (a list of lists of cells)', 'string "IZ-1|A|B"'],
    ]);
    expect(issues([])).toEqual([['', 'at least one row', 'array']]);
    expect(issues([fixture('simple')[0], 'row'])).toEqual([
      ['[1]', 'row (a list of cells)', 'string "row"'],
    ]);
    const numbers = fixture('simple') as unknown[][];
    (numbers[0] as unknown[])[32] = 1;
    expect(issues(numbers)).toEqual([['[0][32]', 'text', 'number 1']]);
    // A short row: its missing cells are blank.
    expect(issues([['IZ-1', 'SKU']])[0]).toEqual(['[0][4]', 'text', 'missing']);
  });

  it('names the channel of the context', () => {
    const { order } = mapped(fixture('simple'), { tenantId: 'shop-1', channel: 'iziflux-b' });
    expect(order.channelRef.channel).toBe('iziflux-b');
  });

  it('ingests the mapped order once: created, then unchanged, and a later file changes nothing', async () => {
    const { oms } = setup();
    for (const name of ['simple', 'several-lines', 'fba']) {
      const first = value(await oms.ingest('iziflux', mapped(fixture(name)).order));
      expect(first.outcome).toBe('created');
      expect(first.state.orderId).not.toBe(fixture(name)[0]?.[0]); // the engine's own id
      const again = value(await oms.ingest('iziflux', mapped(fixture(name)).order));
      expect(again.outcome).toBe('unchanged');
      expect(again.state.orderId).toBe(first.state.orderId);
      // The same order in a later hourly file (another commission, another carrier label):
      // Iziflux never sends a cancellation, so nothing the order carries moves.
      const later = set(set(fixture(name), 37, '0'), 30, 'Autre transporteur');
      const updated = value(await oms.ingest('iziflux', mapped(later).order));
      expect(updated.outcome).toBe('unchanged');
      expect(updated.holdsPlaced).toEqual([]);
      expect(value(await oms.ingest('iziflux', mapped(fixture(name)).order)).outcome).toBe(
        'unchanged',
      );
    }
  });
});
