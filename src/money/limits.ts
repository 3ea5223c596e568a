/**
 * The bounds ordokit puts on amounts it reads (parsing, `money()`, minor units):
 * |amount| < 10^15 (a thousand trillion), at most 20 significant decimals, and at most 64
 * characters of text. Results of arithmetic are exact and not bounded.
 */
export const moneyLimits = Object.freeze({
  /** Exclusive bound on the absolute value of an amount read from input. */
  maxAbsExclusive: '1000000000000000',
  /** Largest number of significant decimals accepted in input (trailing zeros do not count). */
  maxFractionDigits: 20,
  /** Longest accepted text of an amount or a minor-unit count, after trimming. */
  maxLength: 64,
} as const);
