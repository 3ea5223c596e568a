// Generates the demo's day of channel orders: canonical order payloads as the channels' mappers
// would hand them to `oms.ingest`, with the day's accidents mixed in (re-sent duplicates, a
// channel-side cancellation, bad addresses, totals that do not add up).
import { addMinutes } from 'date-fns';
import { channels, names, places, products, type DemoChannel } from './catalog.js';
import type { Random } from './random.js';

/** Something that reaches the OMS during the day. */
export interface Arrival {
  /** When it arrives (ISO 8601). */
  readonly at: string;
  readonly channel: string;
  readonly payload: Record<string, unknown>;
  /** What the demo meant it to be, for the summary. */
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

const eur = (cents: bigint) => {
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  return {
    amount: `${sign}${String(abs / 100n)}.${String(abs % 100n).padStart(2, '0')}`,
    currency: 'EUR',
  };
};

const initial = (ordered: number) => ({
  ordered,
  cancelled: 0,
  allocated: 0,
  shipped: 0,
  delivered: 0,
  returned: 0,
  refunded: 0,
});

function buildOrder(
  random: Random,
  tenantId: string,
  channel: DemoChannel,
  n: number,
  placedAt: string,
): Record<string, unknown> {
  const place = random.pick(places);
  const name = random.pick(names);
  const lineCount = random.int(1, 3);
  const picked = new Set<number>();
  while (picked.size < lineCount) picked.add(random.int(0, products.length - 1));
  const lines = [...picked].map((index, i) => {
    const product = products[index]!;
    const quantity = random.int(1, 3);
    const total = BigInt(product.priceCents) * BigInt(quantity);
    return {
      lineId: `L${String(i + 1)}`,
      sku: product.sku,
      title: product.title,
      quantities: initial(quantity),
      unitPrice: eur(BigInt(product.priceCents)),
      lineTotal: eur(total),
      taxRate: '0.2',
      tax: eur(includedTax(total)),
      total,
    };
  });
  const productsCents = lines.reduce((sum, l) => sum + l.total, 0n);
  const shippingCents = productsCents >= 5000n ? 0n : 490n;
  const shippingTax = includedTax(shippingCents);
  const taxCents = lines.reduce((sum, l) => sum + includedTax(l.total), 0n) + shippingTax;
  const grandTotal = productsCents + shippingCents;
  return {
    tenantId,
    channelRef: {
      channel: channel.code,
      channelOrderRef: channel.ref(n),
      ...(channel.marketplace === undefined ? {} : { marketplace: channel.marketplace }),
    },
    placedAt,
    currency: 'EUR',
    buyer: { name, email: `buyer${String(n)}@relay.${channel.code}.example` },
    shippingAddress: {
      name,
      line1: place.street,
      postalCode: place.postalCode,
      city: place.city,
      country: place.country,
      phone: place.phone,
    },
    lines: lines.map(({ total: _total, ...line }) => line),
    totals: {
      pricesIncludeTax: true,
      taxRounding: 'line',
      products: eur(productsCents),
      shipping: eur(shippingCents),
      shippingTax: eur(shippingTax),
      tax: eur(taxCents),
      discount: eur(0n),
      grandTotal: eur(grandTotal),
      paid: eur(grandTotal),
    },
  };
}

/** A copy of a payload with one line's units cancelled by the channel. */
function withCancelledUnit(payload: Record<string, unknown>): Record<string, unknown> {
  const lines = payload['lines'] as { quantities: { ordered: number; cancelled: number } }[];
  return {
    ...payload,
    lines: lines.map((line, i) =>
      i === 0 ? { ...line, quantities: { ...line.quantities, cancelled: 1 } } : line,
    ),
  };
}

/**
 * The day's arrivals, in arrival order: `count` distinct orders from 07:00 to 19:00 (UTC) on
 * `day`, about 8 % re-sent later as exact duplicates, one order partly cancelled by its channel ten minutes
 * after it arrived, 3 % with a bad postcode and 2 % whose paid amount includes a fee the totals forgot.
 */
export function generateArrivals(
  random: Random,
  options: { tenantId: string; day: string; count: number },
): Arrival[] {
  const start = new Date(`${options.day}T07:00:00Z`);
  const arrivals: Arrival[] = [];
  let cancellationDone = false;
  for (let n = 1; n <= options.count; n++) {
    const channel = random.pick(channels);
    const at = addMinutes(start, Math.floor(((n - 1) * 720) / options.count)).toISOString();
    const placedAt = addMinutes(new Date(at), -random.int(1, 20)).toISOString();
    let payload = buildOrder(random, options.tenantId, channel, n, placedAt);
    let kind: Arrival['kind'] = 'order';
    const roll = random.next();
    if (roll < 0.03) {
      kind = 'bad_address';
      const address = payload['shippingAddress'] as Record<string, unknown>;
      payload = { ...payload, shippingAddress: { ...address, country: 'FR', postalCode: '7500' } };
    } else if (roll < 0.05) {
      kind = 'bad_totals';
      // The mapper forgot a 1.00 € gift-wrap fee: what was paid exceeds the stated parts.
      const totals = payload['totals'] as Record<string, { amount: string }>;
      const wrong = eur(BigInt(Math.round(Number(totals['paid']!.amount) * 100)) + 100n);
      payload = { ...payload, totals: { ...totals, grandTotal: wrong, paid: wrong } };
    }
    arrivals.push({ at, channel: channel.code, payload, kind });
    if (kind === 'order' && random.chance(0.08)) {
      const later = addMinutes(new Date(at), random.int(5, 90)).toISOString();
      arrivals.push({ at: later, channel: channel.code, payload, kind: 'duplicate' });
    }
    if (!cancellationDone && kind === 'order' && channel.code === 'amazon' && n > 10) {
      cancellationDone = true;
      const later = addMinutes(new Date(at), 10).toISOString();
      arrivals.push({
        at: later,
        channel: channel.code,
        payload: withCancelledUnit(payload),
        kind: 'channel_cancellation',
      });
    }
  }
  return arrivals.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
