// Generates the demo's day of channel orders: the business content of each order (seeded), in
// no channel's shape yet (the encoders write it as Lengow, Mirakl or Amazon send it), with the
// day's accidents mixed in: re-sent duplicates, a channel-side partial cancellation (a later
// version of the order), bad addresses, totals that do not add up.
import { addMinutes } from 'date-fns';
import { channels, names, places, products, type DemoChannel, type Place } from './catalog.js';
import type { Random } from './random.js';

/** One line of a demo order; amounts in euro cents, tax included. */
export interface DemoLine {
  /** The channel's own line id. */
  readonly lineId: string;
  readonly sku: string;
  readonly title: string;
  readonly quantity: number;
  readonly unitCents: bigint;
  readonly totalCents: bigint;
  /** Tax included in `totalCents`. */
  readonly taxCents: bigint;
}

/** An order as the seller's buyer placed it, before any channel writes it down. */
export interface DemoOrder {
  readonly channel: DemoChannel;
  readonly ref: string;
  readonly placedAt: string;
  readonly name: string;
  readonly email: string;
  readonly place: Place;
  readonly lines: readonly DemoLine[];
  readonly shippingCents: bigint;
  readonly shippingTaxCents: bigint;
  /** What the buyer paid: the sum of the parts, unless the channel's totals are wrong. */
  readonly paidCents: bigint;
}

/** Something that happens on a channel during the day, to reach the OMS through its feed. */
export interface Arrival {
  /** When it happens (ISO 8601). */
  readonly at: string;
  readonly order: DemoOrder;
  /**
   * What the demo meant it to be: a new order (good or with an accident), the same order sent
   * again, or the channel cancelling the first line of an order it sent earlier.
   */
  readonly kind: 'order' | 'duplicate' | 'channel_cancellation' | 'bad_address' | 'bad_totals';
}

const TAX_RATE_PERCENT = 20n;

/** Tax included in a tax-included amount, rounded half to even: amount × 20 / 120. */
function includedTax(cents: bigint): bigint {
  const num = cents * TAX_RATE_PERCENT;
  const den = 100n + TAX_RATE_PERCENT;
  const q = num / den;
  const r = num % den;
  if (r * 2n > den || (r * 2n === den && q % 2n === 1n)) return q + 1n;
  return q;
}

function buildOrder(random: Random, channel: DemoChannel, n: number, placedAt: string): DemoOrder {
  const place = random.pick(places);
  const name = random.pick(names);
  const lineCount = random.int(1, 3);
  const picked = new Set<number>();
  while (picked.size < lineCount) picked.add(random.int(0, products.length - 1));
  const ref = channel.ref(n);
  const lines = [...picked].map((index, i): DemoLine => {
    const product = products[index]!;
    const quantity = random.int(1, 3);
    const totalCents = BigInt(product.priceCents) * BigInt(quantity);
    return {
      lineId: channel.lineId(ref, i),
      sku: product.sku,
      title: product.title,
      quantity,
      unitCents: BigInt(product.priceCents),
      totalCents,
      taxCents: includedTax(totalCents),
    };
  });
  const productsCents = lines.reduce((sum, l) => sum + l.totalCents, 0n);
  const shippingCents = productsCents >= 5000n ? 0n : 490n;
  return {
    channel,
    ref,
    placedAt,
    name,
    email: `buyer${String(n)}@relay.${channel.marketplace}.example`,
    place,
    lines,
    shippingCents,
    shippingTaxCents: includedTax(shippingCents),
    paidCents: productsCents + shippingCents,
  };
}

/** Euro cents as a decimal string: `3490n` → `'34.90'`. */
export function euros(cents: bigint): string {
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${String(abs / 100n)}.${String(abs % 100n).padStart(2, '0')}`;
}

/** Euro cents as a JSON number, as Lengow and Mirakl write amounts: `3490n` → `34.9`. */
export const eurosNumber = (cents: bigint): number => Number(euros(cents));

/** The tax of an order's lines and shipping. */
export const orderTaxCents = (order: DemoOrder): bigint =>
  order.lines.reduce((sum, l) => sum + l.taxCents, 0n) + order.shippingTaxCents;

/**
 * The day's arrivals, in arrival order: `count` distinct orders from 07:00 to 19:00 (UTC) on
 * `day`, about 8 % sent again later (duplicates), one Lengow order with two lines or more
 * partly cancelled by the channel ten minutes after it arrived, 3 % with a bad postcode and
 * 2 % whose paid amount includes a 1.00 € fee the totals forgot.
 */
export function generateArrivals(
  random: Random,
  options: { day: string; count: number },
): Arrival[] {
  const start = new Date(`${options.day}T07:00:00Z`);
  const arrivals: Arrival[] = [];
  let cancellationDone = false;
  for (let n = 1; n <= options.count; n++) {
    const channel = random.pick(channels);
    const at = addMinutes(start, Math.floor(((n - 1) * 720) / options.count)).toISOString();
    const placedAt = addMinutes(new Date(at), -random.int(1, 20)).toISOString();
    let order = buildOrder(random, channel, n, placedAt);
    let kind: Arrival['kind'] = 'order';
    const roll = random.next();
    if (roll < 0.03) {
      kind = 'bad_address';
      order = {
        ...order,
        place: { ...order.place, country: 'FR', country3: 'FRA', postalCode: '7500' },
      };
    } else if (roll < 0.05) {
      kind = 'bad_totals';
      order = { ...order, paidCents: order.paidCents + 100n };
    }
    arrivals.push({ at, order, kind });
    if (kind === 'order' && random.chance(0.08)) {
      const later = addMinutes(new Date(at), random.int(5, 90)).toISOString();
      arrivals.push({ at: later, order, kind: 'duplicate' });
    }
    const cancellable = kind === 'order' && channel.code === 'lengow' && order.lines.length > 1;
    if (!cancellationDone && cancellable && n > 10) {
      cancellationDone = true;
      const later = addMinutes(new Date(at), 10).toISOString();
      arrivals.push({ at: later, order, kind: 'channel_cancellation' });
    }
  }
  return arrivals.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
