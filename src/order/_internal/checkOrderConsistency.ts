import type { z } from 'zod';
import type { CurrencyCode } from '../../money/index.js';
import {
  currencyMismatchParams,
  lineIdDuplicateParams,
  parcelLineUnknownParams,
} from './customIssues.js';

interface AmountLike {
  readonly currency: CurrencyCode;
}

/** The parts of an order the cross-field rules read (structural, to keep files acyclic). */
export interface OrderLike {
  readonly currency: CurrencyCode;
  readonly lines: readonly {
    readonly lineId: string;
    readonly unitPrice?: AmountLike | undefined;
    readonly lineTotal?: AmountLike | undefined;
    readonly tax?: AmountLike | undefined;
    readonly discount?: AmountLike | undefined;
  }[];
  readonly totals: Readonly<Record<string, unknown>>;
  readonly parcels?:
    | readonly {
        readonly parcelId: string;
        readonly lines: readonly { readonly lineId: string }[];
      }[]
    | undefined;
}

const lineAmountKeys = ['unitPrice', 'lineTotal', 'tax', 'discount'] as const;
const totalsAmountKeys = [
  'products',
  'shipping',
  'shippingTax',
  'tax',
  'discount',
  'grandTotal',
  'paid',
] as const;

function isAmount(value: unknown): value is AmountLike {
  return typeof value === 'object' && value !== null && 'currency' in value;
}

/**
 * The order-wide rules of `OrderSchema`, as a zod refinement: line ids are unique, every
 * amount is in the order's currency, and parcels only name lines of the order.
 */
export function checkOrderConsistency(order: OrderLike, ctx: z.core.$RefinementCtx): void {
  const firstIndexById = new Map<string, number>();
  order.lines.forEach((line, index) => {
    const first = firstIndexById.get(line.lineId);
    if (first === undefined) firstIndexById.set(line.lineId, index);
    else {
      ctx.addIssue({
        code: 'custom',
        path: ['lines', index, 'lineId'],
        message: 'order/line_id_duplicate',
        params: lineIdDuplicateParams(line.lineId, first),
      });
    }
    for (const key of lineAmountKeys) {
      const amount = line[key];
      if (amount !== undefined && amount.currency !== order.currency) {
        ctx.addIssue({
          code: 'custom',
          path: ['lines', index, key],
          message: 'order/currency_mismatch',
          params: currencyMismatchParams(order.currency, amount.currency),
        });
      }
    }
  });
  for (const key of totalsAmountKeys) {
    const amount = order.totals[key];
    if (isAmount(amount) && amount.currency !== order.currency) {
      ctx.addIssue({
        code: 'custom',
        path: ['totals', key],
        message: 'order/currency_mismatch',
        params: currencyMismatchParams(order.currency, amount.currency),
      });
    }
  }
  order.parcels?.forEach((parcel, parcelIndex) => {
    parcel.lines.forEach((line, lineIndex) => {
      if (!firstIndexById.has(line.lineId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['parcels', parcelIndex, 'lines', lineIndex, 'lineId'],
          message: 'order/parcel_line_unknown',
          params: parcelLineUnknownParams(parcel.parcelId, line.lineId),
        });
      }
    });
  });
}
