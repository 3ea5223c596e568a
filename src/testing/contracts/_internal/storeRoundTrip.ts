import type { OrderRecord } from '../../../ports/index.js';
import type { ContractTestApi, MakeOrderStore } from '../types.js';
import { check, checkSame, checkSameInstant } from './assert.js';
import { captureBatch, holdStep, minutesAfter, stepBatch, T0 } from './fixtures.js';
import { appendOk, capture, step, testsWith } from './harness.js';

const tenantId = 'tenant-a';

/** Round trips: what is appended is what is read back, and reads are copies. */
export function registerRoundTrip(api: ContractTestApi, make: MakeOrderStore): void {
  const test = testsWith(api, make);

  test('load, findByChannelRef and loadEvents give back what was appended', async ({ store }) => {
    const first = captureBatch({ tenantId, orderId: 'o-1', channelOrderRef: 'R-1' });
    const receipt1 = await appendOk(store, first, 'capture');
    checkSame(receipt1.version, 1, 'receipt version after capture');
    const held = stepBatch(first.state, holdStep('manual', 'h-1', minutesAfter(5)));
    const receipt2 = await appendOk(store, held, 'hold');
    checkSame(receipt2.version, 2, 'receipt version after the hold');

    const check1 = (record: OrderRecord | undefined, what: string) => {
      check(record !== undefined, `${what}: the order is missing`);
      checkSame(record.state, held.state, `${what}: state`);
      checkSameInstant(record.capturedAt, T0, `${what}: capturedAt`);
      checkSameInstant(record.updatedAt, minutesAfter(5), `${what}: updatedAt`);
    };
    check1(await store.load(tenantId, 'o-1'), 'load');
    check1(await store.findByChannelRef(tenantId, 'shop', 'R-1'), 'findByChannelRef');
    checkSame(
      await store.loadEvents(tenantId, 'o-1'),
      [...first.events, ...held.events],
      'loadEvents',
    );
    checkSame(await store.loadEvents(tenantId, 'o-1', 2), held.events, 'loadEvents from seq 2');
    checkSame(await store.loadEvents(tenantId, 'o-1', 3), [], 'loadEvents past the last seq');
  });

  test('unknown orders and references read as absent', async ({ store }) => {
    await capture(store, { tenantId, orderId: 'o-1', channelOrderRef: 'R-1' });
    checkSame(await store.load(tenantId, 'o-2'), undefined, 'load of an unknown order');
    checkSame(await store.loadEvents(tenantId, 'o-2'), [], 'loadEvents of an unknown order');
    checkSame(
      await store.findByChannelRef(tenantId, 'shop', 'R-2'),
      undefined,
      'findByChannelRef of an unknown reference',
    );
    checkSame(
      await store.findByChannelRef(tenantId, 'other', 'R-1'),
      undefined,
      'findByChannelRef on another channel',
    );
  });

  test('what callers hold never changes what is stored', async ({ store }) => {
    const batch = captureBatch({ tenantId, orderId: 'o-1', channelOrderRef: 'R-1' });
    const expected = structuredClone(batch);
    await appendOk(store, batch, 'capture');
    const vandalise = (value: unknown) => {
      try {
        const state = value as { status?: string; order?: { buyer?: { name?: string } } };
        state.status = 'closed';
        if (state.order?.buyer !== undefined) state.order.buyer.name = 'Mallory';
      } catch {
        // A store may return frozen data: refusing the change is fine too.
      }
    };
    // The batch after the append, and everything read back, changed by the caller.
    vandalise(batch.state);
    vandalise(batch.events[0]?.data);
    vandalise((await store.load(tenantId, 'o-1'))?.state);
    vandalise((await store.findByChannelRef(tenantId, 'shop', 'R-1'))?.state);
    vandalise((await store.list(tenantId)).items[0]?.state);
    const events = await store.loadEvents(tenantId, 'o-1');
    vandalise(events[0]?.data);

    checkSame((await store.load(tenantId, 'o-1'))?.state, expected.state, 'state after changes');
    checkSame(await store.loadEvents(tenantId, 'o-1'), expected.events, 'events after changes');
  });

  test('updatedAt follows the last event, capturedAt stays the first', async ({ store }) => {
    const created = await capture(store, { tenantId, orderId: 'o-1' });
    const accepted = await step(store, created, { type: 'accept', at: minutesAfter(10) });
    await step(store, accepted, { type: 'addNote', at: minutesAfter(20), text: 'Gift wrap' });
    const record = await store.load(tenantId, 'o-1');
    checkSameInstant(record?.capturedAt, T0, 'capturedAt');
    checkSameInstant(record?.updatedAt, minutesAfter(20), 'updatedAt');
    checkSame(record?.state.version, 3, 'version');
  });
}
