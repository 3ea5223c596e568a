// The host loop of docs/lengow.md, run against the local Lengow: fetch → map → ingest → acknowledge.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLengowApi } from '../../../src/adapters/lengow/index.js';
import {
  createManualClock,
  createMemoryStorage,
  createSequentialIds,
} from '../../../src/adapters/memory/index.js';
import { fromLengowOrder, lengowProfile } from '../../../src/channels/index.js';
import { connectMarketplace, createOms } from '../../../src/engine/index.js';
import type { ImportAck } from '../../../src/ports/index.js';
import { credentials, FakeLengow, makeOrders } from './_fakeLengow.js';

const server = new FakeLengow();
beforeAll(() => server.start());
afterAll(() => server.close());

describe('the host loop of docs/lengow.md', () => {
  it('ingests every order once, acknowledges it with ordokit ids, and a second run changes nothing', async () => {
    server.orders = makeOrders(12);
    const { store, outbox, journal } = createMemoryStorage();
    const clock = createManualClock('2026-03-10T12:00:00.000Z');
    const api = createLengowApi({
      fetch,
      ...credentials,
      baseUrl: server.url,
      pageSize: 5,
      since: '2026-02-01T00:00:00Z',
    });
    const lengow = connectMarketplace({ api, profile: lengowProfile, journal });
    const oms = createOms({
      store,
      outbox,
      clock,
      ids: createSequentialIds(),
      connectors: { marketplaces: { lengow } },
    });
    const outcomes: string[] = [];
    let saved: string | undefined;

    async function pollLengow(tenantId: string): Promise<void> {
      let cursor = saved;
      for (;;) {
        const page = await api.fetchOrders(cursor === undefined ? {} : { cursor }, {
          tenantId,
          now: clock.now(),
        });
        if (!page.ok) return expect.fail(JSON.stringify(page.error));
        const acks: ImportAck[] = [];
        for (const payload of page.value.payloads) {
          const mapped = fromLengowOrder(payload, { tenantId });
          if (!mapped.ok || mapped.value.kind === 'pending') continue;
          const ingested = await oms.ingest('lengow', mapped.value.order);
          if (!ingested.ok) return expect.fail(JSON.stringify(ingested.error));
          outcomes.push(ingested.value.outcome);
          const { orderId } = ingested.value.state;
          await oms.syncChannelStatus({ tenantId, orderId }, 'lengow', mapped.value.channelStatus);
          const { channelOrderRef, marketplace } = mapped.value.order.channelRef;
          acks.push({
            channelOrderRef,
            orderId,
            ...(marketplace === undefined ? {} : { marketplace }),
          });
        }
        const acked = await api.acknowledgeImport(acks, { tenantId, now: clock.now() });
        if (!acked.ok) return expect.fail(JSON.stringify(acked.error));
        cursor = page.value.nextCursor;
        saved = cursor;
        if (!page.value.more) return;
      }
    }

    await pollLengow('shop-1');
    expect(outcomes).toEqual(Array.from({ length: 12 }, () => 'created'));
    const ids = server.orders.map((o) => (o['merchant_order_id'] as string[] | null)?.[0]);
    expect(new Set(ids).size).toBe(12);
    expect(ids.every((id) => typeof id === 'string')).toBe(true);

    outcomes.length = 0;
    await pollLengow('shop-1'); // the next window re-reads the last order: harmless
    expect(outcomes).toEqual(['unchanged']);
  });
});
