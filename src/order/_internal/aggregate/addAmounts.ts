import { getCurrency, type MoneyJson } from '../../../money/index.js';

const plainDecimal = /^(-?)(\d+)(?:\.(\d+))?$/;

/** A decimal text split: sign, integer digits, fraction digits. */
interface Parts {
  readonly negative: boolean;
  readonly whole: string;
  readonly fraction: string;
}

function split(text: string): Parts | undefined {
  const m = plainDecimal.exec(text);
  if (m === null) return undefined;
  return { negative: m[1] === '-', whole: m[2] ?? '0', fraction: m[3] ?? '' };
}

/** The digits of `p` scaled to `scale` decimals, as text (`12.5` at scale 2 → `'1250'`). */
function scaledDigits(p: Parts, scale: number): string {
  return p.whole + p.fraction + '0'.repeat(scale - p.fraction.length);
}

/** Writes `units / 10^scale` with at least `minor` decimals, like `moneyToJSON`. */
function write(units: bigint | number, scale: number, minor: number): string {
  let u = units;
  let s = scale;
  // Trailing zeros beyond the minor units are not significant.
  while (s > minor && (typeof u === 'number' ? u % 10 === 0 : u % 10n === 0n)) {
    u = typeof u === 'number' ? u / 10 : u / 10n;
    s--;
  }
  const negative = u < 0;
  let digits = (negative ? -u : u).toString();
  if (s < minor) {
    digits += '0'.repeat(minor - s);
    s = minor;
  }
  digits = digits.padStart(s + 1, '0');
  const whole = digits.slice(0, digits.length - s);
  const text = s === 0 ? whole : `${whole}.${digits.slice(digits.length - s)}`;
  return negative ? `-${text}` : text;
}

/** Below this many digits, scaled amounts and their sum are exact JavaScript integers. */
const SAFE_DIGITS = 15;

/**
 * `a + b` for amounts of the aggregate's own data, exactly, written as `moneyToJSON` writes
 * it: padded to the currency's minor units, further decimals kept only when significant.
 * Integer arithmetic on the scaled digits (numbers when they are short enough to be exact,
 * bigint otherwise): `apply` runs it for every refund, and decimal.js is 20 times slower.
 * Returns `a` unchanged when the currencies differ or an amount is not plain decimal text
 * (`apply` is total; `decide` never emits such events).
 */
export function addAmounts(a: MoneyJson, b: MoneyJson): MoneyJson {
  const x = split(a.amount);
  const y = split(b.amount);
  if (x === undefined || y === undefined || a.currency !== b.currency) return a;
  const scale = Math.max(x.fraction.length, y.fraction.length);
  const minor = getCurrency(a.currency)?.minorUnits ?? 0;
  const dx = scaledDigits(x, scale);
  const dy = scaledDigits(y, scale);
  if (dx.length <= SAFE_DIGITS && dy.length <= SAFE_DIGITS) {
    const sum = (x.negative ? -1 : 1) * Number(dx) + (y.negative ? -1 : 1) * Number(dy);
    return { amount: write(sum, scale, minor), currency: a.currency };
  }
  const sum = (x.negative ? -BigInt(dx) : BigInt(dx)) + (y.negative ? -BigInt(dy) : BigInt(dy));
  return { amount: write(sum, scale, minor), currency: a.currency };
}
