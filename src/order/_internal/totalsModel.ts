import { Decimal } from 'decimal.js';
import type { CurrencyCode, MoneyJson, RoundingMode } from '../../money/index.js';
import type { Order } from '../schema.js';

/**
 * The order module's decimal constructor: wide precision (amounts have at most 35 significant
 * digits, products with quantities about 51) and never exponent notation. It leaves
 * decimal.js's global configuration untouched.
 */
const Dec = Decimal.clone({
  precision: 100,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});

/** Zero, shared (decimals are immutable). */
export const ZERO: Decimal = new Dec(0);

/** decimal.js's constant for each rounding mode (the same table as the money module's). */
export const decimalRoundingOf: Readonly<Record<RoundingMode, Decimal.Rounding>> = Object.freeze({
  half_even: Decimal.ROUND_HALF_EVEN,
  half_up: Decimal.ROUND_HALF_UP,
  half_down: Decimal.ROUND_HALF_DOWN,
  up: Decimal.ROUND_UP,
  down: Decimal.ROUND_DOWN,
  ceil: Decimal.ROUND_CEIL,
  floor: Decimal.ROUND_FLOOR,
});

/** Tells whether a value is a rounding mode the money module knows. */
export function isRoundingMode(value: unknown): value is RoundingMode {
  return typeof value === 'string' && Object.hasOwn(decimalRoundingOf, value);
}

/** `10^n` for the minor units of ISO currencies (0 to 4), computed once. */
const powersOfTen: readonly Decimal[] = Object.freeze(
  [0, 1, 2, 3, 4].map((n) => new Dec(10).pow(n)),
);

/** The tolerance as an amount: `units × 10^-minorUnits`. */
export function toleranceAmount(units: number, minorUnits: number): Decimal {
  if (units === 0) return ZERO;
  return new Dec(units).div(powersOfTen[minorUnits] ?? new Dec(10).pow(minorUnits));
}

/** The amounts of one line, as decimals. */
export interface LineAmounts {
  readonly lineId: string;
  readonly ordered: number;
  readonly unitPrice: Decimal | undefined;
  readonly lineTotal: Decimal | undefined;
  readonly tax: Decimal | undefined;
  readonly taxRate: Decimal | undefined;
  readonly discount: Decimal;
}

/** The order totals, as decimals. */
export interface TotalsAmounts {
  readonly products: Decimal;
  readonly shipping: Decimal;
  readonly shippingTax: Decimal | undefined;
  readonly tax: Decimal;
  readonly discount: Decimal;
  readonly grandTotal: Decimal;
  readonly paid: Decimal;
}

/** What the equations depend on besides the amounts. */
export interface TotalsContext {
  readonly currency: CurrencyCode;
  readonly minorUnits: number;
  readonly pricesIncludeTax: boolean;
  readonly taxRounding: 'line' | 'order';
  readonly rounding: RoundingMode;
  /** The tolerance as an amount (`toleranceMinorUnits × 10^-minorUnits`). */
  readonly tolerance: Decimal;
}

/** An amount `validateTotals` can blame: a totals field, or one amount of one line. */
export type Slot =
  | { readonly kind: 'totals'; readonly field: keyof TotalsAmounts }
  | {
      readonly kind: 'line';
      readonly index: number;
      readonly field: 'unitPrice' | 'lineTotal' | 'tax';
    };

function toDecimal(json: MoneyJson): Decimal {
  return new Dec(json.amount);
}

function optional(json: MoneyJson | undefined): Decimal | undefined {
  return json === undefined ? undefined : toDecimal(json);
}

/** Reads a parsed order's amounts as decimals. */
export function readAmounts(order: Order): {
  lines: LineAmounts[];
  totals: TotalsAmounts;
} {
  const lines = order.lines.map((line): LineAmounts => ({
    lineId: line.lineId,
    ordered: line.quantities.ordered,
    unitPrice: optional(line.unitPrice),
    lineTotal: optional(line.lineTotal),
    tax: optional(line.tax),
    taxRate: line.taxRate === undefined ? undefined : new Dec(line.taxRate),
    discount: optional(line.discount) ?? ZERO,
  }));
  const t = order.totals;
  const totals: TotalsAmounts = {
    products: toDecimal(t.products),
    shipping: toDecimal(t.shipping),
    shippingTax: optional(t.shippingTax),
    tax: toDecimal(t.tax),
    discount: toDecimal(t.discount),
    grandTotal: toDecimal(t.grandTotal),
    paid: toDecimal(t.paid),
  };
  return { lines, totals };
}

/** Reads the current value of a slot (undefined when the order does not give that amount). */
export function readSlot(
  lines: readonly LineAmounts[],
  totals: TotalsAmounts,
  slot: Slot,
): Decimal | undefined {
  return slot.kind === 'totals' ? totals[slot.field] : lines[slot.index]?.[slot.field];
}

/** A stable key for a slot: `'shipping'`, `'line:0:unitPrice'`. */
export function slotKey(slot: Slot): string {
  return slot.kind === 'line' ? `line:${String(slot.index)}:${slot.field}` : slot.field;
}
