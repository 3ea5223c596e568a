import { describe, expect, it } from 'vitest';
import { currencyCodes, getCurrency, isCurrencyCode } from '../../src/index.js';

describe('getCurrency', () => {
  it('gives ISO numeric codes and minor units', () => {
    expect(getCurrency('EUR')).toEqual({
      code: 'EUR',
      numeric: '978',
      minorUnits: 2,
      name: 'Euro',
    });
    expect(getCurrency('AUD')?.numeric).toBe('036');
    expect(getCurrency('BHD')?.numeric).toBe('048');
    expect(getCurrency('XPF')?.numeric).toBe('953');
  });

  it('uses ISO minor units, not CLDR: HUF and IDR have 2', () => {
    expect(getCurrency('HUF')?.minorUnits).toBe(2);
    expect(getCurrency('IDR')?.minorUnits).toBe(2);
    expect(getCurrency('HUF')).toEqual({
      code: 'HUF',
      numeric: '348',
      minorUnits: 2,
      name: 'Forint',
    });
  });

  it('lists exactly the ISO zero-decimal currencies (besides the N.A. codes)', () => {
    const notApplicable = [
      'XAG',
      'XAU',
      'XBA',
      'XBB',
      'XBC',
      'XBD',
      'XDR',
      'XPD',
      'XPT',
      'XSU',
      'XTS',
      'XUA',
      'XXX',
    ];
    const zero = currencyCodes.filter(
      (code) => getCurrency(code)?.minorUnits === 0 && !notApplicable.includes(code),
    );
    expect(zero).toEqual(
      'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF'.split(' '),
    );
  });

  it('lists the three- and four-decimal currencies', () => {
    expect(currencyCodes.filter((code) => getCurrency(code)?.minorUnits === 3)).toEqual(
      'BHD IQD JOD KWD LYD OMR TND'.split(' '),
    );
    expect(currencyCodes.filter((code) => getCurrency(code)?.minorUnits === 4)).toEqual([
      'CLF',
      'UYW',
    ]);
  });

  it('knows BGN but not HRK', () => {
    expect(getCurrency('BGN')?.minorUnits).toBe(2);
    expect(getCurrency('HRK')).toBeUndefined();
  });

  it('returns frozen records and nothing for prototype keys or lower case', () => {
    expect(Object.isFrozen(getCurrency('JPY'))).toBe(true);
    expect(getCurrency('__proto__')).toBeUndefined();
    expect(getCurrency('toString')).toBeUndefined();
    expect(getCurrency('eur')).toBeUndefined();
  });

  it('has unique, sorted, three-letter codes and three-digit numeric codes', () => {
    expect(new Set(currencyCodes).size).toBe(currencyCodes.length);
    expect([...currencyCodes].sort()).toEqual(currencyCodes);
    for (const code of currencyCodes) {
      expect(code).toMatch(/^[A-Z]{3}$/);
      expect(getCurrency(code)?.numeric).toMatch(/^\d{3}$/);
    }
  });
});

describe('isCurrencyCode', () => {
  it('accepts table codes only', () => {
    expect(isCurrencyCode('EUR')).toBe(true);
    expect(isCurrencyCode('JPY')).toBe(true);
    expect(isCurrencyCode('eur')).toBe(false);
    expect(isCurrencyCode('HRK')).toBe(false);
    expect(isCurrencyCode('constructor')).toBe(false);
    expect(isCurrencyCode(978)).toBe(false);
    expect(isCurrencyCode(null)).toBe(false);
    expect(isCurrencyCode(undefined)).toBe(false);
  });
});
