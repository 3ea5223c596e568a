import { describe, expect, it } from 'vitest';
import { formatError, moneyMessages, type MoneyError } from '../../src/index.js';

const samples: MoneyError[] = [
  { code: 'money/amount_invalid', input: '"abc"', reason: 'not_a_decimal' },
  {
    code: 'money/amount_out_of_range',
    input: '"1e20"',
    reason: 'too_large',
    maxAbsExclusive: '1000000000000000',
    maxFractionDigits: 20,
  },
  {
    code: 'money/amount_out_of_range',
    input: '"0.1"',
    reason: 'too_many_decimals',
    maxAbsExclusive: '1000000000000000',
    maxFractionDigits: 20,
  },
  { code: 'money/currency_unknown', currency: '"HRK"' },
  { code: 'money/currency_mismatch', expected: 'EUR', actual: 'GBP', operation: 'addMoney' },
  { code: 'money/minor_units_invalid', input: '12.5', reason: 'not_an_integer' },
  { code: 'money/fraction_digits_invalid', fractionDigits: -1, max: 100 },
  { code: 'money/rounding_mode_invalid', mode: '"nearest"' },
  { code: 'money/allocation_invalid', reason: 'all_weights_zero' },
  { code: 'money/allocation_invalid', reason: 'weight_negative', index: 2 },
];

describe('moneyMessages', () => {
  it('has English and French for every code', () => {
    const codes = new Set(samples.map((s) => s.code));
    expect(Object.keys(moneyMessages).sort()).toEqual([...codes].sort());
  });

  it.each(samples)('renders $code in both languages, differently', (error) => {
    const en = formatError(error, 'en');
    const fr = formatError(error, 'fr');
    expect(en).not.toBe(error.code);
    expect(fr).not.toBe(error.code);
    expect(en).not.toBe(fr);
  });

  it('names the fields in the message', () => {
    expect(
      formatError(
        { code: 'money/currency_mismatch', expected: 'EUR', actual: 'GBP', operation: 'addMoney' },
        'en',
      ),
    ).toBe('addMoney cannot combine GBP with EUR. Convert the amounts to one currency first.');
    expect(
      formatError({ code: 'money/allocation_invalid', reason: 'weight_negative', index: 2 }, 'en'),
    ).toBe(
      'Cannot split the amount (weight at index 2): a weight is negative; use weights of zero or more.',
    );
    expect(
      formatError({ code: 'money/allocation_invalid', reason: 'weight_negative', index: 2 }, 'fr'),
    ).toBe(
      "Impossible de répartir le montant (poids d'indice 2) : un poids est négatif ; utilisez des poids positifs ou nuls.",
    );
  });

  it('quotes values the same way within each language', () => {
    const comma: MoneyError = {
      code: 'money/amount_invalid',
      input: '"12,50"',
      reason: 'not_a_decimal',
    };
    expect(formatError(comma, 'en')).toBe(
      'The amount "12,50" is not valid: it is not a decimal number. Send a plain decimal such as "12.50".',
    );
    expect(formatError(comma, 'fr')).toBe(
      "Le montant « 12,50 » n'est pas valide : ce n'est pas un nombre décimal. Envoyez un nombre décimal avec un point, sans exposant, par exemple « 12.50 ».",
    );
    expect(formatError({ code: 'money/currency_unknown', currency: '"HRK"' }, 'fr')).toBe(
      "La devise « HRK » n'est pas un code ISO 4217 en vigueur. Utilisez un code en majuscules comme EUR.",
    );
    // A cut text keeps its ellipsis outside the quotes; a description that is not text stays bare.
    const long: MoneyError = { code: 'money/amount_invalid', input: '"xxxx"…', reason: 'too_long' };
    expect(formatError(long, 'fr')).toMatch(/^Le montant « xxxx »… n'est pas valide/);
    const missing: MoneyError = {
      code: 'money/amount_invalid',
      input: 'undefined',
      reason: 'wrong_type',
    };
    expect(formatError(missing, 'fr')).toMatch(/^Le montant undefined n'est pas valide/);
  });

  it('never shows straight double quotes in French', () => {
    for (const error of samples) expect(formatError(error, 'fr')).not.toContain('"');
  });
});
