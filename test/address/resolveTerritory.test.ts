import { describe, expect, it } from 'vitest';
import { resolveTerritory } from '../../src/index.js';

describe('resolveTerritory', () => {
  it.each([
    ['75001', { country: 'FR', territory: 'FR-metropolitan', department: '75' }],
    ['01200', { country: 'FR', territory: 'FR-metropolitan', department: '01' }],
    ['20000', { country: 'FR', territory: 'FR-corsica', department: '2A' }],
    ['20100', { country: 'FR', territory: 'FR-corsica', department: '2A' }],
    ['20200', { country: 'FR', territory: 'FR-corsica', department: '2B' }],
    ['20600', { country: 'FR', territory: 'FR-corsica', department: '2B' }],
    ['97100', { country: 'GP', territory: 'GP', department: '971' }],
    ['97133', { country: 'BL', territory: 'BL' }],
    ['97150', { country: 'MF', territory: 'MF' }],
    ['97200', { country: 'MQ', territory: 'MQ', department: '972' }],
    ['97300', { country: 'GF', territory: 'GF', department: '973' }],
    ['97400', { country: 'RE', territory: 'RE', department: '974' }],
    ['97500', { country: 'PM', territory: 'PM' }],
    ['97600', { country: 'YT', territory: 'YT', department: '976' }],
    ['98000', { country: 'MC', territory: 'MC' }],
    ['98400', { country: 'TF', territory: 'TF' }],
    ['98600', { country: 'WF', territory: 'WF' }],
    ['98700', { country: 'PF', territory: 'PF' }],
    ['98800', { country: 'NC', territory: 'NC' }],
    ['97 100', { country: 'GP', territory: 'GP', department: '971' }],
  ])('FR + %s', (postalCode, expected) => {
    expect(resolveTerritory({ country: 'FR', postalCode })).toEqual(expected);
  });

  it('returns metropolitan France without département when the code says nothing', () => {
    expect(resolveTerritory({ country: 'FR' })).toEqual({
      country: 'FR',
      territory: 'FR-metropolitan',
    });
    expect(resolveTerritory({ country: 'FR', postalCode: '97900' })).toEqual({
      country: 'FR',
      territory: 'FR-metropolitan',
    });
  });

  it('keeps Corsica without département for an invalid 20xxx code', () => {
    expect(resolveTerritory({ country: 'FR', postalCode: '20500' })).toEqual({
      country: 'FR',
      territory: 'FR-corsica',
    });
  });

  it('keeps an explicit overseas country code', () => {
    expect(resolveTerritory({ country: 'GP', postalCode: '97133' })).toEqual({
      country: 'GP',
      territory: 'GP',
      department: '971',
    });
    expect(resolveTerritory({ country: 'bl', postalCode: '97133' })).toEqual({
      country: 'BL',
      territory: 'BL',
    });
    expect(resolveTerritory({ country: 'MC' })).toEqual({ country: 'MC', territory: 'MC' });
  });

  it.each([
    ['ES', '35001', 'ES-canarias'],
    ['ES', '38001', 'ES-canarias'],
    ['ES', '51001', 'ES-ceuta'],
    ['ES', '52001', 'ES-melilla'],
    ['ES', '28013', 'standard'],
    ['DE', '27498', 'DE-heligoland'],
    ['DE', '78266', 'DE-busingen'],
    ['DE', '10115', 'standard'],
    ['IT', '23041', 'IT-livigno'],
    ['IT', '22061', 'IT-campione'],
    ['IT', '00144', 'standard'],
    ['FI', '22100', 'FI-aland'],
    ['FI', '00100', 'standard'],
    ['GB', 'SW1A 1AA', 'standard'],
  ])('%s + %s → %s', (country, postalCode, territory) => {
    expect(resolveTerritory({ country, postalCode })).toEqual({ country, territory });
  });
});
