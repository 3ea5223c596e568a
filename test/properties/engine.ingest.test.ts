import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { arbitraryOrder } from '../../src/testing/index.js';
import type { Order } from '../../src/index.js';
import { recordingConnectors, setup } from '../engine/_support.js';

/** Everything the storage holds after some ingests. */
async function snapshot(harness: ReturnType<typeof setup>, order: Order) {
  const found = await harness.store.findByChannelRef(
    order.tenantId,
    order.channelRef.channel,
    order.channelRef.channelOrderRef,
  );
  const events =
    found === undefined ? [] : await harness.store.loadEvents(order.tenantId, found.state.orderId);
  return {
    stats: harness.storage.stats(),
    messages: harness.storage.listMessages(),
    state: found?.state,
    events,
  };
}

describe('engine: ingest', () => {
  test.prop([arbitraryOrder()], { numRuns: 1000 })(
    'ingesting twice equals ingesting once',
    async (order) => {
      const harness = setup({ connectors: recordingConnectors().connectors });
      const channel = order.channelRef.channel;
      const first = await harness.oms.ingest(channel, order);
      expect(first.ok && first.value.outcome).toBe('created');
      const once = await snapshot(harness, order);
      const again = await harness.oms.ingest(channel, structuredClone(order));
      expect(again.ok && again.value.outcome).toBe('unchanged');
      expect(await snapshot(harness, order)).toEqual(once);
    },
  );

  test.prop([fc.anything({ withNullPrototype: true, withObjectString: true })], { numRuns: 1000 })(
    'never throws on anything, and writes nothing it cannot read',
    async (junk) => {
      const harness = setup();
      const result = await harness.oms.ingest('amazon', junk);
      expect(result.ok).toBe(false);
      expect(['engine/payload_invalid', 'engine/channel_mismatch']).toContain(
        result.ok ? 'ok' : result.error.code,
      );
      expect(harness.storage.stats().orders).toBe(0);
    },
  );

  test.prop(
    [
      arbitraryOrder(),
      fc.array(fc.tuple(fc.nat(), fc.string({ maxLength: 12 }), fc.jsonValue()), {
        minLength: 1,
        maxLength: 3,
      }),
    ],
    { numRuns: 1000 },
  )('never throws on a damaged order: it captures it or says why not', async (order, damages) => {
    const json = structuredClone(order) as unknown as Record<string, unknown>;
    for (const [pick, key, replacement] of damages) {
      // Walk down to some object of the order and overwrite (or add) one key.
      let target: Record<string, unknown> = json;
      for (let depth = 0; depth < pick % 4; depth++) {
        const keys = Object.keys(target).filter(
          (k) => typeof target[k] === 'object' && target[k] !== null,
        );
        const next = keys[(pick >> depth) % Math.max(1, keys.length)];
        if (next === undefined) break;
        target = target[next] as Record<string, unknown>;
      }
      const keys = Object.keys(target);
      const name = pick % 3 === 0 || keys.length === 0 ? key : (keys[pick % keys.length] ?? key);
      if (Array.isArray(target) && name === 'length') continue;
      Object.defineProperty(target, name, {
        value: replacement,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    const harness = setup();
    const channel = order.channelRef.channel;
    const result = await harness.oms.ingest(channel, json);
    if (result.ok) {
      expect(result.value.outcome).toBe('created');
      expect(harness.storage.stats().orders).toBe(1);
    } else {
      expect(['engine/payload_invalid', 'engine/channel_mismatch']).toContain(result.error.code);
      expect(harness.storage.stats().orders).toBe(0);
    }
  });
});

describe('engine: channel cancellations', () => {
  test.prop([arbitraryOrder(), fc.array(fc.nat(), { minLength: 5, maxLength: 5 })], {
    numRuns: 300,
  })(
    'an updated payload cancels exactly the units the channel added, once',
    async (order, adds) => {
      const harness = setup();
      const channel = order.channelRef.channel;
      const created = await harness.oms.ingest(channel, order);
      expect(created.ok).toBe(true);
      const updated = structuredClone(order);
      updated.lines.forEach((line, i) => {
        const room = line.quantities.ordered - line.quantities.cancelled;
        line.quantities.cancelled += (adds[i] ?? 0) % (room + 1);
      });
      const outcome = await harness.oms.ingest(channel, updated);
      if (!outcome.ok) throw new Error(outcome.error.code);
      expect(outcome.value.state.order.lines.map((l) => l.quantities.cancelled)).toEqual(
        updated.lines.map((l) => l.quantities.cancelled),
      );
      const added = updated.lines.some(
        (l, i) => l.quantities.cancelled > (order.lines[i]?.quantities.cancelled ?? 0),
      );
      expect(outcome.value.outcome).toBe(added ? 'updated' : 'unchanged');
      const again = await harness.oms.ingest(channel, updated);
      expect(again.ok && again.value.outcome).toBe('unchanged');
    },
  );
});
