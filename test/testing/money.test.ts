import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  allocateMoney,
  equalsMoney,
  getCurrency,
  isCurrencyCode,
  isOrdokitError,
  sumMoney,
} from '../../src/index.js';
import { arbitraryCurrencyCode, arbitraryMoney } from '../../src/testing/index.js';

describe('arbitraryCurrencyCode', () => {
  test.prop([arbitraryCurrencyCode()], { numRuns: 1000 })('draws table codes', (code) => {
    expect(isCurrencyCode(code)).toBe(true);
  });

  it('reaches zero-, two-, three- and four-decimal currencies', () => {
    const drawn = fc.sample(arbitraryCurrencyCode(), { numRuns: 2000, seed: 42 });
    const minorUnits = new Set(drawn.map((code) => getCurrency(code)?.minorUnits));
    expect([...minorUnits].sort()).toEqual([0, 2, 3, 4]);
    expect(new Set(drawn).size).toBeGreaterThan(100);
  });
});

describe('arbitraryMoney', () => {
  test.prop([arbitraryMoney()], { numRuns: 1000 })(
    'draws amounts at the currency minor units within ±1,000,000 by default',
    (m) => {
      expect(m.amount.decimalPlaces()).toBeLessThanOrEqual(
        getCurrency(m.currency)?.minorUnits ?? -1,
      );
      expect(m.amount.abs().lte(1000000)).toBe(true);
      expect(Object.isFrozen(m)).toBe(true);
    },
  );

  test.prop([arbitraryMoney({ currency: 'KWD', min: '0', max: '1' })], { numRuns: 1000 })(
    'respects a fixed currency and bounds',
    (m) => {
      expect(m.currency).toBe('KWD');
      expect(m.amount.gte(0) && m.amount.lte(1)).toBe(true);
      expect(m.amount.decimalPlaces()).toBeLessThanOrEqual(3);
    },
  );

  test.prop([arbitraryMoney({ currency: 'EUR', min: '-0.5', max: '0.5', fractionDigits: 6 })], {
    numRuns: 1000,
  })('respects fractionDigits', (m) => {
    expect(m.amount.decimalPlaces()).toBeLessThanOrEqual(6);
    expect(m.amount.abs().lte('0.5')).toBe(true);
  });

  it('uses more decimals than the minor unit when asked', () => {
    const samples = fc.sample(
      arbitraryMoney({ currency: 'EUR', min: '0', max: '1', fractionDigits: 6 }),
      { numRuns: 200, seed: 7 },
    );
    expect(samples.some((m) => m.amount.decimalPlaces() > 2)).toBe(true);
  });

  it('aligns bounds to the unit', () => {
    const samples = fc.sample(arbitraryMoney({ currency: 'JPY', min: '0.5', max: '1.5' }), {
      numRuns: 50,
      seed: 1,
    });
    expect(new Set(samples.map((m) => m.amount.toString()))).toEqual(new Set(['1']));
  });

  it('refuses bad options', () => {
    expect(() => arbitraryMoney({ currency: 'EUR', min: '1', max: '0' })).toThrow(RangeError);
    expect(() => arbitraryMoney({ currency: 'EUR', min: 'abc' })).toThrow(RangeError);
    expect(() => arbitraryMoney({ fractionDigits: 21 })).toThrow(RangeError);
    let error: unknown;
    try {
      arbitraryMoney({ currency: 'EUR', max: '100000000000000000000' });
    } catch (e) {
      error = e;
    }
    expect(isOrdokitError(error) && error.code).toBe('money/amount_out_of_range');
  });
});

describe('the docs/money.md example', () => {
  test.prop([arbitraryMoney({ currency: 'EUR', min: '0', max: '10000' })], { numRuns: 1000 })(
    'an allocation sums back to the total',
    (total) => {
      expect(equalsMoney(sumMoney(allocateMoney(total, [1, 2, 3]), 'EUR'), total)).toBe(true);
    },
  );
});
