import type { CurrencyCode } from './currencies.js';

/** Why an amount could not be read. */
export type AmountInvalidReason =
  'wrong_type' | 'empty' | 'not_a_decimal' | 'exponent_notation' | 'not_finite' | 'too_long';

/** An amount is not a plain decimal string or a finite number. */
export interface MoneyAmountInvalid {
  readonly code: 'money/amount_invalid';
  /** A short description of the input (its text, cut to 40 characters, or its type). */
  readonly input: string;
  readonly reason: AmountInvalidReason;
}

/** An amount is a number, but too large or with too many decimals for ordokit. */
export interface MoneyAmountOutOfRange {
  readonly code: 'money/amount_out_of_range';
  readonly input: string;
  readonly reason: 'too_large' | 'too_many_decimals';
  /** The exclusive bound on the absolute value, as a decimal string (`'1000000000000000'`). */
  readonly maxAbsExclusive: string;
  /** The largest number of significant decimals accepted. */
  readonly maxFractionDigits: number;
}

/** A currency is not an active ISO 4217 code. */
export interface MoneyCurrencyUnknown {
  readonly code: 'money/currency_unknown';
  /** A short description of the value given as currency. */
  readonly currency: string;
}

/** Two amounts in different currencies were combined. */
export interface MoneyCurrencyMismatch {
  readonly code: 'money/currency_mismatch';
  readonly expected: CurrencyCode;
  readonly actual: CurrencyCode;
  /** The operation that refused the mix, e.g. `'addMoney'`. */
  readonly operation: string;
}

/** An amount in minor units is not an integer. */
export interface MoneyMinorUnitsInvalid {
  readonly code: 'money/minor_units_invalid';
  readonly input: string;
  readonly reason: 'wrong_type' | 'not_an_integer' | 'unsafe_integer' | 'too_long';
}

/** A number of decimals given as an option is not an integer from 0 to `max`. */
export interface MoneyFractionDigitsInvalid {
  readonly code: 'money/fraction_digits_invalid';
  readonly fractionDigits: number;
  /** The largest value the operation accepts (100, or 20 for `formatMoney`). */
  readonly max: number;
}

/** A rounding mode given at run time is not one of `RoundingMode`. */
export interface MoneyRoundingModeInvalid {
  readonly code: 'money/rounding_mode_invalid';
  readonly mode: string;
}

/** Why a list of allocation weights was refused. */
export type AllocationInvalidReason =
  | 'no_weights'
  | 'weight_invalid'
  | 'weight_not_finite'
  | 'weight_negative'
  | 'weight_out_of_range'
  | 'all_weights_zero';

/** `allocateMoney` was given weights it cannot split by. */
export interface MoneyAllocationInvalid {
  readonly code: 'money/allocation_invalid';
  readonly reason: AllocationInvalidReason;
  /** The index of the offending weight, when one weight is at fault. */
  readonly index?: number;
}

/** Every error value of the money module. */
export type MoneyError =
  | MoneyAmountInvalid
  | MoneyAmountOutOfRange
  | MoneyCurrencyUnknown
  | MoneyCurrencyMismatch
  | MoneyMinorUnitsInvalid
  | MoneyFractionDigitsInvalid
  | MoneyRoundingModeInvalid
  | MoneyAllocationInvalid;
