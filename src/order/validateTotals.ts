import type { Result } from '../result/index.js';
import type { OrderIssue } from './errors.js';
import { parseOrder } from './parseOrder.js';
import {
  checkTotals,
  readTotalsSettings,
  type TotalsReport,
  type ValidateTotalsOptions,
} from './_internal/checkTotals.js';

export type { TotalsReport, ValidateTotalsOptions } from './_internal/checkTotals.js';

/**
 * Checks that an order's amounts add up, in its currency, and names the amount to fix when
 * they do not. It parses the order first (see `parseOrder`): schema issues come back as
 * issues, it never throws on data.
 *
 * Equations (docs/validation.md): each line's `lineTotal = unitPrice × ordered` (when both are
 * given); `products = Σ line amounts`; `tax = Σ line taxes + shippingTax`, line taxes computed
 * from `taxRate` when not given, rounded per line or, per order, computed once per rate on the
 * summed bases, as `taxRounding` says;
 * `grandTotal = products + shipping + tax − discount` (tax-exclusive prices) or
 * `products + shipping − discount` (tax-inclusive); `paid = grandTotal`.
 *
 * Each `order/totals_mismatch` names in `component` the amount that, alone, explains the
 * failing equations; an amount confirmed by an equation that holds is never blamed. When
 * several amounts explain them equally (shipping or discount), `component` is the most likely
 * and `candidates` lists them all.
 *
 * @param order - an order as untrusted data (or a parsed `Order`)
 * @param options - tolerance in minor units (default 0) and rounding mode (default half_even)
 * @returns the computed figures, or the issues (schema issues, or totals mismatches)
 * @throws OrdokitError `order/option_invalid` when `toleranceMinorUnits` is not a safe integer
 *   ≥ 0, `money/rounding_mode_invalid` for an unknown rounding mode
 * @example
 * ```ts
 * const checked = validateTotals(order, { toleranceMinorUnits: 1 });
 * if (!checked.ok) for (const issue of checked.error) console.log(formatError(issue));
 * ```
 */
export function validateTotals(
  order: unknown,
  options: ValidateTotalsOptions = {},
): Result<TotalsReport, readonly OrderIssue[]> {
  const settings = readTotalsSettings(options);
  const parsed = parseOrder(order);
  return parsed.ok ? checkTotals(parsed.value, settings) : parsed;
}
