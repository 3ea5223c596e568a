import { fc, test } from '@fast-check/vitest';
import { Decimal } from 'decimal.js';
import { describe, expect } from 'vitest';
import {
  isCurrencyCode,
  MoneyJsonSchema,
  moneyToJSON,
  parseMoney,
  parseMoneyJson,
  type MoneyError,
} from '../../src/index.js';
import { arbitraryCurrencyCode, arbitraryMoney } from '../../src/testing/index.js';

const moneyCodes: readonly MoneyError['code'][] = [
  'money/amount_invalid',
  'money/amount_out_of_range',
  'money/currency_unknown',
  'money/currency_mismatch',
  'money/minor_units_invalid',
  'money/fraction_digits_invalid',
  'money/rounding_mode_invalid',
  'money/allocation_invalid',
];

// Hostile values the brief names, plus a few more.
const nasty = fc.constantFrom<unknown>(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  'Infinity',
  '-Infinity',
  'NaN',
  Number.parseFloat('1e400'), // JSON's 1e400 parses to Infinity
  '1e400',
  '1e5',
  -0,
  '',
  ' ',
  '__proto__',
  'constructor',
  JSON.parse('{"__proto__":{"amount":"1","currency":"EUR"}}'),
  JSON.parse('{"amount":"1","currency":"EUR","__proto__":null}'),
  Object.create(null),
  [],
  10n,
  Symbol('x'),
  () => 1,
  new Date(0),
  new Decimal('1'),
  { toStringTag: '[object Decimal]', d: 'abc', e: 1, s: 1 },
  {
    toStringTag: '[object Decimal]',
    toString: () => {
      throw new Error('boom');
    },
  },
);

const anyValue = fc.oneof(
  fc.constant(JSON.parse('1e400') as unknown),
  fc.jsonValue(),
  fc.anything(),
  nasty,
  fc.string(),
  fc.double(),
);
const anyCurrency = fc.oneof(arbitraryCurrencyCode(), anyValue);

function expectTypedOutcome(result: ReturnType<typeof parseMoney>): void {
  if (result.ok) {
    expect(isCurrencyCode(result.value.currency)).toBe(true);
    expect(result.value.amount.abs().lt('1e15')).toBe(true);
  } else {
    expect(moneyCodes).toContain(result.error.code);
  }
}

describe('parseMoney laws', () => {
  test.prop([anyValue, anyCurrency], { numRuns: 1000 })(
    'never throws on arbitrary values and returns a typed outcome',
    (amount, currency) => {
      expectTypedOutcome(parseMoney(amount, currency));
    },
  );

  test.prop([fc.oneof(fc.jsonValue(), fc.anything(), nasty)], { numRuns: 1000 })(
    'parseMoneyJson never throws on arbitrary values',
    (value) => {
      expectTypedOutcome(parseMoneyJson(value));
    },
  );

  test.prop([fc.record({ amount: anyValue, currency: anyCurrency }, { requiredKeys: [] })], {
    numRuns: 1000,
  })('parseMoneyJson never throws on { amount, currency } shapes', (value) => {
    expectTypedOutcome(parseMoneyJson(value));
  });

  test.prop([fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 })], {
    numRuns: 1000,
  })('a JSON number n parses to exactly Decimal(String(n))', (n) => {
    const result = parseMoney(n, 'EUR');
    const expected = new Decimal(String(n));
    if (expected.abs().gte('1e15') || expected.decimalPlaces() > 20) {
      expect(result).toMatchObject({ ok: false, error: { code: 'money/amount_out_of_range' } });
    } else {
      expect(result.ok && result.value.amount.equals(expected)).toBe(true);
    }
  });

  test.prop([fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 })], {
    numRuns: 1000,
  })('a number and its JSON text parse the same', (n) => {
    const fromNumber = parseMoney(n, 'EUR');
    const fromJson = parseMoneyJson(JSON.parse(`{"amount":${JSON.stringify(n)},"currency":"EUR"}`));
    expect(fromNumber.ok).toBe(fromJson.ok);
    if (fromNumber.ok && fromJson.ok)
      expect(fromNumber.value.amount.equals(fromJson.value.amount)).toBe(true);
  });

  test.prop([arbitraryMoney({ min: '-999999999999', max: '999999999999' })], { numRuns: 1000 })(
    'moneyToJSON round-trips through the schema and parseMoneyJson',
    (m) => {
      const json = moneyToJSON(m);
      expect(MoneyJsonSchema.safeParse(json).success).toBe(true);
      const back = parseMoneyJson(JSON.parse(JSON.stringify(json)));
      expect(back.ok && back.value.currency).toBe(m.currency);
      expect(back.ok && back.value.amount.equals(m.amount)).toBe(true);
    },
  );
});
