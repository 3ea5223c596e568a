import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { equalsMoney, moneyFromMinorUnits, moneyToMinorUnits } from '../../src/index.js';
import { arbitraryCurrencyCode, arbitraryMoney } from '../../src/testing/index.js';

describe('minor units laws', () => {
  test.prop([arbitraryMoney({ min: '-999999999999999', max: '999999999999999' })], {
    numRuns: 1000,
  })('moneyFromMinorUnits ∘ moneyToMinorUnits is the identity on amounts at minor units', (m) => {
    const back = moneyFromMinorUnits(moneyToMinorUnits(m), m.currency);
    expect(back.ok && equalsMoney(back.value, m)).toBe(true);
  });

  test.prop(
    [arbitraryCurrencyCode(), fc.bigInt({ min: -(10n ** 15n) + 1n, max: 10n ** 15n - 1n })],
    { numRuns: 1000 },
  )(
    'moneyToMinorUnits ∘ moneyFromMinorUnits is the identity on integer counts',
    (currency, units) => {
      const m = moneyFromMinorUnits(units, currency);
      expect(m.ok && moneyToMinorUnits(m.value)).toBe(units);
      const fromText = moneyFromMinorUnits(units.toString(), currency);
      expect(fromText.ok && moneyToMinorUnits(fromText.value)).toBe(units);
    },
  );

  test.prop([fc.maxSafeInteger(), arbitraryCurrencyCode()], { numRuns: 1000 })(
    'a safe integer and its bigint give the same amount',
    (units, currency) => {
      const a = moneyFromMinorUnits(units, currency);
      const b = moneyFromMinorUnits(BigInt(units), currency);
      expect(a.ok).toBe(b.ok);
      if (a.ok && b.ok) expect(equalsMoney(a.value, b.value)).toBe(true);
    },
  );
});
