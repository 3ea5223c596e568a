import { getCurrency, moneyToJSON, parseMoney, type Money } from '../../money/index.js';
import type { OrderLine } from '../../order/index.js';

/** What a mapper read of one line, before it becomes a canonical line. */
export interface ChannelLineInput {
  readonly lineId: string;
  readonly sku: string;
  readonly title: string;
  readonly quantity: number;
  /** The channel says the whole line is cancelled (or refused). */
  readonly cancelled: boolean;
  /** The price of the whole quantity. */
  readonly lineTotal: Money;
  readonly unitPrice?: Money | undefined;
  readonly tax?: Money | undefined;
  /** A positive amount; a zero discount is left out. */
  readonly discount?: Money | undefined;
}

/**
 * A canonical line in the initial form: only `ordered`, and `cancelled` = the quantity for a
 * line the channel cancelled; the title cut to the schema's 500 characters.
 *
 * @param input - what the mapper read
 * @returns the line, for `parseOrder` to check with the rest of the order
 */
export function buildChannelLine(input: ChannelLineInput): OrderLine {
  const { lineId, sku, title, quantity, cancelled, lineTotal, unitPrice, tax, discount } = input;
  return {
    lineId,
    sku,
    title: title.slice(0, 500),
    quantities: {
      ordered: quantity,
      cancelled: cancelled ? quantity : 0,
      allocated: 0,
      shipped: 0,
      delivered: 0,
      returned: 0,
      refunded: 0,
    },
    ...(unitPrice === undefined ? {} : { unitPrice: moneyToJSON(unitPrice) }),
    lineTotal: moneyToJSON(lineTotal),
    ...(tax === undefined ? {} : { tax: moneyToJSON(tax) }),
    ...(discount === undefined || discount.amount.isZero()
      ? {}
      : { discount: moneyToJSON(discount) }),
  };
}

/**
 * The unit price `total / quantity` when it is exact in the currency's minor units (35.00 for
 * 3 has none).
 *
 * @param total - the price of the whole quantity
 * @param quantity - a positive integer
 * @returns the unit price, or undefined
 */
export function exactUnitPrice(total: Money, quantity: number): Money | undefined {
  const unit = total.amount.div(quantity);
  const decimals = getCurrency(total.currency)?.minorUnits ?? 2;
  if (!unit.times(quantity).eq(total.amount) || unit.decimalPlaces() > decimals) return undefined;
  const parsed = parseMoney(unit.toFixed(), total.currency);
  return parsed.ok ? parsed.value : undefined;
}
