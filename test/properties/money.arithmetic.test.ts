import { fc, test } from '@fast-check/vitest';
import { Decimal } from 'decimal.js';
import { describe, expect } from 'vitest';
import {
  addMoney,
  compareMoney,
  equalsMoney,
  money,
  negateMoney,
  subtractMoney,
  sumMoney,
  type CurrencyCode,
  type Money,
} from '../../src/index.js';
import { arbitraryCurrencyCode } from '../../src/testing/index.js';

// Amounts with 0 to 20 decimals, built from integers so the expected values are integer maths.
const anyScaled = fc.record({
  units: fc.bigInt({ min: -(10n ** 34n) + 1n, max: 10n ** 34n - 1n }),
  scale: fc.integer({ min: 0, max: 20 }),
});

type Scaled = { units: bigint; scale: number };

const toMoney = ({ units, scale }: Scaled, currency: CurrencyCode): Money | undefined => {
  const value = new Decimal(`${units.toString()}e-${String(scale)}`);
  return value.abs().lt('1e15') ? money(value, currency) : undefined;
};

// The exact sum as integers scaled to 10^-20, written out as plain text.
function plainSum(items: readonly Scaled[]): string {
  const total = items.reduce(
    (acc, { units, scale }) => acc + units * 10n ** BigInt(20 - scale),
    0n,
  );
  const sign = total < 0n ? '-' : '';
  const digits = (total < 0n ? -total : total).toString().padStart(21, '0');
  const text = `${digits.slice(0, -20)}.${digits.slice(-20)}`.replace(/\.?0+$/, '');
  return text === '' || text === '0' ? '0' : `${sign}${text}`;
}

const triple = fc
  .tuple(arbitraryCurrencyCode(), anyScaled, anyScaled, anyScaled)
  .map(([currency, a, b, c]) => ({ currency, scaled: [a, b, c] as const }))
  .filter(({ currency, scaled }) => scaled.every((s) => toMoney(s, currency) !== undefined));

const moneyOf = (s: Scaled, currency: CurrencyCode): Money => toMoney(s, currency) as Money;

describe('money arithmetic laws', () => {
  test.prop([triple], { numRuns: 1000 })('addition is exact', ({ currency, scaled: [a, b] }) => {
    const sum = addMoney(moneyOf(a, currency), moneyOf(b, currency));
    expect(sum.amount.toFixed()).toBe(plainSum([a, b]));
  });

  test.prop([triple], { numRuns: 1000 })(
    'addition is commutative',
    ({ currency, scaled: [a, b] }) => {
      const x = moneyOf(a, currency);
      const y = moneyOf(b, currency);
      expect(equalsMoney(addMoney(x, y), addMoney(y, x))).toBe(true);
    },
  );

  test.prop([triple], { numRuns: 1000 })(
    'addition is associative (exactly, no rounding)',
    ({ currency, scaled: [a, b, c] }) => {
      const [x, y, z] = [a, b, c].map((s) => moneyOf(s, currency)) as [Money, Money, Money];
      const left = addMoney(addMoney(x, y), z);
      const right = addMoney(x, addMoney(y, z));
      expect(left.amount.toFixed()).toBe(right.amount.toFixed());
      expect(left.amount.toFixed()).toBe(plainSum([a, b, c]));
    },
  );

  test.prop([triple], { numRuns: 1000 })(
    'subtraction undoes addition',
    ({ currency, scaled: [a, b] }) => {
      const x = moneyOf(a, currency);
      const y = moneyOf(b, currency);
      expect(equalsMoney(subtractMoney(addMoney(x, y), y), x)).toBe(true);
      expect(equalsMoney(addMoney(subtractMoney(x, y), y), x)).toBe(true);
      expect(equalsMoney(subtractMoney(x, y), addMoney(x, negateMoney(y)))).toBe(true);
    },
  );

  test.prop([triple], { numRuns: 1000 })(
    'sumMoney equals repeated addition, and compare agrees with subtraction',
    ({ currency, scaled }) => {
      const items = scaled.map((s) => moneyOf(s, currency));
      expect(sumMoney(items, currency).amount.toFixed()).toBe(plainSum(scaled));
      const [x, y] = items as [Money, Money];
      const diff = subtractMoney(x, y).amount;
      expect(compareMoney(x, y)).toBe(diff.isZero() ? 0 : diff.isNegative() ? -1 : 1);
    },
  );
});
