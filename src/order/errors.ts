import type { CurrencyCode, MoneyJson } from '../money/index.js';

/** Where an issue sits in the input: property names and array indexes from the order's root. */
export type OrderIssuePath = readonly (string | number)[];

/**
 * A value does not match the order schema (wrong type, out of range, bad format, unknown key…).
 *
 * `expected` and `received` are short descriptions derived from the schema and from the input
 * (`'integer'`, `'>= 0'`, `'one of: line, order'` / `'number -1'`, `'NaN'`, `'string'`); they
 * never hold the input's text, so they are safe to log.
 */
export interface OrderSchemaInvalid {
  readonly code: 'order/schema_invalid';
  readonly path: OrderIssuePath;
  readonly expected?: string;
  readonly received?: string;
}

/** Two lines of one order share a `lineId`. */
export interface OrderLineIdDuplicate {
  readonly code: 'order/line_id_duplicate';
  /** Path of the second occurrence's `lineId`. */
  readonly path: OrderIssuePath;
  readonly lineId: string;
  /** Index in `lines` of the first line with this id. */
  readonly firstIndex: number;
}

/** A line has neither a `unitPrice` nor a `lineTotal`. */
export interface OrderLinePriceMissing {
  readonly code: 'order/line_price_missing';
  readonly path: OrderIssuePath;
  readonly lineId: string;
}

/** An amount is in another currency than the order. */
export interface OrderCurrencyMismatch {
  readonly code: 'order/currency_mismatch';
  /** Path of the amount (the `{ amount, currency }` object). */
  readonly path: OrderIssuePath;
  /** The order's currency. */
  readonly expected: CurrencyCode;
  /** The amount's currency. */
  readonly actual: CurrencyCode;
}

/** A parcel refers to a `lineId` that is not a line of the order. */
export interface OrderParcelLineUnknown {
  readonly code: 'order/parcel_line_unknown';
  readonly path: OrderIssuePath;
  readonly parcelId: string;
  readonly lineId: string;
}

/**
 * An amount of the order that `validateTotals` can blame: a line amount (`unitPrice`,
 * `lineTotal` or `tax` of one line) or one of the order totals.
 */
export type TotalsComponent =
  'line' | 'products' | 'tax' | 'shipping' | 'shipping_tax' | 'discount' | 'grand_total' | 'paid';

/** Which amount of a line is meant when the component is `'line'`. */
export type LineAmountField = 'unitPrice' | 'lineTotal' | 'tax';

/**
 * An equation checked by `validateTotals` (see docs/validation.md):
 * - `line_total`: `lineTotal = unitPrice × quantities.ordered` (lines that give both)
 * - `line_tax`: a line's `tax` = its base × `taxRate`, rounded (per-line rounding only)
 * - `products`: `products = Σ line amounts`
 * - `tax`: `tax = Σ line taxes + shippingTax`
 * - `grand_total`: `grandTotal = products + shipping (+ tax when prices exclude it) − discount`
 * - `paid`: `paid = grandTotal`
 */
export type TotalsCheck = 'line_total' | 'line_tax' | 'products' | 'tax' | 'grand_total' | 'paid';

/**
 * The order's amounts do not add up. `component` names the amount to check: the one that, if
 * it alone were wrong, explains every failing equation (see docs/validation.md for the rule).
 *
 * `expected`, `actual` and `difference` describe the equation `check`: `actual` is what the
 * order states (its left side), `expected` what the other amounts make, and
 * `difference = actual − expected`. When several amounts are wrong, each issue's figures are
 * computed with the amounts named by the issues before it already repaired.
 */
export interface OrderTotalsMismatch {
  readonly code: 'order/totals_mismatch';
  /** The most likely wrong amount. */
  readonly component: TotalsComponent;
  /**
   * The line at fault, when `component` is `'line'` and one line alone explains it (always set
   * for the `line_total` and `line_tax` checks: they are about that line).
   */
  readonly lineId?: string;
  /** Which amount of that line, when `lineId` is set. */
  readonly lineField?: LineAmountField;
  /** The equation whose figures `expected`, `actual` and `difference` give. */
  readonly check: TotalsCheck;
  /** Whether the order's prices include tax (it changes the `grand_total` equation). */
  readonly pricesIncludeTax: boolean;
  readonly expected: MoneyJson;
  readonly actual: MoneyJson;
  readonly difference: MoneyJson;
  /**
   * Every component that alone would explain the same failures, `component` first; present only
   * when more than one amount would (several lines count once, as `'line'`: then `lineId` is
   * absent).
   */
  readonly candidates?: readonly TotalsComponent[];
}

/** Every issue `parseOrder` and `validateTotals` return. */
export type OrderIssue =
  | OrderSchemaInvalid
  | OrderLineIdDuplicate
  | OrderLinePriceMissing
  | OrderCurrencyMismatch
  | OrderParcelLineUnknown
  | OrderTotalsMismatch;

/** A `validateTotals` option is out of its domain (a programmer error: thrown, not returned). */
export interface OrderOptionInvalid {
  readonly code: 'order/option_invalid';
  readonly option: 'toleranceMinorUnits';
  /** A short description of the value given. */
  readonly received: string;
}

/** Every error value of the order module: the issues returned plus the option errors thrown. */
export type OrderError = OrderIssue | OrderOptionInvalid;
