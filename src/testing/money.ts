import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { currencyCodes, getCurrency, money } from '../money/index.js';
import type { CurrencyCode, Money } from '../money/index.js';

/** Options of {@link arbitraryMoney}. */
export interface ArbitraryMoneyOptions {
  /** Draw amounts in this currency only (default: any ISO 4217 code). */
  readonly currency?: CurrencyCode;
  /** Smallest amount, as plain decimal text (default `'-1000000'`). */
  readonly min?: string;
  /** Largest amount, as plain decimal text (default `'1000000'`). */
  readonly max?: string;
  /** Decimals of the drawn amounts (default: the currency's ISO minor units; at most 20). */
  readonly fractionDigits?: number;
}

/**
 * A fast-check arbitrary of active ISO 4217 codes (every code of ordokit's table).
 *
 * @returns an arbitrary of `CurrencyCode`
 * @example
 * ```ts
 * fc.assert(fc.property(arbitraryCurrencyCode(), (code) => getCurrency(code) !== undefined));
 * ```
 */
export function arbitraryCurrencyCode(): fc.Arbitrary<CurrencyCode> {
  return fc.constantFrom(...currencyCodes);
}

function toUnits(text: string, digits: number, round: 'floor' | 'ceil'): bigint {
  if (!/^-?\d+(?:\.\d+)?$/.test(text)) {
    throw new RangeError(`arbitraryMoney: "${text}" is not a plain decimal`);
  }
  const scaled = new Decimal(text).times(new Decimal(10).pow(digits));
  const rounded = round === 'floor' ? scaled.floor() : scaled.ceil();
  return BigInt(rounded.toFixed(0));
}

function fromUnits(units: bigint, digits: number): Decimal {
  return new Decimal(`${units.toString()}e-${String(digits)}`);
}

/**
 * A fast-check arbitrary of Money, for property suites: amounts between `min` and `max`
 * (inclusive) with exactly the currency's minor units (or `fractionDigits`) of precision, so
 * `12.34` EUR but never `12.345` EUR by default.
 *
 * @param options - currency, bounds and decimals
 * @returns an arbitrary of frozen Money values
 * @throws RangeError when `min` or `max` is not plain decimal text, `min` > `max` once aligned
 *   to the unit, or `fractionDigits` is not an integer from 0 to 20; OrdokitError when a
 *   bound is beyond `moneyLimits`
 * @example
 * ```ts
 * fc.assert(
 *   fc.property(arbitraryMoney({ currency: 'EUR', min: '0' }), (m) => !isNegativeMoney(m)),
 * );
 * ```
 */
export function arbitraryMoney(options: ArbitraryMoneyOptions = {}): fc.Arbitrary<Money> {
  const { currency, min = '-1000000', max = '1000000', fractionDigits } = options;
  if (
    fractionDigits !== undefined &&
    !(Number.isInteger(fractionDigits) && fractionDigits >= 0 && fractionDigits <= 20)
  ) {
    throw new RangeError('arbitraryMoney: fractionDigits must be an integer from 0 to 20');
  }
  const forCurrency = (code: CurrencyCode): fc.Arbitrary<Money> => {
    const digits = fractionDigits ?? getCurrency(code)?.minorUnits ?? 2;
    const low = toUnits(min, digits, 'ceil');
    const high = toUnits(max, digits, 'floor');
    if (low > high) throw new RangeError(`arbitraryMoney: no amount between ${min} and ${max}`);
    // Build both bounds once, so a bound beyond moneyLimits fails here, not mid-run.
    money(fromUnits(low, digits), code);
    money(fromUnits(high, digits), code);
    return fc.bigInt({ min: low, max: high }).map((units) => money(fromUnits(units, digits), code));
  };
  return currency === undefined
    ? arbitraryCurrencyCode().chain(forCurrency)
    : forCurrency(currency);
}
