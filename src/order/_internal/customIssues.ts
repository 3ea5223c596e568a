import type { CurrencyCode } from '../../money/index.js';
import type {
  OrderCurrencyMismatch,
  OrderLineIdDuplicate,
  OrderLinePriceMissing,
  OrderParcelLineUnknown,
} from '../errors.js';

/** An issue found by a cross-field rule of the order schemas. */
type CrossFieldIssue =
  OrderLineIdDuplicate | OrderLinePriceMissing | OrderCurrencyMismatch | OrderParcelLineUnknown;

type WithoutPath<T> = T extends unknown ? Omit<T, 'path'> : never;

/** A cross-field issue without its path (zod adds the path to the custom issue). */
export type CrossFieldDetail = WithoutPath<CrossFieldIssue>;

/** The key under which a typed issue travels in a zod custom issue's `params`. */
const key = 'ordokitOrderIssue';

const codes: ReadonlySet<string> = new Set<CrossFieldDetail['code']>([
  'order/line_id_duplicate',
  'order/line_price_missing',
  'order/currency_mismatch',
  'order/parcel_line_unknown',
]);

function wrap(detail: CrossFieldDetail): Record<string, CrossFieldDetail> {
  return { [key]: detail };
}

/** Params of the custom issue raised when a line has no price. */
export function linePriceMissingParams(lineId: string): Record<string, CrossFieldDetail> {
  return wrap({ code: 'order/line_price_missing', lineId });
}

/** Params of the custom issue raised when a `lineId` is used twice. */
export function lineIdDuplicateParams(
  lineId: string,
  firstIndex: number,
): Record<string, CrossFieldDetail> {
  return wrap({ code: 'order/line_id_duplicate', lineId, firstIndex });
}

/** Params of the custom issue raised when an amount is not in the order's currency. */
export function currencyMismatchParams(
  expected: CurrencyCode,
  actual: CurrencyCode,
): Record<string, CrossFieldDetail> {
  return wrap({ code: 'order/currency_mismatch', expected, actual });
}

/** Params of the custom issue raised when a parcel names a line the order does not have. */
export function parcelLineUnknownParams(
  parcelId: string,
  lineId: string,
): Record<string, CrossFieldDetail> {
  return wrap({ code: 'order/parcel_line_unknown', parcelId, lineId });
}

/** Reads back the typed issue carried by a custom issue's params, if there is one. */
export function readCrossFieldDetail(params: unknown): CrossFieldDetail | undefined {
  if (typeof params !== 'object' || params === null || !Object.hasOwn(params, key)) {
    return undefined;
  }
  const detail: unknown = (params as Record<string, unknown>)[key];
  if (typeof detail !== 'object' || detail === null) return undefined;
  const code: unknown = (detail as { code?: unknown }).code;
  return typeof code === 'string' && codes.has(code) ? (detail as CrossFieldDetail) : undefined;
}
