import { z } from 'zod';
import { currencyCodes } from './currencies.js';
import { moneyLimits } from './limits.js';
import { checkRange } from './_internal/readDecimal.js';
import { D } from './_internal/decimal.js';

const plainDecimal = /^-?\d+(?:\.\d+)?$/;

/** An active ISO 4217 alphabetic code (case-sensitive), such as `'EUR'`. */
export const CurrencyCodeSchema = z.enum(currencyCodes);

/**
 * A decimal amount as text in plain notation: `^-?\d+(\.\d+)?$`, at most 64 characters,
 * |value| < 10^15 and at most 20 significant decimals (see `moneyLimits`). No exponent, no
 * surrounding spaces, no `+` sign. Amounts are never JSON numbers in ordokit schemas.
 */
export const DecimalStringSchema = z
  .string()
  .max(moneyLimits.maxLength)
  .regex(plainDecimal, { error: 'Expected a plain decimal such as "12.50"' })
  .refine((text) => !plainDecimal.test(text) || checkRange(new D(text), text).ok, {
    error: `Expected |amount| < ${moneyLimits.maxAbsExclusive} with at most ${String(moneyLimits.maxFractionDigits)} decimals`,
  });

/** The serialised form of Money used in every ordokit schema: `{ amount: '12.50', currency: 'EUR' }`. */
export const MoneyJsonSchema = z.object({
  amount: DecimalStringSchema,
  currency: CurrencyCodeSchema,
});

/** The serialised form of Money: a decimal string and an ISO 4217 code. */
export type MoneyJson = z.infer<typeof MoneyJsonSchema>;
