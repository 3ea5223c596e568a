import {
  addMoney,
  allocateMoney,
  compareMoney,
  isNegativeMoney,
  isZeroMoney,
  multiplyMoney,
  parseMoneyJson,
  subtractMoney,
  zeroMoney,
  type CurrencyCode,
  type DecimalInput,
  type Money,
  type MoneyJson,
} from '../../../money/index.js';
import type { Order } from '../../schema.js';

/** What the buyer paid, split into the parts a refund is checked against. */
export interface PaidShares {
  /** `totals.paid`. */
  readonly total: Money;
  /** Shipping paid: `totals.shipping`, plus `totals.shippingTax` when prices exclude tax. */
  readonly shipping: Money;
  /** Each line's share of the goods paid, by line id (sums to `total − shipping`). */
  readonly lines: ReadonlyMap<string, Money>;
}

function read(json: MoneyJson | undefined, currency: CurrencyCode): Money {
  if (json === undefined) return zeroMoney(currency);
  const parsed = parseMoneyJson(json);
  return parsed.ok && parsed.value.currency === currency ? parsed.value : zeroMoney(currency);
}

function atLeastZero(m: Money): Money {
  return isNegativeMoney(m) ? zeroMoney(m.currency) : m;
}

function min(a: Money, b: Money): Money {
  return compareMoney(a, b) <= 0 ? a : b;
}

/**
 * A line's gross amount: `lineTotal` (or `unitPrice × ordered`) − `discount`, plus its tax
 * when prices exclude tax (`tax`, or the base × `taxRate` when only the rate is given);
 * never below 0.
 */
function grossOf(line: Order['lines'][number], order: Order): Money {
  const c = order.currency;
  const total =
    line.lineTotal !== undefined
      ? read(line.lineTotal, c)
      : multiplyMoney(read(line.unitPrice, c), line.quantities.ordered);
  const base = subtractMoney(total, read(line.discount, c));
  if (order.totals.pricesIncludeTax) return atLeastZero(base);
  const tax =
    line.tax !== undefined
      ? read(line.tax, c)
      : line.taxRate !== undefined
        ? multiplyMoney(base, line.taxRate)
        : zeroMoney(c);
  return atLeastZero(addMoney(base, tax));
}

/**
 * Splits what the buyer paid into shipping and one share per line: the goods paid
 * (`totals.paid` − shipping paid) are allocated to the lines in proportion to their gross
 * amounts (`allocateMoney`: exact, sums back to the goods paid), so order-level discounts and
 * rounding are spread over the lines. Lines whose gross amounts are all 0 share by ordered
 * quantities, then equally.
 */
export function computePaidShares(order: Order): PaidShares {
  const c = order.currency;
  const total = atLeastZero(read(order.totals.paid, c));
  const shippingTax = order.totals.pricesIncludeTax
    ? zeroMoney(c)
    : read(order.totals.shippingTax, c);
  const shipping = min(atLeastZero(addMoney(read(order.totals.shipping, c), shippingTax)), total);
  const goods = subtractMoney(total, shipping);
  const gross = order.lines.map((line) => grossOf(line, order));
  let weights: DecimalInput[] = gross.map((m) => m.amount);
  if (gross.every((m) => isZeroMoney(m))) {
    weights = order.lines.map((line) => line.quantities.ordered);
    if (weights.every((w) => w === 0)) weights = order.lines.map(() => 1);
  }
  const split = allocateMoney(goods, weights);
  const lines = new Map<string, Money>();
  order.lines.forEach((line, i) => {
    const share = split[i];
    if (share !== undefined && !lines.has(line.lineId)) lines.set(line.lineId, share);
  });
  return { total, shipping, lines };
}
