import { Decimal } from 'decimal.js';
import { OrdokitError } from '../../result/index.js';
import type { MoneyFractionDigitsInvalid, MoneyRoundingModeInvalid } from '../errors.js';
import type { RoundingMode } from '../types.js';
import { describeInput } from './describeInput.js';

const modes: Readonly<Record<RoundingMode, Decimal.Rounding>> = {
  half_even: Decimal.ROUND_HALF_EVEN,
  half_up: Decimal.ROUND_HALF_UP,
  half_down: Decimal.ROUND_HALF_DOWN,
  up: Decimal.ROUND_UP,
  down: Decimal.ROUND_DOWN,
  ceil: Decimal.ROUND_CEIL,
  floor: Decimal.ROUND_FLOOR,
};

/** The largest number of decimals accepted as an option. */
const MAX_FRACTION_DIGITS_OPTION = 100;

/** Maps a named rounding mode to decimal.js's constant; throws on an unknown name. */
export function toDecimalRounding(mode: RoundingMode): Decimal.Rounding {
  if (typeof mode === 'string' && Object.hasOwn(modes, mode)) return modes[mode];
  const detail: MoneyRoundingModeInvalid = {
    code: 'money/rounding_mode_invalid',
    mode: describeInput(mode),
  };
  throw new OrdokitError(detail, `Unknown rounding mode ${detail.mode}`);
}

/** Checks a number-of-decimals option: an integer from 0 to `max` (100); throws otherwise. */
export function checkFractionDigits(
  fractionDigits: number,
  max: number = MAX_FRACTION_DIGITS_OPTION,
): number {
  if (Number.isInteger(fractionDigits) && fractionDigits >= 0 && fractionDigits <= max) {
    return fractionDigits;
  }
  const detail: MoneyFractionDigitsInvalid = {
    code: 'money/fraction_digits_invalid',
    fractionDigits,
    max,
  };
  throw new OrdokitError(detail, `fractionDigits must be an integer from 0 to ${String(max)}`);
}
