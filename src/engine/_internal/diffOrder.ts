import type { LineQuantity, Order, OrderLine } from '../../order/index.js';

/** What a channel's payload changes on a stored order. */
export interface OrderDiff {
  /** Units the channel cancelled since the stored order knew (per line, > 0). */
  readonly cancellations: readonly LineQuantity[];
  /** The fields that differ otherwise: `'shippingAddress'`, `'lines'`, `'lines[L2]'`… */
  readonly differing: readonly string[];
}

/** JSON text with object keys sorted: equal data gives equal text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const record = value as Readonly<Record<string, unknown>>;
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
  }
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

/** The order fields compared as wholes (lines are compared one by one). */
const wholeFields = [
  'channelRef',
  'placedAt',
  'currency',
  'buyer',
  'shippingAddress',
  'billingAddress',
  'totals',
  'notes',
  'tags',
] as const;

/** A line as the channel owns it: everything but the quantities the lifecycle moves. */
function channelView(line: OrderLine): string {
  const { quantities, ...rest } = line;
  return canonicalJson({ ...rest, ordered: quantities.ordered });
}

/**
 * Compares a channel's payload with the stored order: the line quantities other than `ordered`
 * and `cancelled`, the `orderId` and the parcels are the lifecycle's and are ignored; a higher
 * `cancelled` is a channel cancellation; anything else that differs is listed.
 *
 * @param stored - the order as stored (its quantities moved by the lifecycle)
 * @param incoming - the channel's order, as parsed
 */
export function diffOrder(stored: Order, incoming: Order): OrderDiff {
  const differing: string[] = [];
  for (const field of wholeFields) {
    if (canonicalJson(stored[field]) !== canonicalJson(incoming[field])) differing.push(field);
  }
  const cancellations: LineQuantity[] = [];
  const sameIds =
    stored.lines.length === incoming.lines.length &&
    stored.lines.every((l, i) => l.lineId === incoming.lines[i]?.lineId);
  if (!sameIds) differing.push('lines');
  const byId = new Map(stored.lines.map((l) => [l.lineId, l]));
  for (const line of incoming.lines) {
    const known = byId.get(line.lineId);
    if (known === undefined) continue;
    if (sameIds && channelView(known) !== channelView(line))
      differing.push(`lines[${line.lineId}]`);
    const more = line.quantities.cancelled - known.quantities.cancelled;
    if (more > 0) cancellations.push({ lineId: line.lineId, quantity: more });
  }
  return { cancellations, differing };
}
