import type { CurrencyCode, MoneyJson } from '../money/index.js';

/** Where an issue sits in the input: property names and array indexes from the order's root. */
export type OrderIssuePath = readonly (string | number)[];

/** A JSON type the order schemas ask for; `'integer'` is a safe integer. */
export type SchemaValueType = 'integer' | 'number' | 'string' | 'boolean' | 'object' | 'array';

/**
 * A named text format of the order schemas (every pattern they use has one):
 * - `instant`: ISO 8601 date-time with seconds and an offset or `Z` (`placedAt`)
 * - `email`: an e-mail address
 * - `url`: an http or https URL
 * - `currency_code`: an active ISO 4217 code, upper case (`'EUR'`)
 * - `decimal`: an amount as decimal text, no exponent (`'12.50'`)
 * - `country_code`: an ISO 3166-1 alpha-2 code, upper case (`'FR'`)
 * - `single_line`: one line without leading or trailing spaces (identifiers)
 * - `slug`: a lower-case slug of `a-z`, `0-9`, `.`, `_`, `-` (channel and carrier codes)
 * - `tax_rate`: a fraction from 0 to 1 as text, at most 6 decimals (`'0.2'`)
 * - `tracking_number`: letters, digits and hyphens
 * - `vat_number`: a two-letter prefix, then letters and digits, no spaces (`'FR40303265045'`)
 */
export type SchemaTextFormat =
  | 'instant'
  | 'email'
  | 'url'
  | 'currency_code'
  | 'decimal'
  | 'country_code'
  | 'single_line'
  | 'slug'
  | 'tax_rate'
  | 'tracking_number'
  | 'vat_number';

/** What a bound limits: a text's length in characters, an array's items, or a number's value. */
export type SchemaBoundSubject = 'length' | 'items' | 'value';

/**
 * What the order schema expected at the issue's path, as data (`formatError` words it):
 * - `type`: a value of that JSON type
 * - `min` / `max`: `of` (length, items or value) at least / at most `bound`, `bound` itself
 *   allowed when `inclusive`
 * - `format`: text in that named format
 * - `one_of`: one of `total` allowed values; `values` lists them, or only the first ones when
 *   there are more than 12
 * - `multiple_of`: a multiple of `divisor`
 * - `amount_range`: an amount whose absolute value is below `maxAbsExclusive`, with at most
 *   `maxFractionDigits` significant decimals (see `moneyLimits`)
 * - `known_key`: no such key here (the key is not part of the order format)
 * - `plain_data`: plain JSON data (the input could not be read: a getter or a proxy threw)
 * - `valid_value`: any other rule of the schema
 */
export type SchemaExpectation =
  | { readonly kind: 'type'; readonly type: SchemaValueType }
  | {
      readonly kind: 'min' | 'max';
      readonly of: SchemaBoundSubject;
      readonly bound: number;
      readonly inclusive: boolean;
    }
  | { readonly kind: 'format'; readonly format: SchemaTextFormat }
  | { readonly kind: 'one_of'; readonly values: readonly string[]; readonly total: number }
  | { readonly kind: 'multiple_of'; readonly divisor: number }
  | {
      readonly kind: 'amount_range';
      readonly maxAbsExclusive: string;
      readonly maxFractionDigits: number;
    }
  | { readonly kind: 'known_key' }
  | { readonly kind: 'plain_data' }
  | { readonly kind: 'valid_value' };

/**
 * What the input held at the issue's path, as data. It never quotes text (which may be
 * personal data): strings and arrays give their `length` only; numbers and booleans their
 * `value`.
 * - `missing`: no such property (or the path leads nowhere)
 * - `undefined`, `null`, `nan`, `object`: that value
 * - `infinity`: `Infinity`, or `-Infinity` when `negative` (JSON `1e400` reads as `Infinity`)
 * - `number` (finite), `boolean`: with the `value`
 * - `string` (`length` in UTF-16 code units, as zod counts), `array` (`length` in items)
 * - `other`: a value JSON cannot hold, by its `typeof`
 * - `unreadable`: reading it threw (a getter or a revoked proxy)
 */
export type ReceivedValue =
  | { readonly kind: 'missing' | 'undefined' | 'null' | 'nan' | 'object' | 'unreadable' }
  | { readonly kind: 'infinity'; readonly negative: boolean }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'string' | 'array'; readonly length: number }
  | { readonly kind: 'other'; readonly type: 'bigint' | 'symbol' | 'function' };

/**
 * A value does not match the order schema (wrong type, out of range, bad format, unknown key…).
 *
 * `expected` comes from the schema, `received` from the input; both are typed data that never
 * hold the input's text, so the issue is safe to log.
 *
 * @example
 * ```ts
 * // `lines[0].quantities.ordered: 1.5`
 * const issue: OrderSchemaInvalid = {
 *   code: 'order/schema_invalid',
 *   path: ['lines', 0, 'quantities', 'ordered'],
 *   expected: { kind: 'type', type: 'integer' },
 *   received: { kind: 'number', value: 1.5 },
 * };
 * ```
 */
export interface OrderSchemaInvalid {
  readonly code: 'order/schema_invalid';
  readonly path: OrderIssuePath;
  readonly expected: SchemaExpectation;
  readonly received: ReceivedValue;
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
  /** The value given, as data. */
  readonly received: ReceivedValue;
}

/** Every error value of the order module: the issues returned plus the option errors thrown. */
export type OrderError = OrderIssue | OrderOptionInvalid;
