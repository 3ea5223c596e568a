import type { Decimal } from 'decimal.js';
import { err, ok, type Result } from '../../result/index.js';
import type { MoneyAmountInvalid, MoneyAmountOutOfRange } from '../errors.js';
import { moneyLimits } from '../limits.js';
import { D } from './decimal.js';
import { describeInput } from './describeInput.js';

const plainDecimal = /^-?\d+(?:\.\d+)?$/;
const exponentDecimal = /^[+-]?(?:\d+\.?\d*|\.\d+)[eE][+-]?\d+$/;
const nonFinite = /^[+-]?(?:Infinity|NaN)$/i;
const maxAbs = new D(moneyLimits.maxAbsExclusive);

function invalid(
  value: unknown,
  reason: MoneyAmountInvalid['reason'],
): Result<never, MoneyAmountInvalid> {
  return err({ code: 'money/amount_invalid', input: describeInput(value), reason });
}

/** Reads a plain decimal string (already trimmed or not) into an exact Decimal. */
function readString(raw: string, original: unknown): Result<Decimal, MoneyAmountInvalid> {
  const text = raw.trim();
  if (text === '') return invalid(original, 'empty');
  if (text.length > moneyLimits.maxLength) return invalid(original, 'too_long');
  if (plainDecimal.test(text)) return ok(new D(text));
  if (nonFinite.test(text)) return invalid(original, 'not_finite');
  if (exponentDecimal.test(text)) return invalid(original, 'exponent_notation');
  return invalid(original, 'not_a_decimal');
}

/**
 * Reads a decimal from untrusted data: a string or a finite number, exactly. Numbers are read
 * from their shortest round-trip text (`String(n)`), so `0.1` is exactly one tenth. Anything
 * else (including objects that look like Decimals) is `wrong_type`. Never throws.
 */
function readUntrustedDecimal(value: unknown): Result<Decimal, MoneyAmountInvalid> {
  if (typeof value === 'string') return readString(value, value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return invalid(value, 'not_finite');
    return ok(new D(Object.is(value, -0) ? 0 : String(value)));
  }
  return invalid(value, 'wrong_type');
}

const decimalText = /^-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/** Reads a Decimal made by another copy of decimal.js, through its text. */
function readForeignDecimal(value: object): Result<Decimal, MoneyAmountInvalid> {
  let text: unknown;
  try {
    text = (value as { toString: () => unknown }).toString();
  } catch {
    text = undefined;
  }
  if (typeof text !== 'string') return invalid(value, 'wrong_type');
  if (nonFinite.test(text)) return invalid(text, 'not_finite');
  return decimalText.test(text) ? ok(new D(text)) : invalid(value, 'wrong_type');
}

/**
 * Reads a decimal given in code (`DecimalInput`): the rules of {@link readUntrustedDecimal}
 * plus Decimal values, from ordokit's decimal.js or another copy of it. Never throws.
 */
export function readDecimal(value: unknown): Result<Decimal, MoneyAmountInvalid> {
  if (value instanceof D) {
    const decimal: Decimal = value;
    if (!decimal.isFinite()) return invalid(decimal.toString(), 'not_finite');
    return ok(new D(decimal));
  }
  if (typeof value === 'object' && value !== null && D.isDecimal(value)) {
    return readForeignDecimal(value);
  }
  return readUntrustedDecimal(value);
}

/** Checks that a decimal read from input is within {@link moneyLimits}; drops a negative zero. */
export function checkRange(
  value: Decimal,
  original: unknown,
): Result<Decimal, MoneyAmountOutOfRange> {
  const reason = value.abs().gte(maxAbs)
    ? 'too_large'
    : value.decimalPlaces() > moneyLimits.maxFractionDigits
      ? 'too_many_decimals'
      : undefined;
  if (reason !== undefined) {
    return err({
      code: 'money/amount_out_of_range',
      input: describeInput(original),
      reason,
      maxAbsExclusive: moneyLimits.maxAbsExclusive,
      maxFractionDigits: moneyLimits.maxFractionDigits,
    });
  }
  return ok(value.isZero() ? new D(0) : value);
}

/** Reads an amount from untrusted data and checks its range (the rules of `parseMoney`). */
export function readAmount(
  value: unknown,
): Result<Decimal, MoneyAmountInvalid | MoneyAmountOutOfRange> {
  const read = readUntrustedDecimal(value);
  return read.ok ? checkRange(read.value, value) : read;
}

/** Reads an amount given in code and checks its range (the rules of `money`). */
export function readAmountInput(
  value: unknown,
): Result<Decimal, MoneyAmountInvalid | MoneyAmountOutOfRange> {
  const read = readDecimal(value);
  return read.ok ? checkRange(read.value, value) : read;
}
