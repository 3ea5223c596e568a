import type { RouteReason, WarehouseExplanation } from '../types.js';

type ReasonOf<C extends RouteReason['code']> = Extract<RouteReason, { readonly code: C }>;

// Reasons and explanations that many plans hold alike are made once and frozen, so plans can
// share them: a batch then allocates only what differs from one order to the next.

/** `complete`, shared by every plan. */
export const completeReason: ReasonOf<'complete'> = Object.freeze({ code: 'complete' });
/** `order_covered`, shared by every plan. */
export const orderCoveredReason: ReasonOf<'order_covered'> = Object.freeze({
  code: 'order_covered',
});
/** `split_not_allowed`, shared by every plan. */
export const splitNotAllowedReason: ReasonOf<'split_not_allowed'> = Object.freeze({
  code: 'split_not_allowed',
});
/** `order_held`, shared by every plan. */
export const orderHeldReason: ReasonOf<'order_held'> = Object.freeze({ code: 'order_held' });
/** `out_of_stock`, shared by every plan. */
export const outOfStockReason: ReasonOf<'out_of_stock'> = Object.freeze({ code: 'out_of_stock' });

/** A frozen explanation with one reason, for a warehouse rejected alike in many plans. */
export function freezeRejection(warehouseId: string, reason: RouteReason): WarehouseExplanation {
  return Object.freeze({
    warehouseId,
    verdict: 'rejected',
    reasons: Object.freeze([Object.freeze(reason)]),
  });
}

/** The reasons with a figure made so far in one routing call, by figure. */
export interface ReasonMemo {
  /** By units (figures are small: an array is the fastest index). */
  readonly balance: ReasonOf<'stock_balance'>[];
  readonly allocated: ReasonOf<'allocated'>[];
  /** By units, then by the order's total. */
  readonly partial: ReasonOf<'partial'>[][];
}

/** An empty memo, for one routing call. */
export const createReasonMemo = (): ReasonMemo => ({ balance: [], allocated: [], partial: [] });

/** Figures up to this are memoized; larger ones are rare and get their own reason. */
const largestMemoized = 4096;

/** Whether a figure is memoized: a whole number from 0 (not -0) to `largestMemoized`. */
export const isMemoized = (n: number): boolean =>
  Number.isInteger(n) && n <= largestMemoized && (n > 0 || Object.is(n, 0));

/** `stock_balance` with `units`, shared within a routing call. */
export function balanceReason(memo: ReasonMemo, units: number): ReasonOf<'stock_balance'> {
  if (!isMemoized(units)) return { code: 'stock_balance', units };
  return (memo.balance[units] ??= Object.freeze({ code: 'stock_balance', units }));
}

/** `allocated` with `units`, shared within a routing call. */
export function allocatedReason(memo: ReasonMemo, units: number): ReasonOf<'allocated'> {
  if (!isMemoized(units)) return { code: 'allocated', units };
  return (memo.allocated[units] ??= Object.freeze({ code: 'allocated', units }));
}

/** `partial` with `units` of `of`, shared within a routing call. */
export function partialReason(memo: ReasonMemo, units: number, of: number): ReasonOf<'partial'> {
  if (!isMemoized(units) || !isMemoized(of)) return { code: 'partial', units, of };
  const byTotal = (memo.partial[units] ??= []);
  return (byTotal[of] ??= Object.freeze({ code: 'partial', units, of }));
}
