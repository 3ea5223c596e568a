import {
  validateAddress,
  type AddressIssue,
  type ValidateAddressOptions,
} from '../address/index.js';
import { err, ok, type Result } from '../result/index.js';
import type { OrderIssue } from './errors.js';
import { parseOrder } from './parseOrder.js';
import type { Order } from './schema.js';
import type { TotalsReport, ValidateTotalsOptions } from './validateTotals.js';
import { checkTotals, readTotalsSettings } from './_internal/checkTotals.js';

/** Options of {@link validateOrder}. */
export interface ValidateOrderOptions {
  /** Options for the totals check (tolerance, rounding mode). */
  readonly totals?: ValidateTotalsOptions;
  /** Options for the address checks (the path is set by `validateOrder`). */
  readonly address?: Omit<ValidateAddressOptions, 'path'>;
}

/** Any issue {@link validateOrder} can report: an order issue or an address issue. */
export type OrderValidationIssue = OrderIssue | AddressIssue;

/** An order that passed {@link validateOrder}: addresses normalised, totals computed. */
export interface ValidatedOrder {
  /** The order, with its addresses normalised (phones in E.164, regions filled in). */
  readonly order: Order;
  /** The figures the totals check computed. */
  readonly totals: TotalsReport;
}

const addressFields = ['shippingAddress', 'billingAddress'] as const;

/** Whether two values are objects with the same own keys holding the same strings. */
function sameFlatRecord(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return false;
  const left = Object.entries(a);
  if (left.length !== Object.keys(b).length) return false;
  return left.every(
    ([key, value]) =>
      typeof value === 'string' &&
      Object.hasOwn(b, key) &&
      (b as Record<string, unknown>)[key] === value,
  );
}

/** `Object.hasOwn` that never throws: a revoked Proxy has no fields. */
function hasOwnSafely(record: object, key: string): boolean {
  try {
    return Object.hasOwn(record, key);
  } catch {
    return false;
  }
}

/**
 * Runs every capture-time check on an order at once and returns every issue found: the
 * schema (`parseOrder`), the shipping and billing addresses for their country
 * (`validateAddress`, issue paths prefixed with the field name) and the totals
 * (the checks of `validateTotals`, on the order parsed once). Never throws on data.
 *
 * When the order's shape is broken, the addresses are still checked, so that one answer tells
 * the operator everything to fix; totals are only checked on a well-formed order.
 *
 * @param input - an order as untrusted data
 * @param options - options for the totals and address checks
 * @returns the order with normalised addresses and the computed totals, or every issue
 * @throws OrdokitError only for invalid options (see {@link validateTotals})
 * @example
 * ```ts
 * const result = validateOrder(payload);
 * if (!result.ok) {
 *   for (const issue of result.error) console.log(issue.code, formatError(issue, 'fr'));
 * }
 * ```
 */
export function validateOrder(
  input: unknown,
  options: ValidateOrderOptions = {},
): Result<ValidatedOrder, readonly OrderValidationIssue[]> {
  const settings = readTotalsSettings(options.totals ?? {});
  const parsed = parseOrder(input);
  const issues: OrderValidationIssue[] = parsed.ok ? [] : [...parsed.error];
  const record: Readonly<Record<string, unknown>> = parsed.ok
    ? parsed.value
    : typeof input === 'object' && input !== null
      ? (input as Readonly<Record<string, unknown>>)
      : {};
  const addresses: Partial<Record<(typeof addressFields)[number], Order['shippingAddress']>> = {};
  for (const field of addressFields) {
    if (!hasOwnSafely(record, field)) continue;
    // Shape issues of an address are already reported by the schema: do not repeat them.
    if (!parsed.ok && parsed.error.some((i) => 'path' in i && i.path[0] === field)) continue;
    // A billing address equal to the valid shipping address (the common case) normalises the
    // same: its phone is not parsed twice.
    const shipping = addresses.shippingAddress;
    if (field === 'billingAddress' && shipping !== undefined) {
      if (sameFlatRecord(record[field], record.shippingAddress)) {
        addresses[field] = shipping;
        continue;
      }
    }
    const checked = validateAddress(record[field], { ...options.address, path: [field] });
    if (checked.ok) addresses[field] = checked.value;
    else issues.push(...checked.error);
  }
  if (!parsed.ok) return err(issues);
  const totals = checkTotals(parsed.value, settings);
  if (!totals.ok) return err([...issues, ...totals.error]);
  if (issues.length > 0) return err(issues);
  return ok({ order: { ...parsed.value, ...addresses }, totals: totals.value });
}
