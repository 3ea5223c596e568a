import { describe, expect, it } from 'vitest';
import { customsTerritory } from '../../src/index.js';

// [country, postal code, EU customs, EU VAT, reason] from domain-facts §1.4 and §1.6.
const table: readonly (readonly [string, string | undefined, boolean, boolean, string])[] = [
  ['FR', '75001', true, true, 'eu_member_state'],
  ['FR', '20000', true, true, 'eu_member_state'],
  ['DE', '10115', true, true, 'eu_member_state'],
  ['GR', '10431', true, true, 'eu_member_state'],
  ['MC', '98000', true, true, 'monaco'],
  ['FR', '98000', true, true, 'monaco'],
  ['GP', '97100', true, false, 'vat_excluded'],
  ['MQ', '97200', true, false, 'vat_excluded'],
  ['GF', '97300', true, false, 'vat_excluded'],
  ['RE', '97400', true, false, 'vat_excluded'],
  ['YT', '97600', true, false, 'vat_excluded'],
  ['MF', '97150', true, false, 'vat_excluded'],
  ['FR', '97100', true, false, 'vat_excluded'],
  ['FR', '97150', true, false, 'vat_excluded'],
  ['FR', '97400', true, false, 'vat_excluded'],
  ['BL', '97133', false, false, 'overseas_country_territory'],
  ['FR', '97133', false, false, 'overseas_country_territory'],
  ['PM', '97500', false, false, 'overseas_country_territory'],
  ['WF', '98600', false, false, 'overseas_country_territory'],
  ['PF', '98709', false, false, 'overseas_country_territory'],
  ['NC', '98800', false, false, 'overseas_country_territory'],
  ['FR', '98800', false, false, 'overseas_country_territory'],
  ['TF', undefined, false, false, 'overseas_country_territory'],
  ['ES', '35001', true, false, 'vat_excluded'],
  ['ES', '38001', true, false, 'vat_excluded'],
  ['ES', '51001', false, false, 'customs_and_vat_excluded'],
  ['ES', '52001', false, false, 'customs_and_vat_excluded'],
  ['ES', '28013', true, true, 'eu_member_state'],
  ['DE', '27498', false, false, 'customs_and_vat_excluded'],
  ['DE', '78266', false, false, 'customs_and_vat_excluded'],
  ['IT', '22061', true, false, 'vat_excluded'],
  ['IT', '23041', false, false, 'customs_and_vat_excluded'],
  ['FI', '22100', true, false, 'vat_excluded'],
  ['AX', '22100', true, false, 'vat_excluded'],
  ['AD', 'AD100', false, false, 'outside_eu'],
  ['CH', '1211', false, false, 'outside_eu'],
  ['GB', 'SW1A 1AA', false, false, 'outside_eu'],
  ['NO', '0150', false, false, 'outside_eu'],
  ['US', '10001', false, false, 'outside_eu'],
];

describe('customsTerritory', () => {
  it.each(table)(
    '%s %s → customs %s, VAT %s (%s)',
    (country, postalCode, euCustoms, euVat, reason) => {
      const status = customsTerritory(
        postalCode === undefined ? { country } : { country, postalCode },
      );
      expect(status).toMatchObject({
        euCustoms,
        euVat,
        reason,
        needsCustomsDeclaration: !(euCustoms && euVat),
      });
    },
  );

  it('covers the 27 EU member states', () => {
    const members =
      'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' ');
    expect(members).toHaveLength(27);
    for (const country of members) {
      expect(customsTerritory({ country })).toMatchObject({
        euCustoms: true,
        euVat: true,
        reason: 'eu_member_state',
      });
    }
    for (const country of [
      'EL',
      'UK',
      'NO',
      'IS',
      'LI',
      'SM',
      'VA',
      'FO',
      'GL',
      'GI',
      'JE',
      'GG',
      'IM',
    ]) {
      expect(customsTerritory({ country }).reason).toBe('outside_eu');
    }
  });

  it('names the place behind FR + overseas codes', () => {
    expect(customsTerritory({ country: 'FR', postalCode: '97200' })).toEqual({
      country: 'MQ',
      territory: 'MQ',
      euCustoms: true,
      euVat: false,
      needsCustomsDeclaration: true,
      reason: 'vat_excluded',
    });
  });
});
