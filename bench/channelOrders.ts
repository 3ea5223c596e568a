// The benchmarks' orders: the demo's distinct valid orders, written in their channel's payload
// shape by the demo's encoders and read back by the channel's mapper, so that the benchmarks
// ingest the canonical orders a host would send after mapping (the mapping itself is not timed).
import { generateArrivals } from '../examples/demo/orders.js';
import { createRandom } from '../examples/demo/random.js';
import { mappers } from '../examples/demo/feeds.js';
import { amazonEncoder } from '../examples/demo/encodeAmazon.js';
import { lengowEncoder } from '../examples/demo/encodeLengow.js';
import { miraklEncoder } from '../examples/demo/encodeMirakl.js';
import type { ChannelEncoder } from '../examples/demo/encoding.js';

const encoders: Readonly<Record<string, ChannelEncoder>> = {
  lengow: lengowEncoder,
  mirakl: miraklEncoder,
  amazon_sp_api: amazonEncoder,
};

/** A canonical order and the channel it comes from. */
export interface ChannelOrderPayload {
  readonly channel: string;
  readonly payload: Record<string, unknown>;
}

/**
 * Up to `count` canonical orders (seeded): each is encoded as its channel sends it once the
 * seller accepted it (Mirakl withholds the address before), then mapped.
 *
 * @throws Error when a mapper refuses one (the demo's valid orders always map)
 */
export function channelOrders(seed: number, count: number): ChannelOrderPayload[] {
  const arrivals = generateArrivals(createRandom(seed), {
    day: '2026-03-02',
    count: Math.ceil(count * 1.1),
  });
  const out: ChannelOrderPayload[] = [];
  for (const arrival of arrivals) {
    if (arrival.kind !== 'order' || out.length >= count) continue;
    const code = arrival.order.channel.code;
    const encoder = encoders[code];
    if (encoder === undefined) throw new Error(`no encoder for ${code}`);
    const status = encoder.statusAfter.accept ?? encoder.initialStatus;
    const json = encoder.encode({ order: arrival.order, status, cancelledLines: [] });
    const reading = mappers[code](json, 'bench');
    if (!reading.ok || reading.value.kind !== 'order') {
      throw new Error(`${code} ${arrival.order.ref} does not map: ${JSON.stringify(reading)}`);
    }
    out.push({ channel: code, payload: reading.value.order });
  }
  return out;
}
